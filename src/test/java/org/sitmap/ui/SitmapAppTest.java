package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application started as a user starts it (data folder from sitmap.home, a file on the command line),
 * closed, and started again: what it remembers lives in the data folder.
 */
class SitmapAppTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private String homeBefore;
    private SitmapApp running;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        homeBefore = System.getProperty("sitmap.home");
    }

    @AfterEach
    void restore() throws Exception {
        if (running != null) {
            quit();
        }
        if (homeBefore == null) {
            System.clearProperty("sitmap.home");
        } else {
            System.setProperty("sitmap.home", homeBefore);
        }
        FxToolkit.cleanupStages();
    }

    /** Starts the application in a new window, as a new process would, and waits for its first map frame. */
    private SitmapApp start(Path home, String... args) throws Exception {
        System.setProperty("sitmap.home", home.toString());
        stage = FxToolkit.registerStage(Stage::new);
        running = (SitmapApp) FxToolkit.setupApplication(SitmapApp.class, args);
        SitmapApp app = running;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().mapView().lastStats() != null
                && app.window().mapView().lastStats().featuresDrawn() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        return running;
    }

    /** Closes the window, then the application stops (as when the user closes the main window). */
    private void quit() throws Exception {
        robot.interact(stage::close);
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(running);
        running = null;
    }

    private static Properties settings(Path home) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve(AppSettings.FILE_NAME))) {
            p.load(in);
        }
        return p;
    }

    private static Path openFile(SitmapApp app) {
        return app.session().fileProperty().get().path().toAbsolutePath().normalize();
    }

    @Test
    void aFreshDataFolderStartsOnTheWorkedExampleNotOnAnotherFoldersBriefing() throws Exception {
        Path homeA = dir.resolve("a");
        Path homeB = dir.resolve("b");
        Path other = dir.resolve("elsewhere").resolve("Other briefing.gpkg");
        Files.createDirectories(other.getParent());
        BriefingFile.create(other, new BriefingInfo("Other", "test", null, null)).close();

        assertThat(openFile(start(homeA, other.toString()))).isEqualTo(other.toAbsolutePath().normalize());
        quit();
        Properties a = settings(homeA);
        assertThat(a.getProperty("lastBriefing")).isEqualTo(other.toAbsolutePath().normalize().toString());
        assertThat(a.values()).contains(other.toAbsolutePath().normalize().toString());

        Path fresh = openFile(start(homeB));
        assertThat(fresh).isNotEqualTo(other.toAbsolutePath().normalize());
        assertThat(fresh.getParent()).isEqualTo(homeB.toAbsolutePath().normalize());
        assertThat(running.session().windowTitleProperty().get()).contains("Kursk");
        quit();
        assertThat(settings(homeB).values()).doesNotContain(other.toAbsolutePath().normalize().toString());

        // The next start in the first folder reads its settings back and reopens the briefing open there last.
        assertThat(openFile(start(homeA))).isEqualTo(other.toAbsolutePath().normalize());
    }

    @Test
    void theWindowReopensWhereItWasClosed() throws Exception {
        Path home = dir.resolve("home");
        start(home);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // First start: most of the screen, centred.
        assertThat(stage.getWidth()).isBetween(screen.getWidth() * 0.8, screen.getWidth());
        assertThat(stage.getHeight()).isBetween(screen.getHeight() * 0.8, screen.getHeight());
        assertThat(stage.getX() - screen.getMinX()).isCloseTo(screen.getMaxX() - stage.getX() - stage.getWidth(),
                org.assertj.core.api.Assertions.within(2.0));
        assertThat(stage.getY() - screen.getMinY()).isCloseTo(screen.getMaxY() - stage.getY() - stage.getHeight(),
                org.assertj.core.api.Assertions.within(2.0));

        // What a person does by dragging the window (the headless robot has no window frame to drag).
        robot.interact(() -> {
            stage.setX(50);
            stage.setY(60);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        quit();
        Properties saved = settings(home);
        assertThat(saved.getProperty("window.width")).isEqualTo("1000");
        assertThat(saved.getProperty("window.height")).isEqualTo("700");

        start(home);
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(50, 60, 1000, 700);
    }

    @Test
    void aFileThatIsNoBriefingIsNamedByItsFullPathInAReadableNotice() throws Exception {
        Path notes = dir.resolve("one").resolve("notes.gpkg");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, "meeting notes, not a map\n");
        start(dir.resolve("home"), notes.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noticeText").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains(notes.toAbsolutePath().normalize().toString());
        Label text = robot.lookup("#noticeText").queryAs(Label.class);
        assertThat(text.getText()).contains("not a SQLite database");
        // All of the text is in view: the scroll pane around it shows its whole height, from the top.
        javafx.scene.Parent up = text.getParent();
        while (!(up instanceof ScrollPane)) {
            up = up.getParent();
        }
        ScrollPane scroll = (ScrollPane) up;
        assertThat(scroll.getViewportBounds().getHeight()).isGreaterThanOrEqualTo(text.getHeight() - 1);
        assertThat(scroll.getVvalue()).isZero();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
