package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Side;
import org.sitmap.style.StyleSheets;

/** A range ring end to end on the command line: imported from GeoJSON, dumped back, exported to PNG and PDF. */
class RangeRingCliTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path briefing(String name, String radii) throws Exception {
        Path geojson = dir.resolve(name + ".geojson");
        Files.writeString(geojson, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"kind": "range_ring", "id": "tornado", "side": "russia",
                   "title": "Tornado-S", "radii_km": %s},
                  "geometry": {"type": "Point", "coordinates": [36.6, 50.6]}}
                ]}
                """.formatted(radii));
        Path gpkg = dir.resolve(name + ".gpkg");
        assertThat(run("import", geojson.toString(), gpkg.toString())).as(cli.err()).isZero();
        return gpkg;
    }

    private static int sideColoured(BufferedImage img) {
        int side = StyleSheets.standard().sideColour(Side.RUSSIA.code()).argb();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                int d = Math.max(Math.abs(((c >> 16) & 255) - ((side >> 16) & 255)), Math.max(
                        Math.abs(((c >> 8) & 255) - ((side >> 8) & 255)), Math.abs((c & 255) - (side & 255))));
                n += d < 40 ? 1 : 0;
            }
        }
        return n;
    }

    private BufferedImage png(Path gpkg) throws Exception {
        Path png = dir.resolve(gpkg.getFileName() + ".png");
        assertThat(run("export", gpkg.toString(), "--bbox", "35,49.7,38.2,51.5", "--size", "1000x800",
                "--no-base-map", "--out", png.toString())).as(cli.err()).isZero();
        return ImageIO.read(png.toFile());
    }

    @Test
    void importedRingIsDumpedBackAndExportedWithItsCirclesLabelsAndLegend() throws Exception {
        Path gpkg = briefing("rings", "[20, 50]");
        assertThat(run("dump", gpkg.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\"kind\":\"range_ring\"").contains("\"radii_km\":[20,50]");

        int two = sideColoured(png(gpkg));
        int one = sideColoured(png(briefing("ring", "[20]")));
        assertThat(one).as("one circle drawn").isGreaterThan(200);
        // The 50 km circle is 2.5 times as long as the 20 km one.
        assertThat(two).as("the second, larger circle").isGreaterThan(one * 3);

        Path pdf = dir.resolve("rings.pdf");
        assertThat(run("export", gpkg.toString(), "--bbox", "35,49.7,38.2,51.5", "--paper", "A4", "--dpi", "150",
                "--no-base-map", "--out", pdf.toString())).as(cli.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Russia: range ring").contains("20 km").contains("50 km").contains("Tornado-S");
        }
    }

    @Test
    void importRefusesBadRadiiNamingTheFeature() throws Exception {
        Path geojson = dir.resolve("bad.geojson");
        Files.writeString(geojson, """
                {"type": "Feature", "properties": {"kind": "range_ring", "radii_km": [0, 30]},
                 "geometry": {"type": "Point", "coordinates": [36.6, 50.6]}}
                """);
        assertThat(run("import", geojson.toString(), dir.resolve("bad.gpkg").toString())).isNotZero();
        assertThat(cli.err()).contains("feature 0").contains("radii_km").contains("0 is not between 0 and");
        assertThat(dir.resolve("bad.gpkg")).doesNotExist();
    }
}
