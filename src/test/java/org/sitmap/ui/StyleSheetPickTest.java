package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.cli.SitmapCli;
import org.sitmap.model.Side;
import org.sitmap.store.BriefingFile;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Picks the second style sheet from the menu as a person does; the file records it and exports draw with it. */
@ExtendWith(ApplicationExtension.class)
class StyleSheetPickTest {
    @TempDir
    Path dir;
    private BriefingViewModel vm;
    private BriefingSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        vm = new BriefingViewModel();
        session = new BriefingSession(vm, AppSettings.load(dir.resolve("home")));
        window = new MainWindow(new MainViewModel(), vm, session);
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        session.close();
    }

    private void pick(FxRobot robot, StyleSheet sheet) {
        robot.clickOn("View");
        robot.clickOn("Style sheet");
        robot.clickOn(sheet.name());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pickingTheSecondSheetIsSavedUndoableAndDrawnInExports(FxRobot robot) throws Exception {
        StyleSheet standard = StyleSheets.standard();
        StyleSheet second = StyleSheets.all().get(1);
        Path file = dir.resolve("styled.gpkg");
        robot.interact(() -> assertThat(session.create(file, "Styled")).isTrue());
        assertThat(window.mapView().styleSheetProperty().get().id()).isEqualTo(standard.id());

        pick(robot, second);
        assertThat(window.mapView().styleSheetProperty().get().id()).isEqualTo(second.id());
        robot.clickOn(window.mapView());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.mapView().styleSheetProperty().get().id()).isEqualTo(standard.id());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> session.close());

        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            assertThat(reopened.briefing().info().styleSheet()).isEqualTo(second.id());
        }
        Path png = dir.resolve("styled.png");
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "export", file.toString(), "--out", png.toString(), "--size", "800x600", "--bbox", "30,42,38,47");
        assertThat(code).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        for (String[] part : new String[][] {{"basemap", "water", "FILL"}, {"basemap", "countries", "FILL"},
            {"frame", "title", "BAND"}}) {
            assertThat(count(image, colour(second, part))).as("pixels of the picked sheet's " + part[1])
                    .isGreaterThan(20);
            assertThat(count(image, colour(standard, part))).as("pixels of the default sheet's " + part[1])
                    .isZero();
        }
    }

    @Test
    void afterPickingTheSecondSheetExportedAnnotationsTakeItsColours(FxRobot robot) throws Exception {
        StyleSheet standard = StyleSheets.standard();
        StyleSheet second = StyleSheets.all().get(1);
        Path geojson = dir.resolve("marker.geojson");
        Files.writeString(geojson, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"kind": "marker", "id": "m1", "side": "russia", "title": ""},
                  "geometry": {"type": "Point", "coordinates": [34, 44.5]}}
                ]}
                """);
        Path file = dir.resolve("marked.gpkg");
        assertThat(cli("import", geojson.toString(), file.toString())).isZero();
        robot.interact(() -> assertThat(session.open(file)).isTrue());

        pick(robot, second);
        robot.interact(() -> session.close());

        Path png = dir.resolve("marked.png");
        assertThat(cli("export", file.toString(), "--out", png.toString(), "--size", "800x600", "--bbox",
                "30,42,38,47")).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        String russia = Side.RUSSIA.code();
        assertThat(count(image, second.sideColour(russia).rgb())).as("the picked sheet's Russia colour")
                .isGreaterThan(20);
        assertThat(count(image, standard.sideColour(russia).rgb())).as("the default sheet's Russia colour")
                .isZero();
    }

    private static int cli(String... args) {
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }

    private static int colour(StyleSheet sheet, String[] part) {
        StyleProperty p = StyleProperty.valueOf(part[2]);
        return (part[0].equals("basemap") ? sheet.basemap(part[1]) : sheet.frame(part[1])).colour(p).rgb();
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
