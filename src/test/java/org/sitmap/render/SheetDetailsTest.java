package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.LabelPins;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.Side;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheetLoader;
import org.sitmap.style.StyleSheets;

/**
 * The details painters once drew with fixed values (the arrow's dark edge, the dash of a reported arrow's body, the
 * dot of an arrow too short to draw, the flag's staff and ring, the POW lettering) follow the style sheet: a sheet
 * that changes one of them changes the picture, and in the asked colour.
 */
class SheetDetailsTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    /** A colour no shipped sheet uses, so finding it proves the painter took it from the sheet. */
    private static final String PROBE = "#00C000";
    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(34, 36, 50, 51.2)), 500, 300);

    /** The default sheet with {@code from} (which must occur in it) replaced by {@code to}. */
    private static StyleSheet classicWith(String from, String to) throws Exception {
        String text;
        try (InputStream in = StyleSheets.class.getResourceAsStream("classic.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text).contains(from);
        String changed = text.replace(from, to);
        return StyleSheetLoader.load(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "probe.json");
    }

    private BufferedImage render(StyleSheet sheet, double dpi, Annotation a) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        RenderOptions o = new RenderOptions(dpi, Color.WHITE, false, List.of(), false).withStyleSheet(sheet);
        new AnnotationPainter().paint(DrawSurface.java2d(g), view, List.of(a), o, null);
        g.dispose();
        return img;
    }

    /** {@code a} drawn with its label at 96 dpi. */
    private BufferedImage renderLabelled(StyleSheet sheet, Annotation a) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        RenderOptions o = new RenderOptions(96, Color.WHITE, true, List.of(), false).withStyleSheet(sheet);
        new AnnotationPainter().paint(DrawSurface.java2d(g), view, List.of(a), o, null);
        g.dispose();
        return img;
    }

    /** Pixels within 12 per channel of {@code hex}. */
    private static int pixelsNear(BufferedImage img, String hex) {
        int want = Integer.parseInt(hex.substring(1), 16);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((want >> 16) & 255)) <= 12
                        && Math.abs(((p >> 8) & 255) - ((want >> 8) & 255)) <= 12
                        && Math.abs((p & 255) - (want & 255)) <= 12) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int pixelsNotWhite(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aLeaderLineTakesItsCasingFromTheSheet() throws Exception {
        // A label pinned away from its marker is joined to it by a leader line on a casing.
        Annotation pinned = LabelPins.pinned(Annotation.builder(AnnotationKind.MARKER,
                new WKTReader().read("POINT (34.5 50.4)")).side(Side.RUSSIA).title("Pinned far away").build()
                .withAttribute(Annotation.SYMBOL, "dot"), 35.6, 50.9);
        StyleSheet probe = classicWith("\"leader-casing\": \"#FFFFFFC8\", \"leader-casing-width\": 2.2",
                "\"leader-casing\": \"" + PROBE + "\", \"leader-casing-width\": 6");
        assertThat(pixelsNear(renderLabelled(StyleSheets.standard(), pinned), PROBE)).isZero();
        assertThat(pixelsNear(renderLabelled(probe, pinned), PROBE)).as("the casing in the sheet's colour")
                .isGreaterThan(40);
    }

    @Test
    void openedLayersTakeTheirPointRimFromTheSheet() throws Exception {
        StyleSheet probe = classicWith("\"symbol-outline\": \"#FFFFFF\", \"symbol-outline-width\": 1}",
                "\"symbol-outline\": \"" + PROBE + "\", \"symbol-outline-width\": 2.5}");
        LayerStyle style = BaseMapStyles.userLayer(probe, 0);
        assertThat(style.pointRim()).isEqualTo(0xFF000000 | Integer.parseInt(PROBE.substring(1), 16));
        assertThat(style.pointRimWidth()).isEqualTo(2.5f);
    }

    private static Annotation marker(String symbol) throws ParseException {
        return Annotation.builder(AnnotationKind.MARKER, new WKTReader().read("POINT (35 50.6)")).side(Side.RUSSIA)
                .build().withAttribute(Annotation.SYMBOL, symbol);
    }

    private static Annotation arrow(String wkt, Confidence confidence) throws ParseException {
        return Annotation.builder(AnnotationKind.MOVEMENT, new WKTReader().read(wkt)).side(Side.UKRAINE)
                .confidence(confidence).build();
    }

    @Test
    void thePowLetteringTakesTheSheetsDetailColour() throws Exception {
        StyleSheet probe = classicWith("\"symbol\": \"pow\", \"symbol-size\": 11.5, \"symbol-detail\": \"#FFFFFF\"",
                "\"symbol\": \"pow\", \"symbol-size\": 11.5, \"symbol-detail\": \"" + PROBE + "\"");
        assertThat(pixelsNear(render(StyleSheets.standard(), 300, marker("pow")), PROBE)).isZero();
        assertThat(pixelsNear(render(probe, 300, marker("pow")), PROBE)).isGreaterThan(20);
    }

    @Test
    void theFlagsStaffAndRingTakeTheSheetsDetailColourAndRimWidth() throws Exception {
        StyleSheet probe = classicWith("\"symbol-detail\": \"darken(side, 0.6)\"",
                "\"symbol-detail\": \"" + PROBE + "\"");
        assertThat(pixelsNear(render(StyleSheets.standard(), 300, marker("flag")), PROBE)).isZero();
        assertThat(pixelsNear(render(probe, 300, marker("flag")), PROBE)).isGreaterThan(20);
        StyleSheet wideRim = classicWith("\"detail-casing-width\": 1.0", "\"detail-casing-width\": 4.0");
        assertThat(differingPixels(render(wideRim, 300, marker("flag")),
                render(StyleSheets.standard(), 300, marker("flag")))).isGreaterThan(20);
    }

    @Test
    void theArrowsEdgeTakesTheSheetsStrokeColour() throws Exception {
        StyleSheet probe = classicWith("\"stroke\": \"darken(side, 0.75)\"", "\"stroke\": \"" + PROBE + "\"");
        Annotation a = arrow("LINESTRING (34.3 50.3, 35.7 50.9)", Confidence.CONFIRMED);
        assertThat(pixelsNear(render(StyleSheets.standard(), 300, a), PROBE)).isZero();
        assertThat(pixelsNear(render(probe, 300, a), PROBE)).isGreaterThan(50);
    }

    @Test
    void aReportedArrowsBodyIsCutByTheSheetsDash() throws Exception {
        StyleSheet longDashes = classicWith("\"dash\": [9, 5]", "\"dash\": [30, 5]");
        Annotation a = arrow("LINESTRING (34.3 50.3, 35.7 50.9)", Confidence.REPORTED);
        assertThat(differingPixels(render(longDashes, 96, a), render(StyleSheets.standard(), 96, a)))
                .isGreaterThan(20);
    }

    @Test
    void anArrowTooShortToDrawIsADotOfTheSheetsSize() throws Exception {
        StyleSheet bigDot = classicWith("\"symbol-size\": 3.3, \"symbol-outline-width\": 1.4}",
                "\"symbol-size\": 9.9, \"symbol-outline-width\": 1.4}");
        Annotation a = arrow("LINESTRING (35 50.6, 35.000001 50.6)", Confidence.CONFIRMED);
        int small = pixelsNotWhite(render(StyleSheets.standard(), 96, a));
        int big = pixelsNotWhite(render(bigDot, 96, a));
        assertThat(small).isPositive();
        // Three times the radius: about nine times the ink.
        assertThat(big).isGreaterThan(5 * small);
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
