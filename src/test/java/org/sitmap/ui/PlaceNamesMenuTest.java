package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.cli.CliRun;
import org.sitmap.model.PlaceNames;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person picks the map's place names in View &gt; Place names; the briefing file records the choice, Undo takes
 * it back, and an export of the file names the towns so.
 */
@ExtendWith(ApplicationExtension.class)
class PlaceNamesMenuTest {
    @TempDir
    Path dir;
    private PanelRobot app;

    @Start
    void start(Stage stage) {
        app = PanelRobot.start(stage, dir);
    }

    @AfterEach
    void closeFile() {
        app.session().close();
    }

    private void pick(FxRobot robot, String language) {
        robot.clickOn("View");
        robot.clickOn(language + " names");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PlaceNames onDisk(Path file) throws Exception {
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            return f.briefing().info().placeNames();
        }
    }

    @Test
    void pickingUkrainianIsSavedUndoableAndExported(FxRobot robot) throws Exception {
        Path file = dir.resolve("names.gpkg");
        robot.interact(() -> assertThat(app.session().create(file, "Names")).isTrue());
        assertThat(app.window().mapView().placeNamesProperty().get()).isEqualTo(PlaceNames.ENGLISH);

        pick(robot, "Ukrainian");
        assertThat(app.window().mapView().placeNamesProperty().get()).isEqualTo(PlaceNames.UKRAINIAN);
        assertThat(onDisk(file)).isEqualTo(PlaceNames.UKRAINIAN);

        // The Edit menu's Undo names the step; Ctrl+Z takes it back.
        assertThat(app.vm().undoTextProperty().get()).isEqualTo("Undo Change place names");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().mapView().placeNamesProperty().get()).isEqualTo(PlaceNames.ENGLISH);
        assertThat(onDisk(file)).isEqualTo(PlaceNames.ENGLISH);

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.session().close());
        assertThat(onDisk(file)).isEqualTo(PlaceNames.UKRAINIAN);

        Path pdf = dir.resolve("names.pdf");
        CliRun cli = new CliRun();
        assertThat(cli.run("export", file.toString(), "--out", pdf.toString(), "--paper", "A4", "--dpi", "100",
                "--bbox", "33,49.5,38,52")).as(cli.err()).isZero();
        assertThat(CliRun.pdfText(pdf)).contains("Харків").doesNotContain("Kharkiv");
    }

    @Test
    void theMenuShowsTheChoiceOfTheBriefingOpened(FxRobot robot) throws Exception {
        Path file = dir.resolve("russian.gpkg");
        robot.interact(() -> assertThat(app.session().create(file, "Russian")).isTrue());
        pick(robot, "Russian");
        robot.interact(() -> app.session().close());
        robot.interact(() -> assertThat(app.session().open(file)).isTrue());

        assertThat(app.window().mapView().placeNamesProperty().get()).isEqualTo(PlaceNames.RUSSIAN);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getId() != null && i.getId().startsWith("place-names-"))
                .filter(i -> ((RadioMenuItem) i).isSelected()).map(MenuItem::getText)).containsExactly("Russian names");
    }
}
