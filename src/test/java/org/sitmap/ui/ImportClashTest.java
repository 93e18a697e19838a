package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.cli.SitmapCli;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing annotations whose ids the briefing holds: the window asks, the user clicks an answer, the file on disk
 * shows it, and the command line's {@code --on-clash} with the same answer gives the same briefing.
 */
@ExtendWith(ApplicationExtension.class)
class ImportClashTest {
    @TempDir
    Path dir;
    private BriefingViewModel vm;
    private BriefingSession session;

    @Start
    void start(Stage stage) {
        MainViewModel model = new MainViewModel();
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        stage.setScene(new Scene(new MainWindow(model, vm, session), 1200, 800));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    /** A briefing holding the samples, open in the window; returns the file of renamed copies to import. */
    private Path openBriefingAndRenamedCopy(FxRobot robot, Path gpkg) throws Exception {
        Path original = dir.resolve("original.geojson");
        AnnotationGeoJson.write(original, SampleAnnotations.importable());
        Path renamed = dir.resolve("renamed.geojson");
        AnnotationGeoJson.write(renamed, SampleAnnotations.importable().stream().map(a -> a.withTitle("new " + a.title()))
                .toList());
        robot.interact(() -> {
            session.create(gpkg, "clash");
            session.importAnnotations(original);
        });
        assertThat(vm.annotations()).hasSize(SampleAnnotations.importable().size());
        return renamed;
    }

    /** Starts the import as File > Import does once the file is chosen (the chooser is the desktop's own). */
    private void startImport(Path file) {
        Platform.runLater(() -> session.importAnnotations(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Annotation> onDisk(Path gpkg) throws Exception {
        try (BriefingFile f = BriefingFile.openReadOnly(gpkg)) {
            return f.briefing().snapshot();
        }
    }

    @Test
    void replaceReplacesOnDiskAsTheCommandLineDoes(FxRobot robot) throws Exception {
        Path gpkg = dir.resolve("window.gpkg");
        Path renamed = openBriefingAndRenamedCopy(robot, gpkg);
        startImport(renamed);
        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(session::close);
        List<Annotation> window = onDisk(gpkg);
        assertThat(window).hasSize(SampleAnnotations.importable().size()).allMatch(a -> a.title().startsWith("new "));

        Path cliFile = dir.resolve("cli.gpkg");
        PrintWriter quiet = new PrintWriter(new StringWriter());
        assertThat(SitmapCli.run(quiet, quiet, "import", dir.resolve("original.geojson").toString(),
                cliFile.toString())).isZero();
        assertThat(SitmapCli.run(quiet, quiet, "import", "--on-clash", "replace", renamed.toString(),
                cliFile.toString())).isZero();
        List<Annotation> cli = onDisk(cliFile);
        assertThat(cli).extracting(Annotation::id).containsExactlyElementsOf(window.stream().map(Annotation::id)
                .toList());
        for (int i = 0; i < cli.size(); i++) {
            assertThat(cli.get(i).sameContent(window.get(i))).as("%s", cli.get(i)).isTrue();
        }
    }

    @Test
    void keepBothAddsCopiesWithNewIds(FxRobot robot) throws Exception {
        Path gpkg = dir.resolve("window.gpkg");
        startImport(openBriefingAndRenamedCopy(robot, gpkg));
        robot.clickOn("Keep both (new ids)");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(session::close);
        List<Annotation> all = onDisk(gpkg);
        int n = SampleAnnotations.importable().size();
        assertThat(all).hasSize(2 * n);
        assertThat(all.subList(0, n)).noneMatch(a -> a.title().startsWith("new "));
        assertThat(all.subList(n, 2 * n)).allMatch(a -> a.title().startsWith("new "));
    }

    @Test
    void cancelImportsNothing(FxRobot robot) throws Exception {
        Path gpkg = dir.resolve("window.gpkg");
        startImport(openBriefingAndRenamedCopy(robot, gpkg));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(session::close);
        assertThat(onDisk(gpkg)).hasSize(SampleAnnotations.importable().size()).noneMatch(a -> a.title().startsWith("new "));
    }
}
