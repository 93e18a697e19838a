package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Export in the real window: the preview appears, and the export writes the file in the background. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path home;
    private MainViewModel model;
    private BriefingViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        model = new MainViewModel();
        vm = new BriefingViewModel();
        window = new MainWindow(model, vm, new BriefingSession(vm, AppSettings.load(home)));
        stage.setScene(new Scene(window, 1300, 850));
        stage.show();
        model.loadBaseMap();
    }

    @Test
    void dragAFrameOnTheMapSetsTheExtent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.openExportDialog());
        var before = dialog[0].extent();
        robot.clickOn("#exportFrame");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].stage().isShowing()).isFalse();
        var b = window.mapView().localToScreen(window.mapView().getBoundsInLocal());
        robot.drag(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.4, b.getMinY() + b.getHeight() * 0.4),
                javafx.scene.input.MouseButton.PRIMARY).moveBy(100, 60).moveBy(100, 60)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].stage().isShowing()).isTrue();
        var after = dialog[0].extent();
        assertThat(after.getWidth()).isLessThan(before.getWidth() / 3);
        assertThat(before.contains(after)).isTrue();
        robot.interact(() -> dialog[0].stage().close());
    }

    @Test
    void previewAppearsAndExportWritesThePng(FxRobot robot, @TempDir Path dir) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        Annotation zone = Annotation.builder(AnnotationKind.ZONE, new WKTReader().read(
                "POLYGON ((34.5 50, 36.5 50, 36.5 51.5, 34.5 51.5, 34.5 50))")).side(Side.UKRAINE)
                .title("Test zone").build();
        robot.interact(() -> vm.add(zone));
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.openExportDialog());
        ImageView preview = robot.lookup("#exportPreview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.getImage() != null);
        assertThat(preview.getImage().getWidth()).isGreaterThan(300);

        Path out = dir.resolve("map.png");
        @SuppressWarnings("unchecked")
        Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = dialog[0].exportTo(out));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        Throwable[] failure = new Throwable[1];
        robot.interact(() -> failure[0] = task[0].getException());
        assertThat(failure[0]).isNull();
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(1920);
        assertThat(png.getHeight()).isEqualTo(1080);
        assertThat(Files.list(dir).filter(p -> !p.equals(out)).count()).as("no temporary files left").isZero();

        Path gif = dir.resolve("days.gif");
        robot.interact(() -> task[0] = dialog[0].exportSeriesTo(gif, java.time.LocalDate.of(2024, 8, 6),
                java.time.LocalDate.of(2024, 8, 8)));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> task[0].isDone());
        robot.interact(() -> failure[0] = task[0].getException());
        assertThat(failure[0]).isNull();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
        }
        robot.interact(() -> dialog[0].stage().close());
    }

    @Test
    void escapeClosesTheDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.openExportDialog());
        robot.clickOn("#exportTitle");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].stage().isShowing()).isFalse();
    }

    @Test
    void theDialogFitsItsContentAndThePreviewGrowsWithIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.layers().size() == org.sitmap.basemap.BaseMap.LAYER_COUNT);
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> dialog[0] = window.openExportDialog());
        Stage stage = dialog[0].stage();
        Parent content = stage.getScene().getRoot();
        assertThat(stage.getScene().getWidth()).isGreaterThanOrEqualTo(content.prefWidth(-1));
        assertThat(stage.getScene().getHeight()).isGreaterThanOrEqualTo(content.prefHeight(-1));
        ImageView preview = robot.lookup("#exportPreview").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> preview.getImage() != null);
        double before = preview.getBoundsInParent().getWidth();
        // What a person does by dragging the window's corner (the headless robot has no window frame to drag).
        robot.interact(() -> {
            stage.setWidth(stage.getWidth() + 400);
            stage.setHeight(stage.getHeight() + 300);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.getBoundsInParent().getWidth()).isGreaterThan(before + 200);
        // The window cannot be made so small that controls are cut: at its minimum size the form is whole and the
        // Export button inside the window.
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node form = robot.lookup("#exportForm").query();
        assertThat(form.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(form.prefHeight(-1) - 1);
        assertThat(form.getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(form.prefWidth(-1) - 1);
        var go = robot.lookup("#exportGo").query().localToScene(robot.lookup("#exportGo").query().getLayoutBounds());
        assertThat(go.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(go.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(go.getMinY()).isGreaterThanOrEqualTo(form.localToScene(form.getLayoutBounds()).getMaxY());

        robot.interact(() -> stage.close());
    }
}
