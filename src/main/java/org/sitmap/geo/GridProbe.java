package org.sitmap.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds where to name an area larger than the view: the point nearest the view's centre, on a 9 x 9 grid over the
 * view, that lies inside the area. One pass over the area's edges finds, for each of the grid's nine rows, where
 * the edges cross it; the even-odd rule then tells each grid point in or out (holes and the parts of a
 * multi-polygon included).
 *
 * <p>It replaced a JTS {@code IndexedPointInAreaLocator} kept per area and zoom band: building one costs a tree node,
 * a segment and an envelope per edge (a country's locators held about 40 MB of the window's heap) to answer 81
 * questions a frame, which a pass over the edges answers without keeping anything.
 *
 * <p>Stateless.
 */
public final class GridProbe {
    /** Grid points per side of the view. */
    static final int STEPS = 9;

    private GridProbe() {
    }

    /** The grid point of {@code view} nearest its centre inside the area {@code polygonal}; null when none is. */
    public static Coordinate nearestInside(Geometry polygonal, Envelope view) {
        double[] rows = new double[STEPS];
        double[] columns = new double[STEPS];
        for (int k = 0; k < STEPS; k++) {
            rows[k] = view.getMinY() + view.getHeight() * k / (STEPS - 1);
            columns[k] = view.getMinX() + view.getWidth() * k / (STEPS - 1);
        }
        Crossings crossings = new Crossings(rows);
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            Geometry part = polygonal.getGeometryN(p);
            if (part instanceof Polygon polygon) {
                crossings.addRing(polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    crossings.addRing(polygon.getInteriorRingN(h));
                }
            }
        }
        Coordinate centre = view.centre();
        Coordinate best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int r = 0; r < STEPS; r++) {
            double[] xs = crossings.sorted(r);
            for (double x : columns) {
                double d = Math.hypot(x - centre.x, rows[r] - centre.y);
                if (d < bestDistance && inside(xs, x)) {
                    best = new Coordinate(x, rows[r]);
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** Even-odd: inside when an odd number of crossings lie left of x; a point on an edge counts as outside. */
    private static boolean inside(double[] sortedCrossings, double x) {
        int left = 0;
        for (double c : sortedCrossings) {
            if (c == x) {
                return false;
            }
            if (c > x) {
                break;
            }
            left++;
        }
        return (left & 1) == 1;
    }

    /** Where the edges cross each row, collected in one pass over the rings. */
    private static final class Crossings {
        private final double[] rows;
        private final double[][] xs;
        private final int[] counts;

        Crossings(double[] rows) {
            this.rows = rows;
            this.xs = new double[rows.length][8];
            this.counts = new int[rows.length];
        }

        void addRing(LineString ring) {
            CoordinateSequence seq = ring.getCoordinateSequence();
            int n = seq.size();
            if (n < 2) {
                return;
            }
            double x0 = seq.getX(0);
            double y0 = seq.getY(0);
            for (int i = 1; i < n; i++) {
                double x1 = seq.getX(i);
                double y1 = seq.getY(i);
                addEdge(x0, y0, x1, y1);
                x0 = x1;
                y0 = y1;
            }
        }

        /** Half-open in y (the lower end counts, the upper does not), so a vertex on a row is crossed once. */
        private void addEdge(double x0, double y0, double x1, double y1) {
            double lo = Math.min(y0, y1);
            double hi = Math.max(y0, y1);
            if (lo == hi || hi <= rows[0] || lo > rows[rows.length - 1]) {
                return;
            }
            for (int r = 0; r < rows.length; r++) {
                double y = rows[r];
                if (y >= lo && y < hi) {
                    add(r, x0 + (y - y0) * (x1 - x0) / (y1 - y0));
                }
            }
        }

        private void add(int row, double x) {
            if (counts[row] == xs[row].length) {
                xs[row] = Arrays.copyOf(xs[row], xs[row].length * 2);
            }
            xs[row][counts[row]++] = x;
        }

        double[] sorted(int row) {
            double[] a = Arrays.copyOf(xs[row], counts[row]);
            Arrays.sort(a);
            return a;
        }
    }
}
