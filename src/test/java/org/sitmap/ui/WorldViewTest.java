package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.basemap.BaseMap;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A briefing far from the worked example's theatre: the window goes to its area and finds its towns. */
@ExtendWith(ApplicationExtension.class)
class WorldViewTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private BriefingSession session;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        BriefingViewModel vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        stage.setScene(new Scene(new MainWindow(model, vm, session), 1400, 900));
        stage.show();
        model.loadBaseMap();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private double[] centre() {
        return model.viewport().screenToLonLat(model.viewport().width() / 2.0, model.viewport().height() / 2.0);
    }

    /** A briefing with one marker at Khartoum and no saved view, opened in the window. */
    private void openKhartoumBriefing(FxRobot robot) throws Exception {
        Path file = dir.resolve("khartoum.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            f.briefing().add(Annotation.create(AnnotationKind.MARKER,
                    new GeometryFactory().createPoint(new Coordinate(32.53, 15.59))));
        }
        robot.interact(() -> assertThat(session.open(file)).isTrue());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == BaseMap.LAYER_COUNT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types a place name and, once the list offers it (the names load after the map), presses Enter. */
    private void search(FxRobot robot, String name) throws Exception {
        robot.clickOn("#placeSearch").write(name);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#placeResults")
                .tryQueryAs(ListView.class).map(l -> l.isVisible() && !l.getItems().isEmpty()).orElse(false));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTheatreButtonGoesToTheBriefingsOwnArea(FxRobot robot) throws Exception {
        openKhartoumBriefing(robot);
        // The person wanders off: zooms out twice and types a town on the other side of the world.
        robot.clickOn("#zoomOut").clickOn("#zoomOut");
        search(robot, "Kursk");
        assertThat(centre()[1]).isGreaterThan(45);

        robot.clickOn("#zoomTheatre");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centre()[0]).isCloseTo(32.53, within(0.2));
        assertThat(centre()[1]).isCloseTo(15.59, within(0.2));
    }

    @Test
    void thePlaceSearchFindsASmallTownFarFromTheTheatre(FxRobot robot) throws Exception {
        openKhartoumBriefing(robot);
        // Kutum, North Darfur: a town of under 10,000 people, which only the world-wide places have.
        search(robot, "Kutum");
        assertThat(centre()[0]).isCloseTo(24.66, within(0.2));
        assertThat(centre()[1]).isCloseTo(14.2, within(0.2));
    }
}
