package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.cli.SitmapCli;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.MapLayout;
import org.sitmap.export.PageSize;
import org.sitmap.model.Side;
import org.sitmap.render.Viewport;
import org.sitmap.store.BriefingFile;
import org.sitmap.style.Style;
import org.sitmap.style.StyleColour;
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
        PanelRobot app = PanelRobot.start(stage, dir);
        vm = app.vm();
        session = app.session();
        window = app.window();
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
        // The Edit menu says what the step takes back, and taking it back from there restores the look.
        robot.clickOn("Edit");
        robot.clickOn("Undo Change style sheet");
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

        // A layer given on the command line takes the briefing's palette too.
        Path layer = dir.resolve("square.geojson");
        Files.writeString(layer, """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                  "geometry": {"type": "Polygon", "coordinates": [[[32, 43], [36, 43], [36, 46], [32, 46], [32, 43]]]}}
                ]}
                """);
        Path layered = dir.resolve("layered.png");
        assertThat(cli("export", file.toString(), "--out", layered.toString(), "--size", "800x600", "--bbox",
                "30,42,38,47", "--no-base-map", "--no-legend", "--no-inset", "--layer", layer.toString())).isZero();
        BufferedImage withLayer = ImageIO.read(layered.toFile());
        Viewport v = MapLayout.viewportFor(ExportSpec.of(new Envelope(30, 38, 42, 47), PageSize.pixels(800, 600, 96),
                ExportFormat.PNG), 800, 600);
        int inside = pixel(withLayer, v, 33, 44);
        int outside = pixel(withLayer, v, 37, 44);
        assertThat(distance(inside, layerFill(second, outside))).as("the picked sheet's layer fill").isLessThan(3);
        assertThat(distance(inside, layerFill(standard, outside))).as("the default sheet's layer fill")
                .isGreaterThan(6);
    }

    private static int pixel(BufferedImage image, Viewport v, double lon, double lat) {
        java.awt.geom.Point2D p = v.lonLatToScreen(lon, lat);
        return image.getRGB((int) p.getX(), (int) p.getY()) & 0xFFFFFF;
    }

    /** The first layer's fill, as the sheet gives it, laid over {@code under}. */
    private static int layerFill(StyleSheet sheet, int under) {
        Style s = sheet.basemap("user_layers");
        StyleColour c = s.palette().get(0);
        double a = s.number(StyleProperty.FILL_OPACITY);
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = (int) Math.round(((c.rgb() >> shift) & 255) * a + ((under >> shift) & 255) * (1 - a));
            out |= channel << shift;
        }
        return out;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)));
        }
        return d;
    }

    @Test
    void aBriefingNamingASheetThatDoesNotShipSaysSoInTheWindowAndTheExport(FxRobot robot) throws Exception {
        Path geojson = dir.resolve("empty.geojson");
        Files.writeString(geojson, "{\"type\": \"FeatureCollection\", \"features\": []}");
        Path file = dir.resolve("newer.gpkg");
        assertThat(cli("import", geojson.toString(), file.toString())).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO sitmap_briefing(key, value) VALUES ('style_sheet', 'night-ops') "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        }
        robot.interact(() -> assertThat(session.open(file)).isTrue());
        assertThat(vm.briefing().info().styleSheet()).isEqualTo("night-ops");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#noticeText").tryQuery().isPresent());
        String said = robot.lookup("#noticeText").queryAs(Label.class).getText();
        assertThat(said).contains("\"night-ops\"").contains(StyleSheets.standard().name()).doesNotContain("\n");
        assertThat(window.mapView().styleSheetProperty().get()).isSameAs(StyleSheets.standard());
        robot.interact(() -> session.close());

        StringWriter err = new StringWriter();
        Path png = dir.resolve("newer.png");
        int code = SitmapCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "export", file.toString(), "--out", png.toString(), "--size", "400x300", "--bbox", "30,42,38,47");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString().lines().filter(l -> l.contains("\"night-ops\""))).singleElement()
                .asString().contains("newer.gpkg").contains(StyleSheets.standard().name());
        try (BriefingFile reopened = BriefingFile.openReadOnly(file)) {
            // Opening and exporting never rewrite the name the file gave.
            assertThat(reopened.briefing().info().styleSheet()).isEqualTo("night-ops");
        }
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
