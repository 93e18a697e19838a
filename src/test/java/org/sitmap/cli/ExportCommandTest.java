package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSamples;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.MapLayout;
import org.sitmap.export.PageSize;
import org.sitmap.model.BriefingInfo;
import org.sitmap.render.Viewport;
import org.sitmap.store.BriefingFile;
import org.sitmap.style.StyleSheets;

class ExportCommandTest {
    private static final String BBOX = "27,46,38,53";

    @TempDir
    Path dir;
    Path briefing;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createBriefing() throws Exception {
        briefing = dir.resolve("kursk.gpkg");
        BriefingInfo info = new BriefingInfo("Kursk incursion", "analyst", ExportSamples.DAY, null);
        try (BriefingFile file = BriefingFile.create(briefing, info)) {
            file.briefing().atomically(() -> ExportSamples.all().forEach(file.briefing()::add));
        }
    }

    private int run(String... args) {
        return SitmapCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void exportsPngWithTheBriefingTitleAndDate() throws IOException {
        Path png = dir.resolve("map.png");
        int code = run("export", briefing.toString(), "--out", png.toString(), "--size", "800x600", "--bbox", BBOX);
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Wrote", "PNG", "800x600", "7 of 8 annotations");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(600);
    }

    @Test
    void exportsPdfOnA4WithTitleFromTheOption() throws IOException {
        Path pdf = dir.resolve("map.pdf");
        int code = run("export", briefing.toString(), "-o", pdf.toString(), "--paper", "A4", "--portrait", "--dpi",
                "100", "--title", "Custom title", "--date", "2024-09-02", "--notes", "Prepared for the briefing");
        assertThat(code).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat((double) doc.getPage(0).getMediaBox().getHeight()).isCloseTo(842,
                    org.assertj.core.data.Offset.offset(1.0));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Custom title", "Situation as of 2 September 2024",
                    "Prepared for the briefing");
        }
    }

    @Test
    void missingBriefingFailsWithOneLine() {
        int code = run("export", dir.resolve("nope.gpkg").toString(), "--out", dir.resolve("x.png").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString().strip()).isEqualTo("sitmap export: nope.gpkg: no such file");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void corruptBriefingFailsWithTheStoreMessage() throws IOException {
        Path bad = dir.resolve("bad.gpkg");
        Files.writeString(bad, "this is not a database at all, just some text to fill a header of a hundred bytes"
                + " ......................................", StandardCharsets.US_ASCII);
        int code = run("export", bad.toString(), "--out", dir.resolve("x.png").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("bad.gpkg: not a SQLite database");
    }

    @Test
    void badBboxIsExplained() {
        int code = run("export", briefing.toString(), "--out", dir.resolve("x.png").toString(), "--bbox",
                "38,46,27,53");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("expected minLon,minLat,maxLon,maxLat with min < max, got '38,46,27,53'");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    @Test
    void unwritableOutputFolderIsExplained() {
        Path missing = dir.resolve("no-such-folder").resolve("x.png");
        int code = run("export", briefing.toString(), "--out", missing.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("cannot write", "does not exist");
    }

    @Test
    void badDateIsExplained() {
        int code = run("export", briefing.toString(), "--out", dir.resolve("x.png").toString(), "--date",
                "14/08/2024");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("bad --date '14/08/2024': expected YYYY-MM-DD");
    }

    @Test
    void unknownFormatAndTooLargeSizeAreExplained() {
        assertThat(run("export", briefing.toString(), "--out", dir.resolve("x.tif").toString())).isNotZero();
        assertThat(err.toString()).contains("cannot tell the format from 'x.tif'");
        assertThat(run("export", briefing.toString(), "--out", dir.resolve("x.png").toString(), "--format", "gif"))
                .isNotZero();
        assertThat(err.toString()).contains("unknown format 'gif'; expected png or pdf");
        assertThat(run("export", briefing.toString(), "--out", dir.resolve("x.png").toString(), "--size",
                "20000x100")).isNotZero();
        assertThat(err.toString()).contains("too large");
    }

    @Test
    void extraLayerIsDrawnInItsColour() throws IOException {
        Path layer = dir.resolve("box.geojson");
        Files.writeString(layer, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                 "geometry":{"type":"Polygon","coordinates":[[[28,47.5],[30,47.5],[30,48.5],[28,48.5],[28,47.5]]]}}]}
                """);
        Path with = dir.resolve("with.png");
        Path without = dir.resolve("without.png");
        String[] common = {"export", briefing.toString(), "--size", "800x600", "--bbox", BBOX, "--no-legend",
            "--no-inset"};
        assertThat(run(concat(common, "--out", with.toString(), "--layer", layer.toString()))).as(err.toString())
                .isZero();
        assertThat(run(concat(common, "--out", without.toString()))).as(err.toString()).isZero();

        ExportSpec spec = ExportSpec.of(new Envelope(27, 38, 46, 53), PageSize.pixels(800, 600, 96),
                ExportFormat.PNG);
        Viewport v = MapLayout.viewportFor(spec, 800, 600);
        Point2D a = v.lonLatToScreen(28, 48.5);
        Point2D b = v.lonLatToScreen(30, 47.5);
        Rectangle2D box = new Rectangle2D.Double(a.getX() - 3, a.getY() - 3, b.getX() - a.getX() + 6,
                b.getY() - a.getY() + 6);
        Color stroke = new Color(BaseMapStyles.userLayer(StyleSheets.standard(), 0).stroke());
        assertThat(countNear(ImageIO.read(with.toFile()), box, stroke)).as("layer outline pixels").isGreaterThan(100);
        assertThat(countNear(ImageIO.read(without.toFile()), box, stroke)).as("without the layer").isLessThan(10);
    }

    @Test
    void missingLayerFileIsExplained() {
        int code = run("export", briefing.toString(), "--out", dir.resolve("x.png").toString(), "--layer",
                dir.resolve("gone.geojson").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("gone.geojson: no such file");
    }

    private static long countNear(BufferedImage img, Rectangle2D r, Color c) {
        long n = 0;
        for (int y = (int) Math.max(0, r.getMinY()); y < Math.min(img.getHeight(), r.getMaxY()); y++) {
            for (int x = (int) Math.max(0, r.getMinX()); x < Math.min(img.getWidth(), r.getMaxX()); x++) {
                int rgb = img.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 255) - c.getRed()) < 40 && Math.abs(((rgb >> 8) & 255) - c.getGreen()) < 40
                        && Math.abs((rgb & 255) - c.getBlue()) < 40) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
