package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.cli.CliRun;
import org.sitmap.model.LegendEdits;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person renames and hides legend entries in the window; the briefing file and the next export keep it. */
@ExtendWith(ApplicationExtension.class)
class LegendEditingTest {
    private static final Path KURSK = Path.of("data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg");

    @TempDir
    Path dir;
    private BriefingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        PanelRobot app = PanelRobot.start(stage, dir);
        session = app.session();
        window = app.window();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    /** The legend editor's name field that shows {@code text}. */
    private static TextField field(FxRobot robot, String text) {
        return robot.lookup((TextField t) -> t.getId() != null && t.getId().startsWith("legendLabel")
                && t.getText().equals(text)).queryAs(TextField.class);
    }

    @Test
    void aRenamedAndAHiddenEntryAreInTheFileAndInTheNextExport(FxRobot robot) throws Exception {
        Path file = dir.resolve("kursk.gpkg");
        Files.copy(KURSK, file);
        robot.interact(() -> assertThat(session.open(file)).isTrue());
        robot.interact(window::openExportDialog);
        robot.clickOn("#exportEditLegend");
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn(field(robot, "Ukraine: staging area"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Ukrainian rear base");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "Ukrainian rear base")).isNotNull();

        // Typed without Enter, then straight on to another row's box: leaving the field renames, the click hides.
        robot.doubleClickOn(field(robot, "Russia: frontline"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Russian forward line");
        String regional = field(robot, "Russia: regional capital").getId().substring("legendLabel".length());
        robot.clickOn("#legendShown" + regional);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox shown = robot.lookup("#legendShown" + regional).queryAs(CheckBox.class);
        assertThat(shown.isSelected()).isFalse();
        int renamed = Integer.parseInt(field(robot, "Ukrainian rear base").getId().substring("legendLabel".length()));
        robot.clickOn("#legendUp" + renamed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "Ukrainian rear base").getId()).isEqualTo("legendLabel" + (renamed - 1));
        robot.interact(() -> session.close());

        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            LegendEdits edits = f.briefing().info().legend();
            assertThat(edits.items()).extracting(LegendEdits.Item::label).contains("Ukrainian rear base",
                    "Russian forward line");
            assertThat(edits.items()).filteredOn(LegendEdits.Item::hidden).hasSize(1);
            assertThat(edits.order()).as("the entries as the user ordered them").isNotEmpty();
        }
        Path pdf = dir.resolve("kursk.pdf");
        CliRun cli = new CliRun();
        assertThat(cli.run("export", file.toString(), "--paper", "a4", "--out", pdf.toString())).as(cli.err())
                .isZero();
        assertThat(CliRun.pdfText(pdf)).contains("Ukrainian rear base").doesNotContain("Ukraine: staging area",
                "Russia: regional capital");
    }
}
