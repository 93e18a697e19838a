package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.style.Style;
import org.sitmap.style.StyleColour;
import org.sitmap.style.StyleKey;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * The draw order a cartographer would choose: translucent area fills never tint each other (a captured zone under
 * or over an evacuation area keeps the sheet's colour), and symbols and lines sit over every fill whatever their
 * place in the list. Expected colours are asked of the sheet; both shipped sheets and both drawing paths.
 */
class DrawOrderTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(33, 39, 49, 53)), 600, 400);

    static List<Object[]> cases() {
        return StyleSheets.all().stream().flatMap(s -> java.util.stream.Stream.of(new Object[] {s, true},
                new Object[] {s, false})).toList();
    }

    private static Annotation zone() throws ParseException {
        return Annotation.builder(AnnotationKind.ZONE, new WKTReader().read(
                "POLYGON ((34 50, 36.5 50, 36.5 52, 34 52, 34 50))")).side(Side.UKRAINE)
                .status(ZoneStatus.ASSESSED_CONTROL).confidence(Confidence.CONFIRMED).build();
    }

    private static Annotation evacuation() throws ParseException {
        return Annotation.builder(AnnotationKind.EVACUATION, new WKTReader().read(
                "POLYGON ((35.5 49.5, 38 49.5, 38 52.5, 35.5 52.5, 35.5 49.5))")).side(Side.RUSSIA)
                .confidence(Confidence.CONFIRMED).build();
    }

    private BufferedImage render(StyleSheet sheet, boolean pixels, List<Annotation> annotations) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        DrawSurface surface = pixels ? DrawSurface.of(g, img) : DrawSurface.java2d(g);
        RenderOptions o = new RenderOptions(96, Color.WHITE, false, List.of(), false).withStyleSheet(sheet);
        new AnnotationPainter().paint(surface, view, annotations, o, null);
        g.dispose();
        return img;
    }

    /** The sheet's fill of {@code a} laid over white. */
    private static int fillOverWhite(StyleSheet sheet, Annotation a) {
        Style st = sheet.lookup(new StyleKey(a.kind().code(), a.side().code(),
                a.status() == null ? null : a.status().code(), a.confidence().code(), null, false));
        StyleColour c = st.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY);
        double alpha = c.alpha() / 255.0;
        int out = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            out |= (int) Math.round(255 * (1 - alpha) + ((c.argb() >> shift) & 255) * alpha) << shift;
        }
        return out;
    }

    private int at(BufferedImage img, double lon, double lat) {
        Point2D p = view.lonLatToScreen(lon, lat);
        return img.getRGB((int) p.getX(), (int) p.getY());
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 255) - ((b >> shift) & 255)));
        }
        return d;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aZoneKeepsItsColourWhereAnEvacuationAreaCoversIt(StyleSheet sheet, boolean pixels) throws ParseException {
        Annotation zone = zone();
        Annotation evacuation = evacuation();
        int zoneColour = fillOverWhite(sheet, zone);
        int evacuationColour = fillOverWhite(sheet, evacuation);
        assertThat(distance(zoneColour, evacuationColour)).as("the two fills differ, so a tint would show")
                .isGreaterThan(20);
        for (List<Annotation> order : List.of(List.of(zone, evacuation), List.of(evacuation, zone))) {
            BufferedImage img = render(sheet, pixels, order);
            assertThat(distance(at(img, 36, 51), zoneColour)).as("the overlap, drawn in the order %s", order)
                    .isLessThanOrEqualTo(2);
            assertThat(distance(at(img, 35, 51), zoneColour)).as("the zone alone").isLessThanOrEqualTo(2);
            assertThat(distance(at(img, 37.5, 51), evacuationColour)).as("the evacuation area alone")
                    .isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void groundAssessedAsHeldKeepsItsFillInsideAWiderClaimListedAfterIt(StyleSheet sheet, boolean pixels)
            throws ParseException {
        Annotation held = zone();
        Annotation claim = Annotation.builder(AnnotationKind.ZONE, new WKTReader().read(
                "POLYGON ((33.5 49.5, 38 49.5, 38 52.5, 33.5 52.5, 33.5 49.5))")).side(Side.UKRAINE)
                .status(ZoneStatus.CLAIMED).confidence(Confidence.REPORTED).build();
        BufferedImage img = render(sheet, pixels, List.of(held, claim));
        // Sampled in several places so that no hatch line of the claim can hide a tint.
        for (double lon = 34.5; lon <= 36; lon += 0.25) {
            assertThat(distance(at(img, lon, 51), fillOverWhite(sheet, held))).as("assessed ground at %s", lon)
                    .isLessThanOrEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aSymbolListedBeforeAZoneIsDrawnOverItsFill(StyleSheet sheet, boolean pixels) throws ParseException {
        Annotation marker = Annotation.builder(AnnotationKind.MARKER, new WKTReader().read("POINT (35 51)"))
                .side(Side.RUSSIA).build();
        BufferedImage img = render(sheet, pixels, List.of(marker, zone()));
        int side = sheet.sideColour(Side.RUSSIA.code()).argb();
        assertThat(distance(at(img, 35, 51), side)).as("the marker's middle is its side's colour, untinted")
                .isLessThanOrEqualTo(2);
    }
}
