package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds where to name an area whose own label point is out of view: the points on a 9 x 9 grid over the view that
 * lie inside the area, nearest the middle of those points (the middle of the part in view) first. Russia seen
 * from Kursk is so named around Penza, in its own land, rather than at the view's centre among the front's labels. One pass over the area's edges finds, for each of the grid's nine rows, where
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

    /**
     * The grid points of {@code view} inside the area {@code polygonal}, nearest their middle first, at most
     * {@code limit} of them; none when no grid point is inside.
     */
    public static List<Coordinate> spotsInside(Geometry polygonal, Envelope view, int limit) {
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
        List<Coordinate> inside = new ArrayList<>();
        for (int r = 0; r < STEPS; r++) {
            double[] xs = crossings.sorted(r);
            for (double x : columns) {
                if (inside(xs, x) && !crossings.onFlatEdge(r, x)) {
                    inside.add(new Coordinate(x, rows[r]));
                }
            }
        }
        double mx = inside.stream().mapToDouble(c -> c.x).average().orElse(0);
        double my = inside.stream().mapToDouble(c -> c.y).average().orElse(0);
        inside.sort(Comparator.comparingDouble(c -> Planar.length(c.x - mx, c.y - my)));
        return inside.subList(0, Math.min(limit, inside.size()));
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

    /**
     * Where the edges cross each row, collected in one pass over the rings; and the edges and vertices that lie on
     * a row, which are boundary, not inside.
     */
    private static final class Crossings {
        private final double[] rows;
        private final double[][] xs;
        private final int[] counts;
        private final List<List<double[]>> flat;

        Crossings(double[] rows) {
            this.rows = rows;
            this.xs = new double[rows.length][8];
            this.counts = new int[rows.length];
            this.flat = new ArrayList<>();
            for (int r = 0; r < rows.length; r++) {
                flat.add(new ArrayList<>(0));
            }
        }

        boolean onFlatEdge(int row, double x) {
            for (double[] span : flat.get(row)) {
                if (x >= span[0] && x <= span[1]) {
                    return true;
                }
            }
            return false;
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
            // A flat edge on a row, or a vertex on one: boundary (the even-odd count alone would miss a vertex).
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == y0) {
                    flat.get(r).add(new double[] {Math.min(x0, lo == hi ? x1 : x0), Math.max(x0, lo == hi ? x1 : x0)});
                }
            }
            if (lo == hi) {
                return;
            }
            if (hi <= rows[0] || lo > rows[rows.length - 1]) {
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
