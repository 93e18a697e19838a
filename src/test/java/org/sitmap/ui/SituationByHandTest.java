package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report's situation drawn from a new empty briefing with the mouse and keyboard alone: find Kursk, declare the
 * state of emergency over the oblast, draw the held zone, the evacuation area with its count, two arrows and a label,
 * describe each by typing, undo and redo, export a PNG; then the file on disk holds every value that was typed.
 */
@ExtendWith(ApplicationExtension.class)
class SituationByHandTest {
    @TempDir
    Path dir;
    private MainViewModel model;
    private BriefingViewModel vm;
    private BriefingSession session;
    private PanelRobot panel;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        panel = PanelRobot.show(stage, model, vm, session);
        model.loadBaseMap();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    @Test
    void theReportsSituationDrawnTypedUndoneRedoneExportedAndReopened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() >= 5);
        Path file = dir.resolve("kursk by hand.gpkg");
        // File > New asks the operating system's file chooser for the name, which no robot can drive headless.
        robot.interact(() -> assertThat(session.create(file, "Kursk by hand")).isTrue());

        robot.clickOn("#placeSearch").write("Kursk").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tool-declaration").clickOn(panel.onMap(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        Annotation declaration = vm.selected();
        assertThat(declaration.kind()).isEqualTo(AnnotationKind.DECLARATION);
        assertThat(declaration.text(Annotation.REGION)).isEqualTo("RU-KRS");

        panel.draw("zone", 0.2, 0.2);
        Annotation zone = vm.selected();
        panel.type("title", "Ukrainian-held area around Sudzha");
        panel.type("source", "Ukrainian army spokesman, 13 Aug 2024");
        panel.type("validFrom", "2024-08-14");

        panel.draw("evacuation", 0.35, 0.2);
        Annotation evacuation = vm.selected();
        assertThat(evacuation.kind()).isEqualTo(AnnotationKind.EVACUATION);
        panel.type("title", "Evacuation of border districts");
        panel.type("evacuated", "130,000");

        panel.draw("movement", 0.5, 0.1);
        Annotation firstArrow = vm.selected();
        panel.type("unit", "Units from Zaporizhzhia direction");
        panel.draw("movement", 0.65, 0.1);
        Annotation secondArrow = vm.selected();
        panel.type("unit", "Units from Dnipro direction");

        panel.draw("label", 0.75, 0.2);
        Annotation label = vm.selected();
        assertThat(label.kind()).isEqualTo(AnnotationKind.LABEL);
        panel.type("title", "Hundreds of Russian soldiers captured");

        // Undo takes back the label's text, then the label; redo puts both back. (The Label tool stays on after a
        // label is placed, so a click on the map would place another: pick Select first.)
        robot.clickOn("#tool-select").clickOn(panel.onMap(0.95, 0.95));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.briefing().get(label.id())).isNull();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.briefing().get(label.id()).title()).isEqualTo("Hundreds of Russian soldiers captured");

        Path png = exportPng(robot);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);

        robot.interact(() -> session.close());
        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            List<Annotation> all = reopened.briefing().annotations();
            assertThat(all).hasSize(6);
            Annotation z = reopened.briefing().get(zone.id());
            assertThat(z.title()).isEqualTo("Ukrainian-held area around Sudzha");
            assertThat(z.source()).isEqualTo("Ukrainian army spokesman, 13 Aug 2024");
            assertThat(z.validFrom()).isEqualTo(LocalDate.of(2024, 8, 14));
            Annotation e = reopened.briefing().get(evacuation.id());
            assertThat(e.title()).isEqualTo("Evacuation of border districts");
            assertThat(((Number) e.attribute(Annotation.EVACUATED)).longValue()).isEqualTo(130_000L);
            assertThat(reopened.briefing().get(declaration.id()).text(Annotation.REGION)).isEqualTo("RU-KRS");
            assertThat(reopened.briefing().get(firstArrow.id()).text(Annotation.UNIT))
                    .isEqualTo("Units from Zaporizhzhia direction");
            assertThat(reopened.briefing().get(secondArrow.id()).text(Annotation.UNIT))
                    .isEqualTo("Units from Dnipro direction");
            assertThat(reopened.briefing().get(label.id()).title()).isEqualTo("Hundreds of Russian soldiers captured");
        }
    }

    /** File > Export with the shortcut; the title typed into the dialog; the file name is the one part not typed. */
    private Path exportPng(FxRobot robot) throws Exception {
        robot.clickOn(panel.onMap(0.95, 0.95));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#exportTitle").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Kursk incursion, 14 August 2024");
        ExportDialog dialog = robot.listWindows().stream().filter(w -> w.getUserData() instanceof ExportDialog)
                .map(w -> (ExportDialog) w.getUserData()).findFirst().orElseThrow();
        Path out = dir.resolve("kursk.png");
        @SuppressWarnings("unchecked")
        Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = dialog.exportTo(out));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> task[0].isDone());
        Throwable[] failure = new Throwable[1];
        robot.interact(() -> failure[0] = task[0].getException());
        assertThat(failure[0]).isNull();
        robot.type(KeyCode.ESCAPE);
        return out;
    }
}
