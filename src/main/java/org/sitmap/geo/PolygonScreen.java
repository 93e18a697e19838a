package org.sitmap.geo;

import java.util.Arrays;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A quick proof that a polygon or multipolygon is valid, for the common case of rings that neither cross nor touch
 * anywhere: {@code true} means {@link IsValidOp} would find it valid; {@code false} means "not proven", and the
 * caller asks {@link IsValidOp}. Checking every polygon of a file is as costly as parsing it, and nearly all of that
 * went into JTS's general noding (index and chain objects for every ring) and into turning packed coordinates into
 * {@link Coordinate} objects for it; this sweep reads the coordinates where they are.
 *
 * <p>Proven valid: every ring has at least three distinct positions, all finite; no two segments of any rings of
 * the geometry meet, except consecutive segments of a ring at their shared vertex, and those do not fold back along
 * each other; every hole lies inside its shell and outside the other holes; no shell of a multipolygon lies inside
 * another. Rings that touch (valid in some cases), nested shells, and anything else go to {@link IsValidOp}.
 * Orientation tests are exact ({@link CGAlgorithmsDD}), so rounding cannot prove an invalid polygon valid.
 *
 * <p>Not thread-safe; one per thread, reused from geometry to geometry.
 */
final class PolygonScreen {
    /** Polygons in a multipolygon beyond which the pairwise shell test is left to {@link IsValidOp}. */
    private static final int MAX_POLYGONS = 2048;

    private static final ThreadLocal<PolygonScreen> PER_THREAD = ThreadLocal.withInitial(PolygonScreen::new);

    /** Vertices of all rings, consecutive duplicates dropped; ring k is vertices ringStart[k] to ringStart[k+1]-1. */
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private int vertices;
    private int[] ringStart = new int[16];
    private int rings;
    /** Segments (by first vertex), ordered by their smallest x. */
    private int[] order = new int[1024];
    private double[] orderKey = new double[1024];
    private int[] segmentRing = new int[1024];
    /** Per segment (by first vertex): its largest x, smallest and largest y. */
    private double[] segmentMaxX = new double[1024];
    private double[] segmentMinY = new double[1024];
    private double[] segmentMaxY = new double[1024];
    private int segments;
    /** The sweep's active segments, and their largest x, smallest and largest y. */
    private int[] active = new int[256];
    private double[] activeMaxX = new double[256];
    private double[] activeMinY = new double[256];
    private double[] activeMaxY = new double[256];
    /** Ring number of each polygon's shell; its holes follow it. */
    private int[] shellRing = new int[16];

    private PolygonScreen() {
    }

    /** Whether {@code g} is proven valid; see the class comment. */
    static boolean provablyValid(Geometry g) {
        return PER_THREAD.get().check(g);
    }

    private boolean check(Geometry g) {
        Polygon[] polygons;
        if (g instanceof Polygon p) {
            polygons = new Polygon[] {p};
        } else if (g instanceof MultiPolygon mp && mp.getNumGeometries() <= MAX_POLYGONS) {
            polygons = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < polygons.length; i++) {
                polygons[i] = (Polygon) mp.getGeometryN(i);
            }
        } else {
            return false;
        }
        vertices = 0;
        rings = 0;
        if (shellRing.length < polygons.length) {
            shellRing = new int[Math.max(polygons.length, shellRing.length * 2)];
        }
        for (int i = 0; i < polygons.length; i++) {
            Polygon p = polygons[i];
            shellRing[i] = rings;
            if (p.isEmpty() || !addRing(p.getExteriorRing().getCoordinateSequence())) {
                return false;
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (!addRing(p.getInteriorRingN(h).getCoordinateSequence())) {
                    return false;
                }
            }
        }
        ensureRing(rings);
        ringStart[rings] = vertices;
        return noSegmentsMeet() && holesInPlace(polygons) && shellsApart(polygons);
    }

    /** Copies a closed ring, dropping repeated positions; false if it is not finite or has under three positions. */
    private boolean addRing(CoordinateSequence ring) {
        int n = ring.size();
        if (n < 4) {
            return false;
        }
        ensureRing(rings + 1);
        ensureVertices(vertices + n);
        ringStart[rings] = vertices;
        int first = vertices;
        for (int i = 0; i < n; i++) {
            double px = ring.getX(i);
            double py = ring.getY(i);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                return false;
            }
            if (vertices > first && x[vertices - 1] == px && y[vertices - 1] == py) {
                continue;
            }
            x[vertices] = px;
            y[vertices] = py;
            vertices++;
        }
        // Closed, with at least three distinct positions: four vertices, the last equal to the first.
        if (vertices - first < 4 || x[first] != x[vertices - 1] || y[first] != y[vertices - 1]) {
            return false;
        }
        rings++;
        return true;
    }

    /** A sweep from west to east over every segment: false as soon as two of them meet where they may not. */
    private boolean noSegmentsMeet() {
        segments = 0;
        ensureSegments(vertices);
        // Each segment's extent, computed once: the sweep below reads it for every pair it passes over. (Plain
        // comparisons, not Math.min/max: the coordinates are finite, and the short-command JVM's C1 compiler calls
        // those rather than inlining them, which was a third of this sweep.)
        for (int r = 0; r < rings; r++) {
            for (int v = ringStart[r]; v < ringStart[r + 1] - 1; v++) {
                double x0 = x[v];
                double x1 = x[v + 1];
                double y0 = y[v];
                double y1 = y[v + 1];
                order[segments] = v;
                orderKey[segments] = x0 < x1 ? x0 : x1;
                segmentMaxX[v] = x0 < x1 ? x1 : x0;
                segmentMinY[v] = y0 < y1 ? y0 : y1;
                segmentMaxY[v] = y0 < y1 ? y1 : y0;
                segmentRing[v] = r;
                segments++;
            }
        }
        IndexSort.byKey(order, orderKey, 0, segments);
        // The active segments' extents are copied beside them, so the inner loop reads memory in order rather
        // than at the segments' places (a quarter less time for the sweep).
        int activeCount = 0;
        for (int k = 0; k < segments; k++) {
            int s = order[k];
            double minX = orderKey[k];
            double minY = segmentMinY[s];
            double maxY = segmentMaxY[s];
            for (int a = 0; a < activeCount; a++) {
                if (activeMaxX[a] < minX) {
                    // Wholly west of every segment still to come.
                    activeCount--;
                    active[a] = active[activeCount];
                    activeMaxX[a] = activeMaxX[activeCount];
                    activeMinY[a] = activeMinY[activeCount];
                    activeMaxY[a] = activeMaxY[activeCount];
                    a--;
                    continue;
                }
                if (activeMaxY[a] < minY || activeMinY[a] > maxY || compatible(s, active[a])) {
                    continue;
                }
                return false;
            }
            if (activeCount == active.length) {
                growActive();
            }
            active[activeCount] = s;
            activeMaxX[activeCount] = segmentMaxX[s];
            activeMinY[activeCount] = minY;
            activeMaxY[activeCount] = maxY;
            activeCount++;
        }
        return true;
    }

    private void growActive() {
        int size = active.length * 2;
        active = Arrays.copyOf(active, size);
        activeMaxX = Arrays.copyOf(activeMaxX, size);
        activeMinY = Arrays.copyOf(activeMinY, size);
        activeMaxY = Arrays.copyOf(activeMaxY, size);
    }

    /** Whether segments s and t, whose envelopes overlap, may be where they are in a valid ring set. */
    private boolean compatible(int s, int t) {
        int r = segmentRing[s];
        if (r == segmentRing[t]) {
            int first = ringStart[r];
            int last = ringStart[r + 1] - 2;
            // Consecutive segments share one vertex: they may meet there, but not run back along each other.
            if (t == s + 1 || s == t + 1) {
                int a = Math.min(s, t);
                return !foldsBack(a, a + 1, a + 2);
            }
            if (s == first && t == last || t == first && s == last) {
                return !foldsBack(last, first, first + 1);
            }
        }
        return !meet(s, t);
    }

    /** Whether the path p, q, r turns back on itself at q (r lies on the ray from q through p). */
    private boolean foldsBack(int p, int q, int r) {
        // The direction test first: a path that goes on forwards (p and r on opposite sides of q), as nearly every
        // vertex of a border does, needs no exact orientation test.
        if (!((x[p] - x[q]) * (x[r] - x[q]) + (y[p] - y[q]) * (y[r] - y[q]) > 0
                || x[p] - x[q] == 0 && y[p] - y[q] == 0)) {
            return false;
        }
        return CGAlgorithmsDD.orientationIndex(x[p], y[p], x[q], y[q], x[r], y[r]) == 0;
    }

    /** Whether segments s and t, whose envelopes overlap, share any point. */
    private boolean meet(int s, int t) {
        int o1 = CGAlgorithmsDD.orientationIndex(x[s], y[s], x[s + 1], y[s + 1], x[t], y[t]);
        int o2 = CGAlgorithmsDD.orientationIndex(x[s], y[s], x[s + 1], y[s + 1], x[t + 1], y[t + 1]);
        if (o1 != 0 && o1 == o2) {
            return false;
        }
        int o3 = CGAlgorithmsDD.orientationIndex(x[t], y[t], x[t + 1], y[t + 1], x[s], y[s]);
        int o4 = CGAlgorithmsDD.orientationIndex(x[t], y[t], x[t + 1], y[t + 1], x[s + 1], y[s + 1]);
        // Collinear segments with overlapping envelopes touch or overlap; otherwise they meet when each one's ends
        // are not both on one side of the other.
        return o3 == 0 && o4 == 0 || o3 != o4;
    }

    /** Every hole inside its shell and outside its polygon's other holes (rings are known not to meet). */
    private boolean holesInPlace(Polygon[] polygons) {
        for (int i = 0; i < polygons.length; i++) {
            Polygon p = polygons[i];
            int holes = p.getNumInteriorRing();
            if (holes == 0) {
                continue;
            }
            int shell = shellRing[i];
            for (int h = 0; h < holes; h++) {
                if (!inside(shell + 1 + h, shell)) {
                    return false;
                }
                Envelope env = p.getInteriorRingN(h).getEnvelopeInternal();
                for (int o = 0; o < holes; o++) {
                    if (o != h && p.getInteriorRingN(o).getEnvelopeInternal().covers(env)
                            && inside(shell + 1 + h, shell + 1 + o)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** No shell inside another polygon's shell (nested islands in lakes are left to {@link IsValidOp}). */
    private boolean shellsApart(Polygon[] polygons) {
        if (polygons.length < 2) {
            return true;
        }
        Envelope[] env = new Envelope[polygons.length];
        for (int i = 0; i < polygons.length; i++) {
            env[i] = polygons[i].getExteriorRing().getEnvelopeInternal();
        }
        for (int i = 0; i < polygons.length; i++) {
            for (int j = 0; j < polygons.length; j++) {
                if (i != j && env[j].covers(env[i]) && inside(shellRing[i], shellRing[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether ring a lies inside ring b, for rings known not to meet: then its first vertex tells. JTS's
     * {@link RayCrossingCounter#locatePointInRing} counted on the copied vertices (repeats dropped, which count for
     * nothing): it read them through the coordinate sequence's interface, a third of this screen's time on a world
     * file, where a country's mainland is asked once for each of its islands.
     */
    private boolean inside(int a, int b) {
        double px = x[ringStart[a]];
        double py = y[ringStart[a]];
        int crossings = 0;
        for (int i = ringStart[b] + 1; i < ringStart[b + 1]; i++) {
            // Segment from vertex i to i - 1, as RayCrossingCounter.countSegment takes it.
            double x1 = x[i];
            double y1 = y[i];
            double x2 = x[i - 1];
            double y2 = y[i - 1];
            if (x1 < px && x2 < px) {
                continue; // wholly left of the point
            }
            if (px == x2 && py == y2 || y1 == py && y2 == py && px >= Math.min(x1, x2) && px <= Math.max(x1, x2)) {
                return false; // on the ring: not inside
            }
            if (y1 > py && y2 <= py || y2 > py && y1 <= py) {
                int orient = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, px, py);
                if (orient == 0) {
                    return false;
                }
                // Counted when the point is left of the segment taken upwards: it crosses the ray to the east.
                if ((y2 < y1 ? -orient : orient) > 0) {
                    crossings++;
                }
            }
        }
        return (crossings & 1) == 1;
    }

    private void ensureVertices(int n) {
        if (n > x.length) {
            int size = Math.max(n, x.length * 2);
            x = Arrays.copyOf(x, size);
            y = Arrays.copyOf(y, size);
        }
    }

    private void ensureRing(int n) {
        if (n >= ringStart.length) {
            ringStart = Arrays.copyOf(ringStart, Math.max(n + 1, ringStart.length * 2));
        }
    }

    /** Room for the segments of {@code n} vertices (segment arrays are indexed by their first vertex). */
    private void ensureSegments(int n) {
        if (n > order.length) {
            int size = Math.max(n, order.length * 2);
            order = new int[size];
            orderKey = new double[size];
            segmentRing = new int[size];
            segmentMaxX = new double[size];
            segmentMinY = new double[size];
            segmentMaxY = new double[size];
        }
    }
}
