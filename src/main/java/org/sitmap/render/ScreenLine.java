package org.sitmap.render;

import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * A polyline in pixels with the arc-length operations the annotation styles need: a point and direction at a
 * distance along the line, a cut of its end, offsets to either side, the distance to a point. Each vertex remembers
 * which segment of the source geometry it came from, so a hit on a smoothed curve maps back to the vertices the
 * user drew.
 *
 * <p>Immutable after construction; not shared between threads in practice (one per paint).
 */
final class ScreenLine {
    final double[] x;
    final double[] y;
    /** For each vertex, the index of the source segment it lies on (source vertex i to i + 1). */
    final int[] source;
    final int size;
    private final double[] cumulative;

    ScreenLine(double[] x, double[] y, int[] source, int size) {
        this.x = x;
        this.y = y;
        this.source = source;
        this.size = size;
        this.cumulative = new double[Math.max(1, size)];
        for (int i = 1; i < size; i++) {
            cumulative[i] = cumulative[i - 1] + Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
        }
    }

    /** A line through the points, vertex i being source vertex i; consecutive duplicates are dropped. */
    static ScreenLine of(double[] xs, double[] ys, int n) {
        int[] src = new int[n];
        for (int i = 0; i < n; i++) {
            src[i] = Math.min(i, Math.max(0, n - 2));
        }
        return build(xs, ys, src, n);
    }

    /** A line through the points with the given source segments; consecutive duplicates are dropped. */
    static ScreenLine build(double[] xs, double[] ys, int[] sources, int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        int[] src = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (k > 0 && Math.abs(xs[i] - x[k - 1]) < 1e-9 && Math.abs(ys[i] - y[k - 1]) < 1e-9) {
                continue;
            }
            x[k] = xs[i];
            y[k] = ys[i];
            src[k] = sources[i];
            k++;
        }
        return new ScreenLine(x, y, src, k);
    }

    double length() {
        return cumulative[size - 1];
    }

    /** Index of the segment (vertex i to i + 1) containing arc length s, clamped. */
    private int segmentAt(double s) {
        if (size < 2) {
            return 0;
        }
        int i = Arrays.binarySearch(cumulative, 0, size, s);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(size - 2, i));
    }

    /** The point at arc length s (clamped to the line) into out[0..1], and the unit direction into out[2..3]. */
    void at(double s, double[] out) {
        if (size < 2) {
            out[0] = x[0];
            out[1] = y[0];
            out[2] = 1;
            out[3] = 0;
            return;
        }
        int i = segmentAt(s);
        double segLen = cumulative[i + 1] - cumulative[i];
        double t = segLen > 0 ? Math.max(0, Math.min(1, (s - cumulative[i]) / segLen)) : 0;
        double dx = x[i + 1] - x[i];
        double dy = y[i + 1] - y[i];
        out[0] = x[i] + t * dx;
        out[1] = y[i] + t * dy;
        double len = Math.hypot(dx, dy);
        out[2] = len > 0 ? dx / len : 1;
        out[3] = len > 0 ? dy / len : 0;
    }

    /** The part of the line from arc length s0 to s1 (s0 < s1), interpolated at both ends. */
    ScreenLine sub(double s0, double s1) {
        s0 = Math.max(0, s0);
        s1 = Math.min(length(), s1);
        if (size < 2 || s1 <= s0) {
            double[] p = new double[4];
            at(s0, p);
            return new ScreenLine(new double[] {p[0]}, new double[] {p[1]}, new int[] {source[segmentAt(s0)]}, 1);
        }
        int i0 = segmentAt(s0);
        int i1 = segmentAt(s1);
        int n = i1 - i0 + 2;
        double[] nx = new double[n];
        double[] ny = new double[n];
        int[] ns = new int[n];
        double[] p = new double[4];
        at(s0, p);
        nx[0] = p[0];
        ny[0] = p[1];
        ns[0] = source[i0];
        int k = 1;
        for (int i = i0 + 1; i <= i1; i++) {
            nx[k] = x[i];
            ny[k] = y[i];
            ns[k] = source[i];
            k++;
        }
        at(s1, p);
        nx[k] = p[0];
        ny[k] = p[1];
        ns[k] = source[i1];
        k++;
        return build(nx, ny, ns, k);
    }

    /**
     * The unit left normal at each vertex (left of the drawing direction on screen, y down), mitred between
     * segments and limited so sharp turns do not shoot out spikes: out[2i], out[2i + 1].
     */
    double[] normals() {
        double[] n = new double[2 * size];
        for (int i = 0; i < size; i++) {
            double ax = 0;
            double ay = 0;
            if (i > 0) {
                double dx = x[i] - x[i - 1];
                double dy = y[i] - y[i - 1];
                double l = Math.hypot(dx, dy);
                ax += dy / l;
                ay += -dx / l;
            }
            if (i < size - 1) {
                double dx = x[i + 1] - x[i];
                double dy = y[i + 1] - y[i];
                double l = Math.hypot(dx, dy);
                ax += dy / l;
                ay += -dx / l;
            }
            double l = Math.hypot(ax, ay);
            if (l < 1e-9) {
                n[2 * i] = 0;
                n[2 * i + 1] = -1;
                continue;
            }
            ax /= l;
            ay /= l;
            // Miter: stretch by 1/cos(half angle), capped at 2 (a 120° turn).
            double miter = 1;
            if (i > 0 && i < size - 1) {
                double dx = x[i + 1] - x[i];
                double dy = y[i + 1] - y[i];
                double sl = Math.hypot(dx, dy);
                double cos = (ax * dy / sl - ay * dx / sl);
                miter = Math.min(2, 1 / Math.max(0.5, cos));
            }
            n[2 * i] = ax * miter;
            n[2 * i + 1] = ay * miter;
        }
        return n;
    }

    /** Arc length at vertex i. */
    double lengthAt(int i) {
        return cumulative[i];
    }

    /** The line as an open path. */
    Path2D.Double path() {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, size);
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < size; i++) {
            p.lineTo(x[i], y[i]);
        }
        if (size == 1) {
            p.lineTo(x[0] + 0.01, y[0]);
        }
        return p;
    }

    /**
     * Distance from (px, py) to the line; {@code nearestSource[0]}, if given, receives the source segment of the
     * nearest point.
     */
    double distance(double px, double py, int[] nearestSource) {
        if (size == 1) {
            if (nearestSource != null) {
                nearestSource[0] = source[0];
            }
            return Math.hypot(px - x[0], py - y[0]);
        }
        double best = Double.POSITIVE_INFINITY;
        int bestSrc = -1;
        for (int i = 0; i < size - 1; i++) {
            double d = java.awt.geom.Line2D.ptSegDist(x[i], y[i], x[i + 1], y[i + 1], px, py);
            if (d < best) {
                best = d;
                bestSrc = source[i];
            }
        }
        if (nearestSource != null) {
            nearestSource[0] = bestSrc;
        }
        return best;
    }
}
