package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sitmap.geo.Geodesy;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.MapFeature;
import org.sitmap.render.Viewport;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The drawing aids through the real window, driven by the robot as a person would: find a place, the circle and
 * measure tools, snapping, clip to region, and what a refused shape says. Results are read from the briefing file.
 */
@ExtendWith(ApplicationExtension.class)
class DrawingAidsTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private BriefingViewModel vm;
    private BriefingSession session;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        window = new MainWindow(model, vm, session);
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
        model.loadBaseMap();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private void openNewFileAndWaitForTheBaseMap(FxRobot robot) throws Exception {
        file = dir.resolve("aids.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Aids")).isTrue());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Annotation> annotationsOnDisk(FxRobot robot) throws Exception {
        robot.interact(() -> session.close());
        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            return reopened.briefing().annotations();
        }
    }

    /** Screen position of a lon/lat point in the current view. */
    private Point2D screenOf(double lon, double lat) {
        java.awt.geom.Point2D p = model.viewport().lonLatToScreen(lon, lat);
        return window.mapView().localToScreen(p.getX(), p.getY());
    }

    private Point2D onMap(double fx, double fy) {
        var b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    private double[] lonLatAt(Point2D screen) {
        Point2D local = window.mapView().screenToLocal(screen);
        return model.viewport().screenToLonLat(local.getX(), local.getY());
    }

    /** Draws a zone with the zone tool: a click on each corner, a double-click on the last. */
    private void drawZone(FxRobot robot, Point2D... corners) {
        // Clicking the tool's button again would switch it off (and back to panning).
        if (!robot.lookup("#tool-zone").queryAs(ToggleButton.class).isSelected()) {
            robot.clickOn("#tool-zone");
        }
        for (int i = 0; i < corners.length - 1; i++) {
            robot.clickOn(corners[i]);
        }
        robot.doubleClickOn(corners[corners.length - 1]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The status bar's words once the pointer is off the map (over it, it shows the pointer's position). */
    private String statusOffTheMap(FxRobot robot) {
        robot.moveTo("#tool-pan");
        WaitForAsyncUtils.waitForFxEvents();
        return window.statusBar().getText();
    }

    private void typeInPlaceSearch(FxRobot robot, String text) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#placeResults")
                .queryAs(ListView.class).getItems().isEmpty());
    }

    @Test
    void findAPlaceTypedInCyrillicMovesTheMapToTheTown(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        typeInPlaceSearch(robot, "Суджа");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport v = model.viewport();
        double[] centre = v.screenToLonLat(v.width() / 2.0, v.height() / 2.0);
        assertThat(centre[0]).isCloseTo(35.27, within(0.05));
        assertThat(centre[1]).isCloseTo(51.20, within(0.05));
        assertThat(v.scaleDenominator()).isBetween(200_000.0, 300_000.0);
        assertThat(statusOffTheMap(robot)).contains("Sudzha");
    }

    @Test
    void aRegionFoundByItsRussianNameFillsTheView(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        typeInPlaceSearch(robot, "Курская");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var shown = model.viewport().lonLatEnvelope();
        // Kursk oblast spans about 34.1-38.5 E, 50.9-52.4 N: all of it in view, and not much more.
        assertThat(shown.contains(34.2, 50.95)).isTrue();
        assertThat(shown.contains(38.4, 52.3)).isTrue();
        assertThat(shown.getWidth()).isLessThan(10);
        assertThat(statusOffTheMap(robot)).contains("Found Kursk");
    }

    @Test
    void draggingACircleAddsAnEvacuationPointWithTheDraggedRadius(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        robot.clickOn("#tool-circle");
        Point2D centre = onMap(0.5, 0.5);
        robot.drag(centre, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] c = lonLatAt(centre);
        double[] rim = lonLatAt(centre.add(120, 0));
        double expected = Geodesy.distanceKm(c[0], c[1], rim[0], rim[1]);

        List<Annotation> saved = annotationsOnDisk(robot);
        assertThat(saved).hasSize(1);
        Annotation circle = saved.get(0);
        assertThat(circle.kind()).isEqualTo(AnnotationKind.EVACUATION);
        assertThat(circle.geometry()).isInstanceOf(Point.class);
        assertThat(circle.geometry().getCoordinate().x).isCloseTo(c[0], within(0.02));
        assertThat(circle.geometry().getCoordinate().y).isCloseTo(c[1], within(0.02));
        assertThat(circle.number(Annotation.RADIUS_KM, 0)).isCloseTo(expected, within(expected * 0.03));
    }

    @Test
    void aClickWithoutDragIsRefusedWithAHint(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        robot.clickOn("#tool-circle");
        robot.clickOn(onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).isEmpty();
        assertThat(statusOffTheMap(robot)).contains("radius of at least");
    }

    @Test
    void measuringKyivToKurskShowsTheDistanceAndBearing(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        robot.clickOn("#tool-measure");
        robot.clickOn(screenOf(30.5238, 50.4547));
        robot.doubleClickOn(screenOf(36.1874, 51.7373));
        WaitForAsyncUtils.waitForFxEvents();
        String status = statusOffTheMap(robot);
        Matcher total = Pattern.compile("total ([\\d,.]+) km").matcher(status);
        assertThat(total.find()).as(status).isTrue();
        // 421 km between the towns' points; the clicks land within a pixel (about 3 km here) of them.
        assertThat(Double.parseDouble(total.group(1).replace(",", ""))).isBetween(410.0, 432.0);
        Matcher bearing = Pattern.compile("bearing (\\d+)°").matcher(status);
        assertThat(bearing.find()).as(status).isTrue();
        assertThat(Integer.parseInt(bearing.group(1))).isBetween(65, 75);
        assertThat(vm.annotations()).isEmpty();
    }

    @Test
    void withSnappingOnAVertexClickedNearAnotherZonesCornerLandsExactlyOnIt(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        // Zoomed in near Kursk, far from any border (10 px is about 4 km here); the corners far enough apart (over
        // 30 px) that two quick clicks on them are not taken for a double-click.
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#zoomIn");
        }
        drawZone(robot, screenOf(36.0, 51.6), screenOf(36.4, 51.6), screenOf(36.2, 51.75));
        assertThat(vm.annotations()).as("the first zone, drawn in %s", model.viewport()).hasSize(1);
        robot.clickOn("#snapToggle");
        drawZone(robot, screenOf(36.4, 51.6).add(4, 3), screenOf(36.6, 51.3), screenOf(36.3, 51.2));
        assertThat(vm.annotations()).as("zones; status: %s", model.statusTextProperty().get()).hasSize(2);

        List<Annotation> saved = annotationsOnDisk(robot);
        assertThat(saved).hasSize(2);
        Coordinate target = new Coordinate(36.4, 51.6);
        Coordinate corner = Arrays.stream(saved.get(0).geometry().getCoordinates())
                .min(java.util.Comparator.comparingDouble(c -> c.distance(target))).orElseThrow();
        assertThat(Arrays.asList(saved.get(1).geometry().getCoordinates())).contains(corner);
    }

    @Test
    void clipToRegionKeepsThePartOfTheZoneInsideTheChosenOblast(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        // A zone across the Sumy-Kursk border west of Sudzha, mostly in Russia.
        drawZone(robot, screenOf(34.95, 50.95), screenOf(35.9, 50.95), screenOf(35.9, 51.45),
                screenOf(34.95, 51.45));
        Annotation before = vm.selected();
        assertThat(before).isNotNull();

        robot.clickOn("Edit").clickOn("Clip to region…");
        robot.clickOn(".dialog-pane .combo-box");
        robot.clickOn((ListCell<?> cell) -> cell.getText() != null && cell.getText().startsWith("Kursk"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.undoTextProperty().get()).contains("Clip to Kursk oblast");
        assertThat(statusOffTheMap(robot)).contains("Clipped").contains("Kursk oblast");

        MapFeature kursk = model.regionAt(36.19, 51.73);
        List<Annotation> saved = annotationsOnDisk(robot);
        assertThat(saved).hasSize(1);
        Geometry clipped = saved.get(0).geometry();
        assertThat(saved.get(0).id()).isEqualTo(before.id());
        assertThat(clipped.getArea()).isLessThan(before.geometry().getArea() * 0.95).isGreaterThan(0);
        assertThat(kursk.geometry().buffer(1e-6).covers(clipped)).isTrue();
        // The part in Sumy oblast is gone: a point well inside Ukraine is no longer in the zone.
        assertThat(clipped.contains(clipped.getFactory().createPoint(new Coordinate(35.0, 51.0)))).isFalse();
    }

    @Test
    void aZoneOfTwoPointsSaysItNeedsThree(FxRobot robot) throws Exception {
        openNewFileAndWaitForTheBaseMap(robot);
        robot.clickOn("#tool-zone");
        robot.clickOn(onMap(0.40, 0.40));
        robot.clickOn(onMap(0.50, 0.40));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.annotations()).isEmpty();
        assertThat(statusOffTheMap(robot)).contains("zone needs at least 3 points: click 1 more");
        robot.clickOn("#tool-movement");
        robot.clickOn(onMap(0.40, 0.60));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusOffTheMap(robot)).contains("arrow needs at least 2 points");
    }
}
