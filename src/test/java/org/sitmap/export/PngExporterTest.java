package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.Side;
import org.sitmap.style.StyleSheets;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngExporterTest {
    static final Envelope KURSK = new Envelope(32.0, 38.5, 49.5, 52.6);
    static ExportContent content;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBaseMap() {
        content = ExportContent.withBaseMap(List.of(), List.of(ExportSamples.zone()), null, () -> false);
    }

    private static ExportSpec spec(PageSize page) {
        return ExportSpec.of(KURSK, page, ExportFormat.PNG).withTitle("Kursk incursion")
                .withSituationDate(ExportSamples.DAY);
    }

    @Test
    void writesImageOfRequestedSizeWithDpiInPhysChunk() throws IOException {
        Path out = dir.resolve("map.png");
        ExportSpec spec = spec(PageSize.pixels(1000, 700, 150));
        new PngExporter().export(new MapComposer(spec, content), out, null, () -> false);

        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(1000);
            assertThat(reader.getHeight(0)).isEqualTo(700);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Element phys = child(root, "pHYs");
            assertThat(phys).as("pHYs chunk").isNotNull();
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            double dpi = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
            assertThat(dpi).isCloseTo(150, org.assertj.core.data.Offset.offset(0.1));
            reader.dispose();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("map.png");
    }

    @Test
    void zoneIsFilledAtItsProjectedPositionAndShownInTheLegend() throws IOException {
        ExportSpec spec = spec(PageSize.hd());
        MapComposer composer = new MapComposer(spec, content);
        Path out = dir.resolve("zone.png");
        new PngExporter().export(composer, out, null, () -> false);
        BufferedImage img = ImageIO.read(out.toFile());

        MapLayout layout = composer.layout();
        Rectangle frame = layout.mapFrame();
        Point2D a = layout.viewport().lonLatToScreen(34.75, 51.55);
        Point2D b = layout.viewport().lonLatToScreen(35.75, 50.95);
        Rectangle2D zone = new Rectangle2D.Double(frame.x + a.getX() + 4, frame.y + a.getY() + 4,
                b.getX() - a.getX() - 8, b.getY() - a.getY() - 8);
        assertThat(zone.getWidth()).isGreaterThan(40);
        assertThat(Pixels.share(img, zone, Pixels::bluish)).as("blue share inside the zone").isGreaterThan(0.5);
        Rectangle2D elsewhere = new Rectangle2D.Double(zone.getX() + 2.5 * zone.getWidth(), zone.getY(),
                zone.getWidth(), zone.getHeight());
        assertThat(Pixels.share(img, elsewhere, Pixels::bluish)).as("blue share beside it").isLessThan(0.1);

        Rectangle2D legend = layout.legendBox();
        assertThat(legend).isNotNull();
        assertThat(layout.legendEntries()).extracting(e -> e.label()).containsExactly("Ukraine: assessed control");
        assertThat(Pixels.count(img, legend, new Color(StyleSheets.standard().sideColour(Side.UKRAINE.code()).argb()), 30)).as("side colour in the legend")
                .isGreaterThan(20);
    }

    @Test
    void titleIsDrawnInTheTitleBlock() {
        ExportSpec spec = spec(PageSize.hd());
        MapComposer titled = new MapComposer(spec, content);
        BufferedImage withTitle = new PngExporter().render(titled, () -> false);
        Rectangle2D block = titled.layout().titleBlock();
        assertThat(block).isNotNull();
        // The accent bar is dark too; look right of it.
        Rectangle2D text = new Rectangle2D.Double(block.getX() + 12, block.getY(), block.getWidth() - 12,
                block.getHeight());
        double dark = Pixels.share(withTitle, text, Pixels::dark);
        assertThat(dark).as("dark share of the title block").isGreaterThan(0.03);

        MapComposer other = new MapComposer(spec.withTitle("Another title altogether"), content);
        BufferedImage otherTitle = new PngExporter().render(other, () -> false);
        assertThat(differing(withTitle, otherTitle, text)).as("pixels that change with the title").isGreaterThan(200);
    }

    @Test
    void cancelledExportLeavesNoFile() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        ExportSpec spec = spec(PageSize.hd());
        Path out = dir.resolve("cancelled.png");
        assertThatThrownBy(() -> new PngExporter().export(new MapComposer(spec, content), out, null,
                () -> calls.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void largestPageFitsInTwoGigabytes() throws IOException {
        Path out = dir.resolve("huge.png");
        ExportSpec spec = ExportSpec.of(KURSK, PageSize.pixels(8192, 8192, 300), ExportFormat.PNG)
                .withTitle("8192 square");
        new PngExporter().export(new MapComposer(spec, content), out, null, () -> false);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(8192);
            assertThat(reader.getHeight(0)).isEqualTo(8192);
            reader.dispose();
        }
    }

    @Test
    void rejectsPagesLargerThan8192Square() {
        assertThatThrownBy(() -> PageSize.pixels(9000, 9000, 96)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
        assertThat(PageSize.pixels(8192, 8192, 96).width()).isEqualTo(8192);
    }

    private static long differing(BufferedImage a, BufferedImage b, Rectangle2D r) {
        long n = 0;
        for (int y = (int) r.getMinY(); y < (int) r.getMaxY(); y++) {
            for (int x = (int) r.getMinX(); x < (int) r.getMaxX(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Element child(Node root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (Element) n;
            }
        }
        return null;
    }
}
