package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;
import org.sitmap.model.LabelPins;
import org.sitmap.render.Viewport;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person drags the label of a zone that is not selected with the Select tool: the label is pinned where it was
 * dropped (kept in the file), the zone itself does not move, and one undo takes the pin back. A selected zone
 * grabbed by its label moves instead (SelectionTest drags selections that way).
 */
@ExtendWith(ApplicationExtension.class)
class LabelPinTest {
    private static final double DX = 140;
    private static final double DY = -90;

    @TempDir
    Path dir;
    private PanelRobot app;
    private BriefingSession session;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) {
        app = PanelRobot.start(stage, dir);
        session = app.session();
        window = app.window();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private Point2D onMap(double fx, double fy) {
        return app.onMap(fx, fy);
    }

    /** Draws a square zone, names it, and waits until the map shows its label. */
    private void titledZone(FxRobot robot) throws Exception {
        file = dir.resolve("pins.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Pins")).isTrue());
        robot.clickOn("#tool-zone");
        robot.clickOn(onMap(0.30, 0.30));
        robot.clickOn(onMap(0.60, 0.30));
        robot.clickOn(onMap(0.60, 0.60));
        robot.doubleClickOn(onMap(0.30, 0.60));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#prop-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Pocket");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#tool-select");
        // A click on empty map clears the selection: a selected zone would move when grabbed by its label.
        robot.clickOn(onMap(0.85, 0.85));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.mapView().labelBoxes().isEmpty());
    }

    /** Drags from the middle of the zone, where its title is written, by (DX, DY) pixels. */
    private void dragTheLabel(FxRobot robot) {
        robot.drag(onMap(0.45, 0.45), MouseButton.PRIMARY).moveBy(DX / 2, DY / 2).moveBy(DX / 2, DY / 2)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Annotation> onDisk(FxRobot robot) throws Exception {
        robot.interact(() -> session.close());
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            return f.briefing().annotations();
        }
    }

    @Test
    void draggingALabelPinsItWhereItWasDroppedAndLeavesTheZoneWhereItIs(FxRobot robot) throws Exception {
        titledZone(robot);
        Viewport view = window.mapView().viewport();
        var zoneBefore = window.mapView().briefing().annotations().get(0);
        Point2D middle = window.mapView().screenToLocal(onMap(0.45, 0.45));
        double[] dropped = view.screenToLonLat(middle.getX() + DX, middle.getY() + DY);
        dragTheLabel(robot);
        List<Annotation> saved = onDisk(robot);
        assertThat(saved).hasSize(1);
        double[] pin = LabelPins.of(saved.get(0));
        assertThat(pin).as("label_at kept in the file").isNotNull();
        // The label's centre moved with the pointer: within a few pixels of where the middle was dropped.
        double tolerance = 6 * view.resolution() / 111_000 * 2;
        assertThat(pin[0]).isCloseTo(dropped[0], within(tolerance));
        assertThat(pin[1]).isCloseTo(dropped[1], within(tolerance));
        assertThat(saved.get(0).geometry().equalsExact(zoneBefore.geometry(), 1e-9)).as("zone not moved").isTrue();
    }

    @Test
    void oneUndoTakesThePinBack(FxRobot robot) throws Exception {
        titledZone(robot);
        dragTheLabel(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> saved = onDisk(robot);
        assertThat(saved).hasSize(1);
        assertThat(LabelPins.of(saved.get(0))).isNull();
        assertThat(saved.get(0).title()).isEqualTo("Pocket");
    }

    @Test
    void aRangeRingTitleIsPinnedByADragAndUndoRedoTakeItBackAndAgain(FxRobot robot) throws Exception {
        file = dir.resolve("rings.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Rings")).isTrue());
        robot.clickOn("#tool-range_ring");
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#prop-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Guns");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.85, 0.85));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.mapView().labelBoxes().isEmpty());
        // The title stands beside the centre, to its right: grab it there, as a person would.
        var title = window.mapView().labelBoxes().values().iterator().next();
        Point2D centre = window.mapView().screenToLocal(onMap(0.5, 0.5));
        assertThat(title.getMinX()).as("title right of the centre").isGreaterThan(centre.getX());
        assertThat(title.contains(centre.getX() + 20, centre.getY())).as("title box " + title).isTrue();
        Viewport view = window.mapView().viewport();
        double[] dropped = view.screenToLonLat(title.getCenterX() + DX, title.getCenterY() + DY);
        robot.drag(onMap(0.5, 0.5).add(20, 0), MouseButton.PRIMARY).moveBy(DX / 2, DY / 2).moveBy(DX / 2, DY / 2)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] pinned = LabelPins.of(window.mapView().briefing().annotations().get(0));
        assertThat(pinned).as("title pinned").isNotNull();
        double tolerance = 6 * view.resolution() / 111_000 * 2;
        assertThat(pinned[0]).isCloseTo(dropped[0], within(tolerance));
        assertThat(pinned[1]).isCloseTo(dropped[1], within(tolerance));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(LabelPins.of(window.mapView().briefing().annotations().get(0))).as("after undo").isNull();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> saved = onDisk(robot);
        assertThat(saved).hasSize(1);
        assertThat(LabelPins.of(saved.get(0))).as("redone and kept in the file").containsExactly(pinned);
        assertThat(saved.get(0).title()).isEqualTo("Guns");
    }
}
