package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

class HitTesterTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(30, 40, 47, 54)), 600, 400);
    private final HitTester hits = new HitTester();
    private static final org.locationtech.jts.geom.Point CENTRE = new org.locationtech.jts.geom.GeometryFactory()
            .createPoint(new org.locationtech.jts.geom.Coordinate(35, 51));

    private static Annotation make(AnnotationKind kind, String wkt) {
        try {
            return Annotation.create(kind, new WKTReader().read(wkt));
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final Annotation zone = make(AnnotationKind.ZONE,
            "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))");
    private final Annotation front = make(AnnotationKind.FRONTLINE, "LINESTRING (31 48, 33 48.5, 35 48)");
    private final Annotation marker = make(AnnotationKind.MARKER, "POINT (38 52)");

    private String hitAt(List<Annotation> list, double lon, double lat, double dx, double dy) {
        Point2D p = view.lonLatToScreen(lon, lat);
        return hits.hit(list, view, p.getX() + dx, p.getY() + dy, 3);
    }

    @Test
    void insideAPolygonHitsIt() {
        assertThat(hitAt(List.of(zone, front, marker), 35, 51, 0, 0)).isEqualTo(zone.id());
    }

    @Test
    void polygonHolesAreNotInside() {
        Annotation ring = make(AnnotationKind.ZONE,
                "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50), "
                        + "(34.5 50.5, 35.5 50.5, 35.5 51.5, 34.5 51.5, 34.5 50.5))");
        assertThat(hitAt(List.of(ring), 35, 51, 0, 0)).isNull();
        assertThat(hitAt(List.of(ring), 34.2, 51, 0, 0)).isEqualTo(ring.id());
    }

    @Test
    void nearAnEdgeOutsideStillHits() {
        Point2D edge = view.lonLatToScreen(34, 51);
        assertThat(hits.hit(List.of(zone), view, edge.getX() - 3, edge.getY(), 3)).isEqualTo(zone.id());
        assertThat(hits.hit(List.of(zone), view, edge.getX() - 12, edge.getY(), 3)).isNull();
    }

    @Test
    void nearALineHitsIt() {
        assertThat(hitAt(List.of(front), 33, 48.5, 0, 4)).isEqualTo(front.id());
        assertThat(hitAt(List.of(front), 33, 48.5, 0, 30)).isNull();
    }

    @Test
    void onAMarkerHitsIt() {
        assertThat(hitAt(List.of(zone, marker), 38, 52, 3, -2)).isEqualTo(marker.id());
        assertThat(hitAt(List.of(zone, marker), 38, 52, 25, 0)).isNull();
    }

    @Test
    void amongEqualAreasTheLastDrawnWins() {
        Annotation upper = make(AnnotationKind.ZONE, "POLYGON ((34.5 50, 36.5 50, 36.5 52, 34.5 52, 34.5 50))");
        assertThat(hitAt(List.of(zone, upper), 35, 51, 0, 0)).isEqualTo(upper.id());
        assertThat(hitAt(List.of(upper, zone), 35, 51, 0, 0)).isEqualTo(zone.id());
        // Where only the lower one lies, the lower one.
        assertThat(hitAt(List.of(zone, upper), 34.2, 50.2, 0, 0)).isEqualTo(zone.id());
    }

    @Test
    void theSmallestAreaUnderTheClickWinsWhateverTheDrawingOrder() {
        Annotation oblast = make(AnnotationKind.DECLARATION, "POLYGON ((31 48, 39 48, 39 53, 31 53, 31 48))");
        Annotation evacuation = make(AnnotationKind.EVACUATION,
                "POLYGON ((34.8 50.8, 35.2 50.8, 35.2 51.2, 34.8 51.2, 34.8 50.8))");
        assertThat(hitAt(List.of(evacuation, oblast, zone), 35, 51, 0, 0)).isEqualTo(evacuation.id());
        Point2D p = view.lonLatToScreen(35, 51);
        assertThat(hits.hitStack(List.of(oblast, evacuation, zone), view, p.getX(), p.getY(), 3))
                .containsExactly(evacuation.id(), zone.id(), oblast.id());
    }

    @Test
    void linesAndPointsWinOverAreasBeneathOrAbove() {
        Annotation road = make(AnnotationKind.MOVEMENT, "LINESTRING (34.2 51, 35.8 51)");
        Annotation bigZone = make(AnnotationKind.ZONE, "POLYGON ((33 49, 37 49, 37 53, 33 53, 33 49))");
        Point2D p = view.lonLatToScreen(35, 51);
        assertThat(hits.hitStack(List.of(road, zone, bigZone), view, p.getX(), p.getY(), 3))
                .containsExactly(road.id(), zone.id(), bigZone.id());
    }

    @Test
    void repeatedClicksCycleThroughWhatIsStackedThere() {
        List<String> stack = List.of("small", "middle", "big");
        assertThat(HitTester.next(stack, null)).isEqualTo("small");
        assertThat(HitTester.next(stack, "small")).isEqualTo("middle");
        assertThat(HitTester.next(stack, "middle")).isEqualTo("big");
        assertThat(HitTester.next(stack, "big")).isEqualTo("small");
        assertThat(HitTester.next(stack, "elsewhere")).isEqualTo("small");
        assertThat(HitTester.next(List.of(), "small")).isNull();
    }

    @Test
    void aRubberBandSelectsWhatItTouchesButNotTheAreaItLiesInside() {
        Annotation bigZone = make(AnnotationKind.ZONE, "POLYGON ((31 48, 39 48, 39 53, 31 53, 31 48))");
        Point2D a = view.lonLatToScreen(34.5, 51.5);
        Point2D b = view.lonLatToScreen(38.5, 49);
        java.awt.geom.Rectangle2D band = new java.awt.geom.Rectangle2D.Double(a.getX(), a.getY(),
                b.getX() - a.getX(), b.getY() - a.getY());
        // The band crosses the zone's outline; the marker (38, 52) lies above it, the front line below it.
        assertThat(hits.inRectangle(List.of(bigZone, zone, front, marker), view, band)).containsExactly(zone.id());
        Point2D c = view.lonLatToScreen(30.5, 53.5);
        Point2D d = view.lonLatToScreen(39.5, 47.5);
        java.awt.geom.Rectangle2D all = new java.awt.geom.Rectangle2D.Double(c.getX(), c.getY(),
                d.getX() - c.getX(), d.getY() - c.getY());
        assertThat(hits.inRectangle(List.of(bigZone, zone, front, marker), view, all))
                .containsExactly(bigZone.id(), zone.id(), front.id(), marker.id());
    }

    @Test
    void farAwayMissesEverything() {
        assertThat(hitAt(List.of(zone, front, marker), 31, 53, 0, 0)).isNull();
    }

    @Test
    void evacuationCircleIsHitInsideItsRadius() {
        Annotation evac = Annotation.builder(AnnotationKind.EVACUATION, CENTRE)
                .attribute(Annotation.RADIUS_KM, 50.0).build();
        // 50 km is about 0.45 degrees of latitude.
        assertThat(hitAt(List.of(evac), 35, 51.35, 0, 0)).isEqualTo(evac.id());
        assertThat(hitAt(List.of(evac), 35, 51.6, 0, 0)).isNull();
    }

    @Test
    void rotatedLabelIsHitAlongItsText() {
        Annotation label = make(AnnotationKind.LABEL, "POINT (35 51)").withTitle("DNIPRO RIVER")
                .withAttribute(Annotation.ROTATION, 90.0);
        // Turned upright: 35 px above the centre is on the text, 35 px to the right is not.
        assertThat(hitAt(List.of(label), 35, 51, 0, -35)).isEqualTo(label.id());
        assertThat(hitAt(List.of(label), 35, 51, 35, 0)).isNull();
    }

    @Test
    void movementArrowIsHitOnItsCurveAndItsHead() {
        Annotation arrow = make(AnnotationKind.MOVEMENT, "LINESTRING (31 48, 33 50, 35 48)");
        // The smooth curve passes through the middle vertex.
        assertThat(hitAt(List.of(arrow), 33, 50, 0, 0)).isEqualTo(arrow.id());
        assertThat(hitAt(List.of(arrow), 35, 48, 0, 0)).isEqualTo(arrow.id());
        assertThat(hitAt(List.of(arrow), 33, 48, 0, 0)).isNull();
    }

    @Test
    void vertexAndEdgeAreFoundAtTwoZooms() {
        Annotation line = make(AnnotationKind.FRONTLINE, "LINESTRING (34 50, 34.02 50.01, 34.04 50)");
        Point2D c = view.lonLatToScreen(34.02, 50.005);
        // At this view the vertices are a pixel apart; at 16 and 64 times closer, 19 and 77 pixels.
        for (Viewport v : List.of(view.zoomedAt(16, c.getX(), c.getY()),
                view.zoomedAt(64, c.getX(), c.getY()))) {
            Point2D v1 = v.lonLatToScreen(34.02, 50.01);
            Point2D v2 = v.lonLatToScreen(34.04, 50);
            assertThat(hits.vertexAt(line, v, v1.getX() + 2, v1.getY() - 1, 4)).isEqualTo(1);
            assertThat(hits.vertexAt(line, v, v2.getX(), v2.getY() + 3, 4)).isEqualTo(2);
            assertThat(hits.vertexAt(line, v, v1.getX() + 40, v1.getY() + 40, 4)).isEqualTo(-1);
        }
        // Zoomed out, the vertices are a few pixels apart: only zoomed in is a mid-edge click on the edge alone.
        Viewport zoomed = view.zoomedAt(64, c.getX(), c.getY());
        Point2D a = zoomed.lonLatToScreen(34.03, 50.005);
        assertThat(hits.edgeAt(line, zoomed, a.getX(), a.getY() + 2, 4)).isEqualTo(1);
        assertThat(hits.vertexAt(line, zoomed, a.getX(), a.getY() + 2, 4)).isEqualTo(-1);
        Point2D b = zoomed.lonLatToScreen(34.01, 50.005);
        assertThat(hits.edgeAt(line, zoomed, b.getX(), b.getY(), 4)).isEqualTo(0);
        assertThat(hits.edgeAt(line, zoomed, b.getX(), b.getY() + 50, 4)).isEqualTo(-1);
    }

    @Test
    void polygonVerticesAndEdgesIndexIntoItsCoordinates() {
        Annotation holed = make(AnnotationKind.ZONE,
                "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50), "
                        + "(34.5 50.5, 35.5 50.5, 35.5 51.5, 34.5 51.5, 34.5 50.5))");
        for (Viewport v : List.of(view, view.zoomedAt(3, 300, 200))) {
            Point2D hole2 = v.lonLatToScreen(35.5, 51.5);
            // Exterior ring has 5 coordinates (0..4), the hole starts at 5: its third vertex is 7.
            assertThat(hits.vertexAt(holed, v, hole2.getX(), hole2.getY(), 4)).isEqualTo(7);
            Point2D first = v.lonLatToScreen(34, 50);
            assertThat(hits.vertexAt(holed, v, first.getX(), first.getY(), 4)).isZero();
            Point2D eastEdge = v.lonLatToScreen(36, 51);
            assertThat(hits.edgeAt(holed, v, eastEdge.getX() + 1, eastEdge.getY(), 4)).isEqualTo(1);
            Point2D holeSouth = v.lonLatToScreen(35, 50.5);
            assertThat(hits.edgeAt(holed, v, holeSouth.getX(), holeSouth.getY() - 1, 4)).isEqualTo(5);
        }
    }

    @Test
    void edgeOfASmoothedArrowMapsBackToTheClickedSegment() {
        Annotation arrow = make(AnnotationKind.MOVEMENT, "LINESTRING (31 48, 33 50, 35 48, 37 50)");
        ScreenLine curve = AnnotationShapes.drawnLine(arrow, view);
        for (int segment = 0; segment < 3; segment++) {
            // The middle sample of the curve's span along this clicked segment, nudged off the curve by 3 px.
            int first = -1;
            int last = -1;
            for (int i = 0; i < curve.size - 1; i++) {
                if (curve.source[i] == segment) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            int mid = (first + last) / 2;
            assertThat(hits.edgeAt(arrow, view, curve.x[mid], curve.y[mid] + 3, 6)).isEqualTo(segment);
        }
        // The chord's middle is not on the curve where the curve bows away from it.
        Point2D v2 = view.lonLatToScreen(35, 48);
        Point2D v3 = view.lonLatToScreen(37, 50);
        double d = curve.distance((v2.getX() + v3.getX()) / 2, (v2.getY() + v3.getY()) / 2, null);
        assertThat(hits.edgeAt(arrow, view, (v2.getX() + v3.getX()) / 2, (v2.getY() + v3.getY()) / 2, d / 2))
                .isEqualTo(-1);
    }

    @Test
    void manyAnnotationsAreCulledAndStillExact() {
        List<Annotation> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double lon = 30 + (i % 40) * 0.25;
            double lat = 47 + (i / 40) * 0.25;
            many.add(make(AnnotationKind.ZONE, String.format(java.util.Locale.ROOT,
                    "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))", lon, lat, lon + 0.1, lat, lon + 0.1, lat + 0.1,
                    lon, lat + 0.1, lon, lat)));
        }
        Annotation target = many.get(517);
        double lon = 30 + (517 % 40) * 0.25 + 0.05;
        double lat = 47 + (517 / 40) * 0.25 + 0.05;
        assertThat(hitAt(many, lon, lat, 0, 0)).isEqualTo(target.id());
        Point2D gap = view.lonLatToScreen(lon + 0.125, lat);
        assertThat(hits.hit(many, view, gap.getX(), gap.getY(), 1)).isNull();
    }

    @Test
    void negativeToleranceIsRejected() {
        assertThatThrownBy(() -> hits.hit(List.of(zone), view, 0, 0, -1)).hasMessageContaining("Tolerance");
    }
}
