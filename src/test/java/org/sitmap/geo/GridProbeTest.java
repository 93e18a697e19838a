package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GridProbeTest {
    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void theCentreWhenTheAreaFillsTheView() throws ParseException {
        Geometry square = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        assertEquals(new Coordinate(50, 50), GridProbe.spotsInside(square, new Envelope(40, 60, 40, 60), 1).get(0));
    }

    @Test
    void theMiddleOfThePartInViewFirstThenTheNextNearest() throws ParseException {
        // The area covers the view's upper right quarter: grid steps of 10 over 0..80, inside from 40 up (the
        // points on its edge at 40 are not inside), the middle of 50..80 is 65.
        Geometry corner = wkt("POLYGON ((40 40, 200 40, 200 200, 40 200, 40 40))");
        List<Coordinate> spots = GridProbe.spotsInside(corner, new Envelope(0, 80, 0, 80), 5);
        assertEquals(5, spots.size());
        for (Coordinate c : spots) {
            assertTrue(c.x > 40 && c.y > 40, "inside: " + c);
        }
        double first = spots.get(0).distance(new Coordinate(65, 65));
        assertEquals(Math.hypot(5, 5), first, 1e-9, "one of the four points round the middle first: " + spots);
        for (int k = 1; k < spots.size(); k++) {
            assertTrue(spots.get(k).distance(new Coordinate(65, 65)) >= spots.get(k - 1).distance(
                    new Coordinate(65, 65)), "nearest first: " + spots);
        }
    }

    @Test
    void aHoleUnderTheMiddleIsNoSpot() throws ParseException {
        Geometry ring = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (35 35, 65 35, 65 65, 35 65, 35 35))");
        for (Coordinate c : GridProbe.spotsInside(ring, new Envelope(10, 90, 10, 90), 81)) {
            assertTrue(!(c.x > 35 && c.x < 65 && c.y > 35 && c.y < 65), "in the hole: " + c);
        }
    }

    @Test
    void nothingWhenTheAreaMissesEveryGridPoint() throws ParseException {
        Geometry far = wkt("POLYGON ((200 200, 300 200, 300 300, 200 300, 200 200))");
        assertEquals(List.of(), GridProbe.spotsInside(far, new Envelope(0, 100, 0, 100), 3));
        Geometry sliver = wkt("POLYGON ((1 1, 9 1, 9 9, 1 9, 1 1))");
        assertEquals(List.of(), GridProbe.spotsInside(sliver, new Envelope(0, 80, 0, 80), 3), "between grid points");
    }

    /** Vertices and flat edges lying on the grid's rows, and a multi-polygon: still the same spots as JTS finds. */
    @Test
    void verticesAndEdgesOnTheRowsAgreeWithJts() throws ParseException {
        Envelope view = new Envelope(0, 80, 0, 80);
        for (String wkt : new String[] {
            "POLYGON ((40 0, 80 40, 40 80, 0 40, 40 0))",
            "POLYGON ((0 10, 70 10, 70 30, 30 30, 30 50, 70 50, 70 70, 0 70, 0 10))",
            "MULTIPOLYGON (((0 0, 30 0, 30 30, 0 30, 0 0)), ((40 40, 80 40, 60 70, 40 40)))",
            "POLYGON ((-10 -10, 90 -10, 90 90, -10 90, -10 -10), (20 20, 60 20, 40 60, 20 20))"}) {
            Geometry area = wkt(wkt);
            assertEquals(expected(area, view, 81), GridProbe.spotsInside(area, view, 81), wkt);
        }
    }

    /** The same spots, in the same order, as testing each grid point with JTS, over random areas with holes. */
    @Test
    void agreesWithJtsOnRandomAreasAndViews() {
        Random random = new Random(7);
        for (int t = 0; t < 400; t++) {
            Geometry area = star(random, random.nextDouble() * 100, random.nextDouble() * 100);
            if (random.nextBoolean()) {
                area = area.difference(star(random, area.getCentroid().getX(), area.getCentroid().getY())
                        .buffer(-5));
            }
            double x = random.nextDouble() * 120 - 10;
            double y = random.nextDouble() * 120 - 10;
            double w = 5 + random.nextDouble() * 150;
            Envelope view = new Envelope(x, x + w, y, y + w * 0.6);
            assertEquals(expected(area, view, 6), GridProbe.spotsInside(area, view, 6), "case " + t + ": " + area);
        }
    }

    private static List<Coordinate> expected(Geometry area, Envelope view, int limit) {
        List<Coordinate> inside = new ArrayList<>();
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                Coordinate p = new Coordinate(view.getMinX() + view.getWidth() * c / 8,
                        view.getMinY() + view.getHeight() * r / 8);
                if (SimplePointInAreaLocator.locate(p, area) == Location.INTERIOR) {
                    inside.add(p);
                }
            }
        }
        Coordinate middle = new Coordinate(inside.stream().mapToDouble(p -> p.x).average().orElse(0),
                inside.stream().mapToDouble(p -> p.y).average().orElse(0));
        inside.sort(Comparator.comparingDouble(p -> p.distance(middle)));
        return inside.subList(0, Math.min(limit, inside.size()));
    }

    private static Geometry star(Random random, double cx, double cy) {
        int n = 5 + random.nextInt(40);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 10 + random.nextDouble() * 50;
            ring[i] = new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        ring[n] = ring[0];
        return GF.createPolygon(ring);
    }

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader(GF).read(text);
    }
}
