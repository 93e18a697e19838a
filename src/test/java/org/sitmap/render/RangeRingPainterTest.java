package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.geo.Geodesy;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.style.StyleKey;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheets;

/** Range rings drawn at their true geodesic distances, labelled, in the legend and hit on their lines. */
class RangeRingPainterTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private static final RenderOptions OPTIONS = new RenderOptions(96, Color.WHITE, true, List.of(), false);
    private static final double LON = 36.6;
    private static final double LAT = 50.6;

    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(34.8, 38.4, 49.6, 51.6)), 800,
            600);

    private static Annotation ring(Side side, Object radii) {
        return Annotation.builder(AnnotationKind.RANGE_RING, new GeometryFactory().createPoint(new Coordinate(LON, LAT)))
                .id("ring").title("Tornado-S").side(side).attribute(Annotation.RADII_KM, radii).build();
    }

    private BufferedImage render(Annotation... annotations) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        new AnnotationPainter().paint(DrawSurface.java2d(g), view, List.of(annotations), OPTIONS, new LabelPlacer(view.width(),
                view.height()));
        g.dispose();
        return img;
    }

    /** Largest channel difference between two colours. */
    private static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)), Math.max(
                Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
    }

    /** Whether a pixel near the side's colour lies within {@code r} pixels of p. */
    private static boolean sideColourNear(BufferedImage img, Point2D p, int r, int colour) {
        for (int y = (int) p.getY() - r; y <= (int) p.getY() + r; y++) {
            for (int x = (int) p.getX() - r; x <= (int) p.getX() + r; x++) {
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight()
                        && distance(img.getRGB(x, y), colour) < 40) {
                    return true;
                }
            }
        }
        return false;
    }

    private Point2D at(double bearing, double km) {
        Coordinate c = Geodesy.destination(LON, LAT, bearing, km);
        return view.lonLatToScreen(c.x, c.y);
    }

    /** The ring's line colour as the standard style sheet gives it. */
    private static int stroke(Side side) {
        return StyleSheets.standard().lookup(StyleKey.of("range_ring", side.code())).colour(StyleProperty.STROKE)
                .rgb();
    }

    @Test
    void ringsLieAtTheirGeodesicDistanceAndNowhereBetween() {
        int russia = stroke(Side.RUSSIA);
        // Untitled: the title beside the centre would cover part of the inner ring.
        BufferedImage img = render(ring(Side.RUSSIA, List.of(20L, 60L)).withTitle(""));
        for (double km : new double[] {20, 60}) {
            for (double bearing : new double[] {45, 90, 135, 180, 225, 270}) {
                assertThat(sideColourNear(img, at(bearing, km), 2, russia))
                        .as("ring of %s km at bearing %s", km, bearing).isTrue();
            }
        }
        for (double bearing : new double[] {90, 180, 270}) {
            assertThat(sideColourNear(img, at(bearing, 40), 6, russia)).as("between the rings").isFalse();
            assertThat(sideColourNear(img, at(bearing, 80), 6, russia)).as("outside the rings").isFalse();
            assertThat(sideColourNear(img, at(bearing, 10), 6, russia)).as("inside the smallest").isFalse();
        }
    }

    @Test
    void eachRingHasItsDistanceWrittenNorthOfTheCentre() {
        BufferedImage img = render(ring(Side.UKRAINE, List.of(30L)));
        Point2D north = at(0, 30);
        int dark = 0;
        for (int y = (int) north.getY() - 10; y < north.getY() + 10; y++) {
            for (int x = (int) north.getX() - 25; x < north.getX() + 25; x++) {
                int c = img.getRGB(x, y);
                if (((c >> 16) & 255) + ((c >> 8) & 255) + (c & 255) < 300) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("text \"30 km\" at the ring's north").isGreaterThan(20);
    }

    @Test
    void legendHasARangeRingEntryAndItsSwatchShowsTheRing() {
        Annotation reported = ring(Side.RUSSIA, List.of(15L)).withConfidence(Confidence.REPORTED);
        List<LegendEntry> legend = AnnotationPainter.legendFor(List.of(ring(Side.RUSSIA, List.of(15L)), reported));
        assertThat(legend).extracting(LegendEntry::label)
                .containsExactly("Russia: range ring", "Russia: range ring (reported)");
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        AnnotationPainter.paintSwatch(g, legend.get(0), new Rectangle2D.Double(10, 5, 40, 30), OPTIONS);
        g.dispose();
        int coloured = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                coloured += distance(img.getRGB(x, y), stroke(Side.RUSSIA)) < 40 ? 1 : 0;
            }
        }
        assertThat(coloured).as("ring lines in the side's colour").isGreaterThan(30);
        assertThat(distance(img.getRGB(30, 20), stroke(Side.RUSSIA))).as("open in the middle").isGreaterThan(40);
    }

    @Test
    void aClickHitsTheRingLinesAndTheCentreButNotTheGroundBetween() {
        List<Annotation> list = List.of(ring(Side.RUSSIA, List.of(20L, 60L)));
        HitTester hits = new HitTester();
        Point2D onOuter = at(90, 60);
        Point2D between = at(90, 40);
        Point2D centre = view.lonLatToScreen(LON, LAT);
        assertThat(hits.hit(list, view, onOuter.getX(), onOuter.getY(), 3)).isEqualTo("ring");
        assertThat(hits.hit(list, view, centre.getX(), centre.getY(), 3)).isEqualTo("ring");
        assertThat(hits.hit(list, view, between.getX(), between.getY(), 3)).isNull();
    }
}
