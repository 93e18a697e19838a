package org.sitmap.render.raster;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sitmap.geo.IndexSort;

/**
 * Parallel hatch lines inside a shape, drawn as real vector lines: a {@code TexturePaint} would be rasterised by PDF
 * and SVG writers and blur in print. The lines pass through an anchor point (the screen position of a fixed map
 * point) so the hatching stays glued to the map while panning instead of swimming.
 *
 * <p>Each line is cut to the shape here (a scan across the shape's edges, by its winding rule) and only the inside
 * pieces are drawn. Clipping whole lines to the shape with {@link Graphics2D#clip} made Java2D rasterise the shape
 * as a clip region for every hatched area, a quarter of a frame zoomed in on a hatched zone; PDF and SVG files get
 * plain segments instead of clip paths too.
 *
 * <p>Stateless, thread-safe; draws with the caller's colour and stroke.
 */
public final class Hatching {
    private Hatching() {
    }

    /**
     * Draws lines at {@code angleDegrees} (screen angle, 45 = rising to the right) every {@code spacing} pixels,
     * through (anchorX, anchorY), inside {@code shape} and within {@code limit}, with Java2D.
     */
    public static void draw(Graphics2D g, Shape shape, Rectangle2D limit, double angleDegrees, double spacing,
            double anchorX, double anchorY) {
        Path2D.Double lines = lines(shape, limit, angleDegrees, spacing, anchorX, anchorY);
        if (lines != null) {
            g.draw(lines);
        }
    }

    /**
     * As {@link #draw}, written as a pattern into the pixels of {@code raster}, which {@code g} paints into
     * ({@link Stripes}), when that gives the same picture: an untransformed, unclipped image, a thin solid stroke in
     * a plain colour and an even-odd shape. Java2D's stroker took 40% of a frame zoomed in on two hatched zones, for
     * hundreds of long one-pixel lines. Returns false, having drawn nothing, when it does not apply.
     */
    public static boolean drawDirectly(Graphics2D g, BufferedImage raster, Shape shape, Rectangle2D limit,
            double angleDegrees, double spacing, double anchorX, double anchorY, Tables tables) {
        checkSpacing(spacing);
        if (!drawsDirectly(g, raster) || !(shape instanceof Path2D path)
                || path.getWindingRule() != Path2D.WIND_EVEN_ODD) {
            return false;
        }
        if (!shape.getBounds2D().createIntersection(limit).isEmpty()) {
            float width = ((BasicStroke) g.getStroke()).getLineWidth();
            SpanFill.forCurrentThread().fill(raster, List.of(path), new Stripes(IntRaster.of(raster),
                    ((Color) g.getPaint()).getRGB(), width, angleDegrees, spacing, anchorX, anchorY, tables));
        }
        return true;
    }

    /**
     * Where the coverage tables of hatch patterns are kept (by direction, spacing and width; a frame uses a few):
     * a renderer's cache, or {@link #UNCACHED}.
     */
    public interface Tables {
        int[] get(List<Double> key, Function<List<Double>, int[]> compute);
    }

    /** Tables computed for each hatched shape and not kept. */
    public static final Tables UNCACHED = (key, compute) -> compute.apply(key);

    /**
     * The hatching of an image as a pattern: each pixel inside the shape takes the share of it that the lines
     * cover, from a table over one period across the lines. Filling the shape's rows this way costs a few
     * nanoseconds a pixel, where drawing the lines one by one cost 40% of a frame zoomed in on hatched zones. Like
     * the clip it replaces, the shape's own edge is not anti-aliased: the zone's outline is drawn over it.
     */
    private static final class Stripes implements SpanFill.SpanWriter {
        /** Table steps per pixel across the lines. */
        private static final int STEPS = 32;

        private final int[] pixels;
        private final int alphaBits;
        private final double nx;
        private final double ny;
        private final double period;
        private final double anchorX;
        private final double anchorY;
        private final int[] coverage;
        private final int[] source = new int[256];
        private final int[] keep = new int[256];

        Stripes(IntRaster raster, int argb, double width, double angleDegrees, double spacing, double anchorX,
                double anchorY, Tables tables) {
            this.pixels = raster.pixels();
            this.alphaBits = raster.alphaBits();
            double a = Math.toRadians(angleDegrees);
            // The normal across the lines, as in lines().
            this.nx = Math.sin(a);
            this.ny = Math.cos(a);
            this.period = spacing;
            this.anchorX = anchorX;
            this.anchorY = anchorY;
            this.coverage = tables.get(List.of(nx, ny, spacing, width), k -> table(nx, ny, spacing, width));
            IntRaster.coverageColours(argb, source, keep);
        }

        /** Coverage (0-255) of a pixel whose centre lies t pixels past a line, by t in 1/STEPS pixel. */
        private static int[] table(double nx, double ny, double period, double width) {
            int n = (int) Math.ceil(period * STEPS);
            int[] table = new int[n + 1];
            int samples = 8;
            for (int i = 0; i <= n; i++) {
                double t = (i + 0.5) / STEPS;
                int in = 0;
                for (int sy = 0; sy < samples; sy++) {
                    for (int sx = 0; sx < samples; sx++) {
                        double ox = (sx + 0.5) / samples - 0.5;
                        double oy = (sy + 0.5) / samples - 0.5;
                        double d = Math.abs(Math.IEEEremainder(t + ox * nx + oy * ny, period));
                        in += d <= width / 2 ? 1 : 0;
                    }
                }
                table[i] = (in * 255 + samples * samples / 2) / (samples * samples);
            }
            return table;
        }

        @Override
        public void span(int row, int y, int from, int to) {
            double t = (from + 0.5 - anchorX) * nx + (y + 0.5 - anchorY) * ny;
            t -= Math.floor(t / period) * period;
            int last = coverage.length - 1;
            for (int x = from; x < to; x++) {
                int c = coverage[Math.min(last, (int) (t * STEPS))];
                if (c != 0) {
                    int i = row + x;
                    pixels[i] = IntRaster.over(source[c], pixels[i] | alphaBits, keep[c]);
                }
                t += nx;
                if (t >= period) {
                    t -= period;
                } else if (t < 0) {
                    t += period;
                }
            }
        }
    }

    /**
     * Widest hatch line drawn directly: the hatching's looks were settled at this width, narrower than
     * {@link ThinLineRaster#MAX_WIDTH} allows.
     */
    private static final double MAX_LINE_WIDTH = 1.6;

    /** Whether what {@code g} would draw with its stroke and paint may be written into {@code raster} directly. */
    private static boolean drawsDirectly(Graphics2D g, BufferedImage raster) {
        Shape clip = g.getClip();
        return IntRaster.supports(raster) && g.getTransform().isIdentity()
                && g.getStroke() instanceof BasicStroke s && s.getDashArray() == null && s.getLineWidth() > 0
                && s.getLineWidth() <= MAX_LINE_WIDTH
                && g.getPaint() instanceof Color
                && g.getComposite() instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC_OVER
                && ac.getAlpha() == 1f
                && (clip == null || clip instanceof Rectangle2D r && r.contains(0, 0, raster.getWidth(),
                        raster.getHeight()));
    }

    /** The inside pieces of the hatch lines that {@link #draw} draws, or null when there are none. */
    static Path2D.Double lines(Shape shape, Rectangle2D limit, double angleDegrees, double spacing, double anchorX,
            double anchorY) {
        checkSpacing(spacing);
        Rectangle2D area = shape.getBounds2D().createIntersection(limit);
        if (area.isEmpty()) {
            return null;
        }
        LineFrame frame = new LineFrame(angleDegrees, anchorX, anchorY);
        Edges edges = frame.edgesOf(shape);
        // Which lines cross the limited area, and how far along them it reaches.
        double[] cx = {area.getMinX(), area.getMaxX(), area.getMinX(), area.getMaxX()};
        double[] cy = {area.getMinY(), area.getMinY(), area.getMaxY(), area.getMaxY()};
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double along0 = Double.POSITIVE_INFINITY;
        double along1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double across = frame.across(cx[i], cy[i]);
            double along = frame.along(cx[i], cy[i]);
            lo = Math.min(lo, across);
            hi = Math.max(hi, across);
            along0 = Math.min(along0, along);
            along1 = Math.max(along1, along);
        }
        boolean evenOdd = shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD;
        Path2D.Double lines = new Path2D.Double();
        Crossings crossings = new Crossings(edges);
        for (double k = Math.ceil(lo / spacing); k * spacing <= hi; k++) {
            double w = k * spacing;
            int n = crossings.at(w);
            double ox = anchorX + w * frame.nx;
            double oy = anchorY + w * frame.ny;
            int inside = 0;
            for (int i = 0; i + 1 < n; i++) {
                inside = evenOdd ? inside ^ 1 : inside + crossings.winding[i];
                if (inside != 0) {
                    double u0 = Math.max(crossings.u[i], along0);
                    double u1 = Math.min(crossings.u[i + 1], along1);
                    if (u1 > u0) {
                        lines.moveTo(ox + u0 * frame.dx, oy + u0 * frame.dy);
                        lines.lineTo(ox + u1 * frame.dx, oy + u1 * frame.dy);
                    }
                }
            }
        }
        return lines;
    }

    /**
     * Coordinates along the hatch lines: u along them, w across them (line k lies at w = k * spacing), from the
     * anchor. Screen y grows down, so "rising" is negative y.
     */
    private static final class LineFrame {
        final double dx;
        final double dy;
        final double nx;
        final double ny;
        private final double anchorX;
        private final double anchorY;

        LineFrame(double angleDegrees, double anchorX, double anchorY) {
            double a = Math.toRadians(angleDegrees);
            this.dx = Math.cos(a);
            this.dy = -Math.sin(a);
            this.nx = -dy;
            this.ny = dx;
            this.anchorX = anchorX;
            this.anchorY = anchorY;
        }

        double along(double x, double y) {
            return (x - anchorX) * dx + (y - anchorY) * dy;
        }

        double across(double x, double y) {
            return (x - anchorX) * nx + (y - anchorY) * ny;
        }

        /** The shape's edges (curves flattened) in line coordinates, every ring closed. */
        Edges edgesOf(Shape shape) {
            Edges edges = new Edges();
            double[] c = new double[6];
            double startU = 0;
            double startW = 0;
            double lastU = 0;
            double lastW = 0;
            boolean open = false;
            for (PathIterator it = shape.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                if (type == PathIterator.SEG_CLOSE) {
                    if (open) {
                        edges.add(lastU, lastW, startU, startW);
                        lastU = startU;
                        lastW = startW;
                    }
                    continue;
                }
                double u = along(c[0], c[1]);
                double w = across(c[0], c[1]);
                if (type == PathIterator.SEG_MOVETO) {
                    if (open) {
                        edges.add(lastU, lastW, startU, startW);
                    }
                    startU = u;
                    startW = w;
                    open = true;
                } else {
                    edges.add(lastU, lastW, u, w);
                }
                lastU = u;
                lastW = w;
            }
            if (open) {
                edges.add(lastU, lastW, startU, startW);
            }
            return edges;
        }
    }

    /** Where successive lines (by increasing w) cross the edges, sorted along the line, with their windings. */
    private static final class Crossings {
        private final Edges edges;
        private int next;
        private int[] active = new int[16];
        private int activeCount;
        double[] u = new double[16];
        int[] winding = new int[16];

        Crossings(Edges edges) {
            this.edges = edges;
            edges.sortByLow();
        }

        /** Finds the crossings of the line at {@code w} (not less than the last one asked); returns how many. */
        int at(double w) {
            // Edges span [low, high) across the lines, so a line through a vertex counts it once.
            while (next < edges.count && edges.low(edges.order[next]) <= w) {
                if (activeCount == active.length) {
                    active = Arrays.copyOf(active, activeCount * 2);
                }
                active[activeCount++] = edges.order[next++];
            }
            int crossings = 0;
            for (int i = 0; i < activeCount; i++) {
                int e = active[i];
                if (edges.high(e) <= w) {
                    active[i--] = active[--activeCount];
                    continue;
                }
                if (crossings == u.length) {
                    u = Arrays.copyOf(u, crossings * 2);
                    winding = Arrays.copyOf(winding, crossings * 2);
                }
                u[crossings] = edges.uAt(e, w);
                winding[crossings] = edges.up[e] ? 1 : -1;
                crossings++;
            }
            sortCrossings(u, winding, crossings);
            return crossings;
        }
    }

    private static void checkSpacing(double spacing) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("Hatch spacing must be positive: " + spacing);
        }
    }

    /** Insertion sort of a line's crossings (a handful) with their windings. */
    private static void sortCrossings(double[] u, int[] winding, int n) {
        for (int i = 1; i < n; i++) {
            double key = u[i];
            int wk = winding[i];
            int j = i - 1;
            while (j >= 0 && u[j] > key) {
                u[j + 1] = u[j];
                winding[j + 1] = winding[j];
                j--;
            }
            u[j + 1] = key;
            winding[j + 1] = wk;
        }
    }

    /** A shape's edges that are not parallel to the lines, in line coordinates. */
    private static final class Edges {
        double[] u0 = new double[64];
        double[] w0 = new double[64];
        double[] u1 = new double[64];
        double[] w1 = new double[64];
        boolean[] up = new boolean[64];
        int[] order;
        int count;

        void add(double ua, double wa, double ub, double wb) {
            if (wa == wb) {
                return;
            }
            if (count == u0.length) {
                int n = count * 2;
                u0 = Arrays.copyOf(u0, n);
                w0 = Arrays.copyOf(w0, n);
                u1 = Arrays.copyOf(u1, n);
                w1 = Arrays.copyOf(w1, n);
                up = Arrays.copyOf(up, n);
            }
            u0[count] = ua;
            w0[count] = wa;
            u1[count] = ub;
            w1[count] = wb;
            up[count] = wb > wa;
            count++;
        }

        double low(int e) {
            return Math.min(w0[e], w1[e]);
        }

        double high(int e) {
            return Math.max(w0[e], w1[e]);
        }

        double uAt(int e, double w) {
            return u0[e] + (u1[e] - u0[e]) * (w - w0[e]) / (w1[e] - w0[e]);
        }

        void sortByLow() {
            double[] lows = new double[count];
            order = new int[count];
            for (int e = 0; e < count; e++) {
                lows[e] = low(e);
                order[e] = e;
            }
            IndexSort.byKey(order, lows, 0, count);
        }
    }
}
