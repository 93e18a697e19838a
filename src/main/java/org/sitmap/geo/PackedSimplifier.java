package org.sitmap.geo;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Douglas-Peucker simplification with the same result as JTS's {@code DouglasPeuckerSimplifier} without validity
 * repair ({@code setEnsureValid(false)}), computed on the coordinates as doubles and returned in packed sequences.
 *
 * <p>Why: JTS copies every vertex into a {@code Coordinate} object, copies the kept ones again, and (1.20) still runs
 * {@code isValid()} on each simplified polygon although the repair is off. Simplifying the 1.3 million vertices of the
 * Natural Earth admin-1 world file for one 4096 x 4096 export made 130 MB of such objects; this makes a tenth of it.
 * The same vertices are kept: the same distance function ({@link Distance#pointToSegment}) decides, on the same
 * sections, and the structure (degenerate rings dropped, polygons and collections rebuilt) is JTS's own
 * {@link GeometryTransformer}.
 *
 * <p>Not thread-safe: one instance per call ({@link #simplify} makes one).
 */
final class PackedSimplifier extends GeometryTransformer {
    private final double tolerance;
    private final Coordinate p = new Coordinate();
    private final Coordinate a = new Coordinate();
    private final Coordinate b = new Coordinate();
    private double[] xy = new double[0];
    private boolean[] kept = new boolean[0];
    private int[] sections = new int[0];

    private PackedSimplifier(double tolerance) {
        this.tolerance = tolerance;
    }

    /** {@code g} simplified to {@code tolerance} (map units); an empty {@code g} comes back as a copy. */
    static Geometry simplify(Geometry g, double tolerance) {
        if (tolerance < 0) {
            throw new IllegalArgumentException("Tolerance must be non-negative: " + tolerance);
        }
        if (g.isEmpty()) {
            return g.copy();
        }
        return new PackedSimplifier(tolerance).transform(g);
    }

    @Override
    protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
        int n = coords.size();
        if (n == 0) {
            return new PackedCoordinateSequence.Double(new double[0], 2, 0);
        }
        if (xy.length < 2 * n) {
            xy = new double[2 * n];
            kept = new boolean[n];
        }
        for (int i = 0; i < n; i++) {
            xy[2 * i] = coords.getX(i);
            xy[2 * i + 1] = coords.getY(i);
            kept[i] = true;
        }
        simplifySections(n);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                m++;
            }
        }
        double[] out = new double[2 * m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                out[k++] = xy[2 * i];
                out[k++] = xy[2 * i + 1];
            }
        }
        boolean ring = n >= 4 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1];
        if (!(parent instanceof LinearRing) || !ring) {
            return new PackedCoordinateSequence.Double(out, 2, 0);
        }
        return new PackedCoordinateSequence.Double(withoutRingEndpoint(out, m), 2, 0);
    }

    /** Marks the vertices to drop: the recursion of Douglas-Peucker, on an explicit stack of sections. */
    private void simplifySections(int n) {
        if (sections.length < 2 * n) {
            sections = new int[2 * n];
        }
        int top = 0;
        sections[top++] = 0;
        sections[top++] = n - 1;
        while (top > 0) {
            int j = sections[--top];
            int i = sections[--top];
            if (i + 1 >= j) {
                continue;
            }
            a.x = xy[2 * i];
            a.y = xy[2 * i + 1];
            b.x = xy[2 * j];
            b.y = xy[2 * j + 1];
            double maxDistance = -1.0;
            int maxIndex = i;
            for (int k = i + 1; k < j; k++) {
                p.x = xy[2 * k];
                p.y = xy[2 * k + 1];
                double distance = Distance.pointToSegment(p, a, b);
                if (distance > maxDistance) {
                    maxDistance = distance;
                    maxIndex = k;
                }
            }
            if (maxDistance <= tolerance) {
                for (int k = i + 1; k < j; k++) {
                    kept[k] = false;
                }
            } else {
                sections[top++] = i;
                sections[top++] = maxIndex;
                sections[top++] = maxIndex;
                sections[top++] = j;
            }
        }
    }

    /**
     * A simplified ring's first vertex dropped when it lies within the tolerance of the line between its neighbours,
     * the ring closed again on the new first vertex (as JTS does; triangles are left alone).
     */
    private double[] withoutRingEndpoint(double[] ring, int m) {
        if (m < 4) {
            return ring;
        }
        a.x = ring[2];
        a.y = ring[3];
        b.x = ring[2 * m - 4];
        b.y = ring[2 * m - 3];
        p.x = ring[0];
        p.y = ring[1];
        if (Distance.pointToSegment(p, a, b) > tolerance) {
            return ring;
        }
        // Vertices 1 .. m-2, then vertex 1 again unless the last already equals it.
        int inner = m - 2;
        boolean closed = ring[2] == ring[2 * (m - 2)] && ring[3] == ring[2 * (m - 2) + 1];
        double[] out = new double[2 * (closed ? inner : inner + 1)];
        System.arraycopy(ring, 2, out, 0, 2 * inner);
        if (!closed) {
            out[2 * inner] = ring[2];
            out[2 * inner + 1] = ring[3];
        }
        return out;
    }

    @Override
    protected Geometry transformPolygon(Polygon geom, Geometry parent) {
        if (geom.isEmpty()) {
            return null;
        }
        return super.transformPolygon(geom, parent);
    }

    @Override
    protected Geometry transformLinearRing(LinearRing geom, Geometry parent) {
        Geometry simplified = super.transformLinearRing(geom, parent);
        return parent instanceof Polygon && !(simplified instanceof LinearRing) ? null : simplified;
    }
}
