package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.render.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window with the robot (headless under Monocle in the build). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path home;
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        BriefingViewModel briefing = new BriefingViewModel();
        window = new MainWindow(model, briefing, new BriefingSession(briefing, AppSettings.load(home)));
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        model.loadBaseMap();
    }

    private void waitForBaseMap() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapView().lastStats() != null
                && window.mapView().lastStats().featuresDrawn() > 0);
    }

    private Point2D mapCentre(FxRobot robot) {
        var b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @Test
    void opensOnTheTheatreWithBaseLayersListed(FxRobot robot) throws Exception {
        waitForBaseMap();
        assertThat(window.layerPanel().list().getItems()).extracting(LayerItem::name)
                .containsExactly("Places", "Country borders and coasts", "Region borders", "Other rivers",
                        "Major rivers", "Great rivers", "Lakes and reservoirs", "Regions", "Countries");
        // The theatre view is centred near the Kursk / Sumy border.
        double[] centre = model.viewport().screenToLonLat(model.viewport().width() / 2.0,
                model.viewport().height() / 2.0);
        assertThat(centre[0]).isBetween(33.0, 38.0);
        assertThat(centre[1]).isBetween(48.5, 52.5);
        assertThat(window.mapView().lastStats().labelsPlaced()).isGreaterThan(10);
    }

    @Test
    void statusBarFollowsTheCursorAndShowsTheScale(FxRobot robot) throws Exception {
        waitForBaseMap();
        Point2D c = mapCentre(robot);
        robot.moveTo(c).moveBy(5, 5);
        WaitForAsyncUtils.waitForFxEvents();
        String text = robot.lookup("#cursorLabel").queryAs(Label.class).getText();
        assertThat(text).matches("\\d+\\.\\d{4}° N, \\d+\\.\\d{4}° E");
        Label scale = robot.lookup("#scaleLabel").queryAs(Label.class);
        assertThat(scale.getText()).matches("1:[\\d,]+");
    }

    @Test
    void aToolHintStaysVisibleWhileTheMouseIsOverTheMap(FxRobot robot) throws Exception {
        waitForBaseMap();
        Point2D c = mapCentre(robot);
        robot.clickOn("#tool-zone");
        robot.clickOn(c.add(-60, -40));
        robot.clickOn(c.add(60, -40));
        robot.moveTo(c.add(0, 30));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusBar().getText()).contains("at least 3 points");
        assertThat(robot.lookup("#cursorLabel").queryAs(Label.class).getText()).contains("° N");
    }

    @Test
    void wheelZoomsAroundTheCursorAndDragPans(FxRobot robot) throws Exception {
        waitForBaseMap();
        Point2D c = mapCentre(robot);
        Point2D target = c.add(-200, 100);
        robot.moveTo(target);
        Viewport before = model.viewport();
        var local = window.mapView().screenToLocal(target);
        double[] under = before.screenToLonLat(local.getX(), local.getY());
        // Robots differ in the sign and size of a wheel notch (Monocle's glass robot sends deltaY +1 for DOWN, a GTK
        // mouse +40), so turn it until the map has zoomed in; MapViewWheelTest pins the direction with real deltas.
        robot.scroll(60, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        if (model.viewport().resolution() > before.resolution()) {
            robot.scroll(120, javafx.geometry.VerticalDirection.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        Viewport zoomed = model.viewport();
        assertThat(zoomed.resolution()).isLessThan(before.resolution() * 0.9);
        double[] stillUnder = zoomed.screenToLonLat(local.getX(), local.getY());
        assertThat(stillUnder[0]).isCloseTo(under[0], org.assertj.core.api.Assertions.within(0.01));
        assertThat(stillUnder[1]).isCloseTo(under[1], org.assertj.core.api.Assertions.within(0.01));
        String scaleBefore = robot.lookup("#scaleLabel").queryAs(Label.class).getText();
        assertThat(scaleBefore).isEqualTo(MainViewModel.formatScale(zoomed)).isNotEqualTo(
                MainViewModel.formatScale(before));

        robot.drag(c, MouseButton.PRIMARY).moveBy(120, 0).moveBy(0, 60).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport panned = model.viewport();
        assertThat(panned.resolution()).isEqualTo(zoomed.resolution());
        assertThat((zoomed.centerX() - panned.centerX()) / zoomed.resolution()).isBetween(110.0, 130.0);
        assertThat((panned.centerY() - zoomed.centerY()) / zoomed.resolution()).isBetween(50.0, 70.0);
        // Mercator: the true scale follows the latitude of the centre, so the label tracks the panned view.
        assertThat(robot.lookup("#scaleLabel").queryAs(Label.class).getText())
                .isEqualTo(MainViewModel.formatScale(panned));
        // A new frame of the panned view arrives.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapView().frameViewport() != null
                && window.mapView().frameViewport().centerX() == model.viewport().centerX());
    }

    @Test
    void keyboardZoomsAndPans(FxRobot robot) throws Exception {
        waitForBaseMap();
        robot.clickOn(mapCentre(robot));
        Viewport before = model.viewport();
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.viewport().resolution()).isCloseTo(before.resolution() / 2,
                org.assertj.core.api.Assertions.within(1e-6));
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.viewport().resolution()).isCloseTo(before.resolution(),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(model.viewport().centerX()).isGreaterThan(before.centerX());
    }

    /** The check box in the layer list's row of {@code layer}. */
    private Node visibilityBox(FxRobot robot, String layer) {
        ListCell<?> row = robot.lookup(".list-cell").match(n -> ((ListCell<?>) n).getItem() instanceof LayerItem l
                && l.name().equals(layer)).queryAs(ListCell.class);
        return row.lookup(".check-box");
    }

    @Test
    void layerCheckboxHidesTheLayer(FxRobot robot) throws Exception {
        waitForBaseMap();
        LayerItem places = model.layers().get(model.layers().size() - 1);
        assertThat(places.name()).isEqualTo("Places");
        robot.clickOn(visibilityBox(robot, "Places"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(places.layer().visible()).isFalse();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapView().lastStats().labelsPlaced() < 30);
    }

    @Test
    void clickingALayersNameSelectsItsRowAndLeavesItVisible(FxRobot robot) throws Exception {
        waitForBaseMap();
        // Where a person reads the name.
        robot.clickOn("Regions");
        WaitForAsyncUtils.waitForFxEvents();
        LayerItem selected = window.layerPanel().list().getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();
        assertThat(selected.name()).isEqualTo("Regions");
        assertThat(selected.layer().visible()).isTrue();
    }

    @Test
    void bracketShortcutsShowTheirKeysInTheEditMenu(FxRobot robot) throws Exception {
        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> keys = robot.lookup(".accelerator-text").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        robot.type(KeyCode.ESCAPE);
        assertThat(keys).contains("Ctrl+]", "Ctrl+[");
        assertThat(keys).noneMatch(k -> k.contains("BRACKET"));
    }

    @Test
    void openedGeoJsonBecomesATopLayerAndZoomToLayerFitsIt(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForBaseMap();
        Path file = dir.resolve("sudzha.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"Sudzha area"},
                  "geometry":{"type":"Polygon","coordinates":[[[35.0,51.0],[35.5,51.0],[35.5,51.4],[35.0,51.4],[35.0,51.0]]]}}
                ]}""", StandardCharsets.UTF_8);
        robot.interact(() -> model.openGeoJson(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT + 1);
        assertThat(window.layerPanel().list().getItems().get(0).name()).isEqualTo("sudzha.geojson");
        WaitForAsyncUtils.waitForFxEvents();
        double[] centre = model.viewport().screenToLonLat(model.viewport().width() / 2.0,
                model.viewport().height() / 2.0);
        assertThat(centre[0]).isCloseTo(35.25, org.assertj.core.api.Assertions.within(0.05));
        assertThat(centre[1]).isCloseTo(51.2, org.assertj.core.api.Assertions.within(0.05));

        robot.interact(() -> model.zoomToTheatre());
        robot.interact(() -> window.layerPanel().list().getSelectionModel().select(0));
        robot.clickOn("#zoomToLayer");
        WaitForAsyncUtils.waitForFxEvents();
        centre = model.viewport().screenToLonLat(model.viewport().width() / 2.0, model.viewport().height() / 2.0);
        assertThat(centre[0]).isCloseTo(35.25, org.assertj.core.api.Assertions.within(0.05));
    }

    @Test
    void badFileShowsTheFileAndPlaceAndAddsNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        waitForBaseMap();
        Path file = dir.resolve("broken.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",,}]}");
        robot.interact(() -> model.openGeoJson(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#noticeText").tryQuery().isPresent());
        String message = robot.lookup("#noticeText").queryAs(Label.class).getText();
        assertThat(message).contains("broken.geojson").contains("line 2");
        assertThat(model.layers()).hasSize(org.sitmap.basemap.BaseMap.LAYER_COUNT);
    }
}
