package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person steps the timeline with its buttons, types dates and drags its slider: while the map is idle the window
 * paints the timeline's other days, and a step, a date typed or a drag shows the frame kept for it, the right day's zones
 * and labels on it; a frame painted ahead never leaks into what is on screen (its labels cannot be grabbed before
 * the step).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineAheadTest {
    private static final LocalDate AUG_10 = LocalDate.of(2024, 8, 10);

    @TempDir
    Path dir;
    private PanelRobot app;
    private BriefingSession session;
    private MapView map;
    private BriefingViewModel vm;

    @Start
    void start(Stage stage) {
        app = PanelRobot.start(stage, dir);
        session = app.session();
        map = app.window().mapView();
        vm = app.vm();
        app.model().loadBaseMap();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private void typeDate(FxRobot robot, String text) {
        app.typeTimelineDate(text);
    }

    /** Draws a square zone with the Zone tool (valid from the date shown) and types its title. */
    private void zone(FxRobot robot, double fx, double fy, String title) {
        zone(robot, fx, fy, title, null);
    }

    /** As {@link #zone(FxRobot, double, double, String)}, and types its last day when not null. */
    private void zone(FxRobot robot, double fx, double fy, String title, String validTo) {
        robot.clickOn("#tool-zone");
        robot.clickOn(app.onMap(fx, fy));
        robot.clickOn(app.onMap(fx + 0.15, fy));
        robot.clickOn(app.onMap(fx + 0.15, fy + 0.2));
        robot.doubleClickOn(app.onMap(fx, fy + 0.2));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#prop-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(title).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        if (validTo != null) {
            app.type("validTo", validTo);
        }
    }

    private String idOf(String title) {
        return vm.annotations().stream().filter(a -> title.equals(a.title())).map(Annotation::id).findFirst()
                .orElseThrow();
    }

    private void awaitFrameAheadFor(LocalDate day) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> map.frameAheadReadyFor(day)).get());
    }

    private int argbAt(Point2D screen) {
        Image frame = map.frameImage();
        javafx.geometry.Bounds b = map.localToScreen(map.getBoundsInLocal());
        return frame.getPixelReader().getArgb((int) (screen.getX() - b.getMinX()), (int) (screen.getY() - b.getMinY()));
    }

    @Test
    void steppingShowsTheDayPaintedAheadAndOnlyWhatIsOnScreenCanBeGrabbed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> app.model().layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        robot.interact(() -> assertThat(session.create(dir.resolve("days.gpkg"), "Days")).isTrue());
        typeDate(robot, "2024-08-10");
        zone(robot, 0.15, 0.3, "West pocket");
        typeDate(robot, "2024-08-11");
        // Valid on the 11th only: the 12th painted ahead differs from the 11th shown.
        zone(robot, 0.6, 0.3, "East pocket", "2024-08-11");
        robot.clickOn("#tool-select");
        robot.clickOn(app.onMap(0.9, 0.9));
        String west = idOf("West pocket");
        String east = idOf("East pocket");
        Point2D eastMiddle = app.onMap(0.675, 0.35);
        assertThat(vm.annotations()).extracting(Annotation::validFrom).containsExactly(AUG_10, AUG_10.plusDays(1));
        assertThat(vm.annotations()).extracting(Annotation::validTo).containsExactly(null, AUG_10.plusDays(1));

        // Typed back a day: the days around are painted ahead, the 9th (nothing valid yet) first, the way it went.
        typeDate(robot, "2024-08-10");
        awaitFrameAheadFor(AUG_10.minusDays(1));
        int shownAhead = map.framesShownAhead();
        robot.clickOn("#timelineBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.situationDateProperty().get()).isEqualTo(AUG_10.minusDays(1));
        assertThat(map.framesShownAhead()).as("the 9th was painted ahead").isEqualTo(shownAhead + 1);
        assertThat(map.labelBoxes()).as("nothing valid on the 9th").isEmpty();

        // Forward to the 10th, painted ahead as well; the 11th is painted ahead meanwhile and does not leak.
        awaitFrameAheadFor(AUG_10);
        robot.clickOn("#timelineForward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.framesShownAhead()).as("the 10th was painted ahead").isEqualTo(shownAhead + 2);
        awaitFrameAheadFor(AUG_10.plusDays(1));
        assertThat(map.labelBoxes()).as("on screen: the 10th, not the 11th painted ahead").containsKey(west)
                .doesNotContainKey(east);
        int before = argbAt(eastMiddle);
        robot.clickOn("#timelineForward");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.situationDateProperty().get()).isEqualTo(AUG_10.plusDays(1));
        assertThat(map.framesShownAhead()).as("the 11th was painted ahead").isEqualTo(shownAhead + 3);
        assertThat(map.labelBoxes()).containsKeys(west, east);
        assertThat(argbAt(eastMiddle)).as("the east pocket's fill").isNotEqualTo(before);

        // A date typed far off is painted then (east is gone by the 20th); typed back, the 10th is still kept.
        typeDate(robot, "2024-08-20");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !map.labelBoxes().containsKey(east));
        assertThat(map.labelBoxes()).containsKey(west);
        assertThat(map.framesShownAhead()).isEqualTo(shownAhead + 3);
        awaitFrameAheadFor(AUG_10);
        typeDate(robot, "2024-08-10");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.situationDateProperty().get()).isEqualTo(AUG_10);
        assertThat(map.framesShownAhead()).as("the jump to the 10th").isEqualTo(shownAhead + 4);
        assertThat(map.labelBoxes()).containsKey(west).doesNotContainKey(east);

        // A pan after the jump redraws the day shown, not the 11th painted ahead meanwhile.
        awaitFrameAheadFor(AUG_10.plusDays(1));
        double was = map.frameViewport().centerX();
        robot.clickOn(app.onMap(0.5, 0.9));
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.frameViewport().centerX() != was
                && map.frameViewport().centerX() == map.viewport().centerX());
        assertThat(map.labelBoxes()).containsKey(west).doesNotContainKey(east);
        assertThat(map.framesShownAhead()).isEqualTo(shownAhead + 4);

        // The slider's thumb dragged to its last day, the 11th: painted ahead for the view panned to.
        awaitFrameAheadFor(AUG_10.plusDays(1));
        javafx.scene.Node thumb = robot.lookup("#timelineSlider .thumb").query();
        javafx.geometry.Bounds track = robot.lookup("#timelineSlider").query().localToScreen(
                robot.lookup("#timelineSlider").query().getBoundsInLocal());
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).moveTo(new Point2D(track.getMaxX() - 2,
                track.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.situationDateProperty().get()).isEqualTo(AUG_10.plusDays(1));
        assertThat(map.framesShownAhead()).as("the 11th, dragged to").isEqualTo(shownAhead + 5);
        assertThat(map.labelBoxes()).containsKeys(west, east);
    }
}
