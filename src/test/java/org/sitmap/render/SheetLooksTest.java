package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.style.StyleColour;
import org.sitmap.style.StyleKey;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * Annotations are drawn in the frame's style sheet, not a fixed one: every expected colour is asked of the sheet,
 * and the second shipped sheet must look different from the default where they differ.
 */
class SheetLooksTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(30, 40, 47, 54)), 600, 400);

    private static StyleSheet other() {
        return StyleSheets.all().stream().filter(s -> !s.id().equals(StyleSheets.standard().id())).findFirst()
                .orElseThrow();
    }

    private static RenderOptions options(StyleSheet sheet) {
        return new RenderOptions(96, Color.WHITE, true, List.of(), false).withStyleSheet(sheet);
    }

    private static Annotation zone(Side side) throws ParseException {
        return Annotation.builder(AnnotationKind.ZONE, new WKTReader().read("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"))
                .side(side).status(ZoneStatus.ASSESSED_CONTROL).confidence(Confidence.CONFIRMED).build();
    }

    private BufferedImage render(StyleSheet sheet, Annotation a) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        new AnnotationPainter().paint(DrawSurface.java2d(g), view, List.of(a), options(sheet), null);
        g.dispose();
        return img;
    }

    /** The sheet's fill of a confirmed zone of assessed control for {@code side}, laid over white. */
    private static int fillOverWhite(StyleSheet sheet, Side side) {
        StyleColour c = sheet.lookup(StyleKey.of("zone", side.code()).withStatus("assessed_control")
                .withConfidence("confirmed")).paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY);
        double a = c.alpha() / 255.0;
        int r = (int) Math.round(255 * (1 - a) + c.red() * a);
        int g = (int) Math.round(255 * (1 - a) + c.green() * a);
        int b = (int) Math.round(255 * (1 - a) + c.blue() * a);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)), Math.max(
                Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ukraine", "russia", "other"})
    void aZoneOfEverySideIsFilledAsTheFramesSheetSays(String code) throws ParseException {
        Side side = Side.of(code);
        Point2D inside = view.lonLatToScreen(35, 51);
        int classic = render(StyleSheets.standard(), zone(side)).getRGB((int) inside.getX(), (int) inside.getY());
        int second = render(other(), zone(side)).getRGB((int) inside.getX(), (int) inside.getY());

        assertThat(distance(classic, fillOverWhite(StyleSheets.standard(), side))).isLessThanOrEqualTo(2);
        assertThat(distance(second, fillOverWhite(other(), side))).as("the %s sheet's fill", other().id())
                .isLessThanOrEqualTo(2);
        assertThat(distance(second, classic)).as("differs from the default sheet").isGreaterThan(8);
    }

    @Test
    void theLegendSwatchTakesTheSheetOfItsOptions() throws ParseException {
        Side side = Side.RUSSIA;
        LegendEntry entry = LegendEntry.of(zone(side));
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        AnnotationPainter.paintSwatch(g, entry, new Rectangle2D.Double(0, 0, 60, 40), options(other()));
        g.dispose();

        assertThat(distance(img.getRGB(30, 20), fillOverWhite(other(), side))).isLessThanOrEqualTo(2);
    }

    @Test
    void aFrontlineIsDrawnInTheSheetsStrokeColour() throws ParseException {
        Annotation front = Annotation.builder(AnnotationKind.FRONTLINE, new WKTReader().read("LINESTRING (32 51, 38 51)"))
                .side(Side.UKRAINE).confidence(Confidence.CONFIRMED).build();
        StyleSheet sheet = other();
        int stroke = sheet.lookup(StyleKey.of("frontline", Side.UKRAINE.code()).withConfidence("confirmed"))
                .colour(StyleProperty.STROKE).argb();
        Point2D on = view.lonLatToScreen(35, 51);
        BufferedImage img = render(sheet, front);
        int best = 255;
        for (int dy = -1; dy <= 1; dy++) {
            best = Math.min(best, distance(img.getRGB((int) on.getX(), (int) on.getY() + dy), stroke));
        }
        assertThat(best).isLessThanOrEqualTo(3);
        assertThat(distance(stroke, StyleSheets.standard().sideColour(Side.UKRAINE.code()).argb()))
                .as("the sheets differ here, so the test tells them apart").isGreaterThan(8);
    }
}
