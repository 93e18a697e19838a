package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Draws, edits, undoes and saves annotations through the real window, driven by the robot. */
@ExtendWith(ApplicationExtension.class)
class EditingTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private BriefingViewModel vm;
    private BriefingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        window = new MainWindow(model, vm, session);
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private Point2D onMap(double fx, double fy) {
        var b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    private void drawSquare(FxRobot robot) {
        robot.clickOn("#tool-zone");
        robot.clickOn(onMap(0.40, 0.40));
        robot.clickOn(onMap(0.60, 0.40));
        robot.clickOn(onMap(0.60, 0.60));
        robot.doubleClickOn(onMap(0.40, 0.60));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void drawAZoneThenUndoAndRedoIt(FxRobot robot) {
        drawSquare(robot);
        assertThat(vm.annotations()).hasSize(1);
        Annotation zone = vm.annotations().get(0);
        assertThat(zone.kind()).isEqualTo(AnnotationKind.ZONE);
        assertThat(zone.geometry()).isInstanceOf(Polygon.class);
        assertThat(((Polygon) zone.geometry()).getExteriorRing().getNumPoints()).isEqualTo(5);
        // The corners land where they were clicked, in lon/lat.
        var local = window.mapView().screenToLocal(onMap(0.40, 0.40));
        double[] ll = model.viewport().screenToLonLat(local.getX(), local.getY());
        Coordinate first = zone.geometry().getCoordinates()[0];
        assertThat(first.x).isCloseTo(ll[0], within(0.05));
        assertThat(first.y).isCloseTo(ll[1], within(0.05));
        assertThat(window.annotationPanel().list().getItems()).hasSize(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).hasSize(1);
    }

    @Test
    void escapeCancelsAndBackspaceRemovesTheLastPoint(FxRobot robot) {
        robot.clickOn("#tool-movement");
        robot.clickOn(onMap(0.3, 0.5));
        robot.clickOn(onMap(0.4, 0.5));
        robot.clickOn(onMap(0.5, 0.5));
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).hasSize(1);
        assertThat(vm.annotations().get(0).geometry().getNumPoints()).isEqualTo(2);

        robot.clickOn(onMap(0.3, 0.7));
        robot.clickOn(onMap(0.4, 0.7));
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).hasSize(1);
    }

    @Test
    void selectDragMovesTheZoneAsOneUndoStep(FxRobot robot) {
        drawSquare(robot);
        Annotation before = vm.annotations().get(0);
        robot.clickOn("#tool-select");
        robot.drag(onMap(0.5, 0.5), MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Annotation after = vm.annotations().get(0);
        assertThat(after.id()).isEqualTo(before.id());
        double shift = after.geometry().getCentroid().getX() - before.geometry().getCentroid().getX();
        assertThat(shift).isGreaterThan(0);
        assertThat(after.geometry().getCentroid().getY()).isCloseTo(before.geometry().getCentroid().getY(),
                within(0.02));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations().get(0).geometry().equalsExact(before.geometry())).isTrue();
    }

    @Test
    void dragAVertexHandleReshapesAndDeleteKeyRemovesTheZone(FxRobot robot) {
        drawSquare(robot);
        robot.clickOn("#tool-select");
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected()).isNotNull();
        Annotation before = vm.selected();
        robot.drag(onMap(0.60, 0.40), MouseButton.PRIMARY).moveBy(30, -30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selected().geometry().getArea()).isGreaterThan(before.geometry().getArea());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(onMap(0.5, 0.5));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).isEmpty();
    }

    @Test
    void propertySheetEditsTheSelectionAndTheFileKeepsEveryEdit(FxRobot robot) throws Exception {
        Path file = dir.resolve("edits.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Edits")).isTrue());
        drawSquare(robot);
        robot.clickOn("#prop-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Sudzha pocket");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.close());

        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            assertThat(reopened.briefing().annotations()).hasSize(1);
            assertThat(reopened.briefing().annotations().get(0).title()).isEqualTo("Sudzha pocket");
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> true);
    }
}
