package org.sitmap.render;

/**
 * A smooth curve through clicked points: centripetal Catmull-Rom (alpha 0.5), which passes through every point,
 * never forms cusps or loops between close points (the uniform variant does) and stays near the polygon the user
 * clicked. Worked in screen space, so the curve is as smooth at every zoom.
 *
 * <p>Stateless, thread-safe.
 */
final class SmoothPath {
    /** Roughly one sample per this many pixels of curve. */
    private static final double STEP_PX = 3;
    private static final int MAX_SAMPLES_PER_SPAN = 48;

    private SmoothPath() {
    }

    /**
     * The sampled curve through the vertices of {@code line}; each sample keeps the source segment (span) it lies
     * on. Two-point lines come back unchanged.
     */
    static ScreenLine through(ScreenLine line) {
        int n = line.size;
        if (n < 3) {
            return line;
        }
        double[] xs = line.x;
        double[] ys = line.y;
        int capacity = 1;
        int[] samples = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            double len = Math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]);
            samples[i] = (int) Math.max(2, Math.min(MAX_SAMPLES_PER_SPAN, Math.ceil(len / STEP_PX)));
            capacity += samples[i];
        }
        double[] ox = new double[capacity];
        double[] oy = new double[capacity];
        int[] os = new int[capacity];
        int k = 0;
        ox[k] = xs[0];
        oy[k] = ys[0];
        os[k] = line.source[0];
        k++;
        for (int i = 0; i < n - 1; i++) {
            // Phantom end points mirror the neighbour so the curve leaves the first and enters the last point
            // straight towards its neighbour.
            double p0x = i > 0 ? xs[i - 1] : 2 * xs[0] - xs[1];
            double p0y = i > 0 ? ys[i - 1] : 2 * ys[0] - ys[1];
            double p3x = i + 2 < n ? xs[i + 2] : 2 * xs[n - 1] - xs[n - 2];
            double p3y = i + 2 < n ? ys[i + 2] : 2 * ys[n - 1] - ys[n - 2];
            double p1x = xs[i];
            double p1y = ys[i];
            double p2x = xs[i + 1];
            double p2y = ys[i + 1];
            double t0 = 0;
            double t1 = t0 + knot(p0x, p0y, p1x, p1y);
            double t2 = t1 + knot(p1x, p1y, p2x, p2y);
            double t3 = t2 + knot(p2x, p2y, p3x, p3y);
            int m = samples[i];
            for (int j = 1; j <= m; j++) {
                int src = line.source[i];
                if (j == m) {
                    ox[k] = p2x;
                    oy[k] = p2y;
                    // The span's end vertex starts the next span.
                    os[k] = i + 1 < n - 1 ? line.source[i + 1] : src;
                    k++;
                    continue;
                }
                double t = t1 + (t2 - t1) * j / m;
                ox[k] = pyramid(p0x, p1x, p2x, p3x, t0, t1, t2, t3, t);
                oy[k] = pyramid(p0y, p1y, p2y, p3y, t0, t1, t2, t3, t);
                os[k] = src;
                k++;
            }
        }
        return ScreenLine.build(ox, oy, os, k);
    }

    /** One coordinate of the curve at {@code t}: Barry and Goldman's pyramidal formulation. */
    private static double pyramid(double p0, double p1, double p2, double p3, double t0, double t1, double t2,
            double t3, double t) {
        double a1 = lerp(p0, p1, t0, t1, t);
        double a2 = lerp(p1, p2, t1, t2, t);
        double a3 = lerp(p2, p3, t2, t3, t);
        double b1 = lerp(a1, a2, t0, t2, t);
        double b2 = lerp(a2, a3, t1, t3, t);
        return lerp(b1, b2, t1, t2, t);
    }

    private static double knot(double ax, double ay, double bx, double by) {
        // Centripetal: square root of the chord length; never zero so the pyramid never divides by zero.
        return Math.max(1e-6, Math.sqrt(Math.hypot(bx - ax, by - ay)));
    }

    private static double lerp(double a, double b, double ta, double tb, double t) {
        return (tb - t) / (tb - ta) * a + (t - ta) / (tb - ta) * b;
    }
}
