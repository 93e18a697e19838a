package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    void theCentreWhenItIsInside() throws ParseException {
        Geometry square = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        assertEquals(new Coordinate(50, 50), GridProbe.nearestInside(square, new Envelope(40, 60, 40, 60)));
    }

    @Test
    void aHoleUnderTheCentreSendsTheLabelToTheNearestPointOutsideIt() throws ParseException {
        // The view is 80 wide: grid steps of 10. The hole covers the centre (50, 50) and its eight neighbours.
        Geometry ring = wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0), (35 35, 65 35, 65 65, 35 65, 35 35))");
        Coordinate c = GridProbe.nearestInside(ring, new Envelope(10, 90, 10, 90));
        assertEquals(20.0, Math.hypot(c.x - 50, c.y - 50), 1e-9, "two steps from the centre: " + c);
    }

    @Test
    void aPartOfAMultiPolygonCounts() throws ParseException {
        Geometry two = wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((80 80, 100 80, 100 100, 80 100, 80 80)))");
        // Grid steps of 41 / 8: the point nearest the centre inside the far square is the seventh on each axis.
        double seventh = 45 + 41 * 7 / 8.0;
        assertEquals(new Coordinate(seventh, seventh), GridProbe.nearestInside(two, new Envelope(45, 86, 45, 86)));
    }

    @Test
    void nothingWhenTheAreaMissesEveryGridPoint() throws ParseException {
        Geometry far = wkt("POLYGON ((200 200, 300 200, 300 300, 200 300, 200 200))");
        assertNull(GridProbe.nearestInside(far, new Envelope(0, 100, 0, 100)));
        Geometry sliver = wkt("POLYGON ((1 1, 9 1, 9 9, 1 9, 1 1))");
        assertNull(GridProbe.nearestInside(sliver, new Envelope(0, 80, 0, 80)), "between grid points");
    }

    /** The same answer as testing each grid point with JTS, over random star-shaped areas with holes and views. */
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
            assertEquals(expected(area, view), GridProbe.nearestInside(area, view), "case " + t + ": " + area);
        }
    }

    private static Coordinate expected(Geometry area, Envelope view) {
        Coordinate best = null;
        double bestDistance = Double.MAX_VALUE;
        Coordinate centre = view.centre();
        for (int r = 0; r < 9; r++) {
            for (int c = 0; c < 9; c++) {
                Coordinate p = new Coordinate(view.getMinX() + view.getWidth() * c / 8,
                        view.getMinY() + view.getHeight() * r / 8);
                double d = Math.hypot(p.x - centre.x, p.y - centre.y);
                if (d < bestDistance && SimplePointInAreaLocator.locate(p, area) == Location.INTERIOR) {
                    best = p;
                    bestDistance = d;
                }
            }
        }
        return best;
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
