package org.sitmap.render;

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
final class Hatching {
    private Hatching() {
    }

    /**
     * Draws lines at {@code angleDegrees} (screen angle, 45 = rising to the right) every {@code spacing} pixels,
     * through (anchorX, anchorY), inside {@code shape} and within {@code limit}.
     */
    static void draw(Graphics2D g, Shape shape, Rectangle2D limit, double angleDegrees, double spacing,
            double anchorX, double anchorY) {
        draw(g, null, shape, limit, angleDegrees, spacing, anchorX, anchorY);
    }

    /**
     * As {@link #draw(Graphics2D, Shape, Rectangle2D, double, double, double, double)}, where {@code g} paints into
     * {@code raster} (or null). Thin solid lines in a plain colour, on an untransformed, unclipped image, go
     * straight into its pixels ({@link ThinLineRaster}): Java2D's stroker took 40% of a frame zoomed in on two
     * hatched zones, for hundreds of long one-pixel lines.
     */
    static void draw(Graphics2D g, BufferedImage raster, Shape shape, Rectangle2D limit, double angleDegrees,
            double spacing, double anchorX, double anchorY) {
        Path2D.Double lines = lines(shape, limit, angleDegrees, spacing, anchorX, anchorY);
        if (lines == null) {
            return;
        }
        if (raster != null && drawsDirectly(g, raster)) {
            ThinLineRaster.forCurrentThread().stroke(raster, List.of(lines),
                    ((BasicStroke) g.getStroke()).getLineWidth(), null, ((Color) g.getPaint()).getRGB());
        } else {
            g.draw(lines);
        }
    }

    /** Whether what {@code g} would draw with its stroke and paint may be written into {@code raster} directly. */
    private static boolean drawsDirectly(Graphics2D g, BufferedImage raster) {
        Shape clip = g.getClip();
        return IntRaster.supports(raster) && g.getTransform().isIdentity()
                && g.getStroke() instanceof BasicStroke s && s.getDashArray() == null && s.getLineWidth() > 0
                && s.getLineWidth() <= ThinLineRaster.MAX_WIDTH
                && g.getPaint() instanceof Color
                && g.getComposite() instanceof AlphaComposite ac && ac.getRule() == AlphaComposite.SRC_OVER
                && ac.getAlpha() == 1f
                && (clip == null || clip instanceof Rectangle2D r && r.contains(0, 0, raster.getWidth(),
                        raster.getHeight()));
    }

    /** The inside pieces of the hatch lines that {@link #draw} draws, or null when there are none. */
    static Path2D.Double lines(Shape shape, Rectangle2D limit, double angleDegrees, double spacing, double anchorX,
            double anchorY) {
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("Hatch spacing must be positive: " + spacing);
        }
        Rectangle2D area = shape.getBounds2D().createIntersection(limit);
        if (area.isEmpty()) {
            return null;
        }
        double a = Math.toRadians(angleDegrees);
        // Direction along the lines (screen y grows down, so "rising" is negative y) and the normal across them.
        double dx = Math.cos(a);
        double dy = -Math.sin(a);
        double nx = -dy;
        double ny = dx;
        // The shape's edges in line coordinates: u along the lines, w across them (line k lies at w = k * spacing).
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
            double u = (c[0] - anchorX) * dx + (c[1] - anchorY) * dy;
            double w = (c[0] - anchorX) * nx + (c[1] - anchorY) * ny;
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
        // Which lines cross the limited area, and how far along them it reaches.
        double[] cx = {area.getMinX(), area.getMaxX(), area.getMinX(), area.getMaxX()};
        double[] cy = {area.getMinY(), area.getMinY(), area.getMaxY(), area.getMaxY()};
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double along0 = Double.POSITIVE_INFINITY;
        double along1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 4; i++) {
            double across = (cx[i] - anchorX) * nx + (cy[i] - anchorY) * ny;
            double along = (cx[i] - anchorX) * dx + (cy[i] - anchorY) * dy;
            lo = Math.min(lo, across);
            hi = Math.max(hi, across);
            along0 = Math.min(along0, along);
            along1 = Math.max(along1, along);
        }
        boolean evenOdd = shape.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD;
        Path2D.Double lines = new Path2D.Double();
        edges.sortByLow();
        int next = 0;
        int[] active = new int[16];
        int activeCount = 0;
        double[] crossing = new double[16];
        int[] winding = new int[16];
        for (double k = Math.ceil(lo / spacing); k * spacing <= hi; k++) {
            double w = k * spacing;
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
                if (crossings == crossing.length) {
                    crossing = Arrays.copyOf(crossing, crossings * 2);
                    winding = Arrays.copyOf(winding, crossings * 2);
                }
                crossing[crossings] = edges.uAt(e, w);
                winding[crossings] = edges.up[e] ? 1 : -1;
                crossings++;
            }
            sortCrossings(crossing, winding, crossings);
            double ox = anchorX + w * nx;
            double oy = anchorY + w * ny;
            int inside = 0;
            for (int i = 0; i + 1 < crossings; i++) {
                inside = evenOdd ? inside ^ 1 : inside + winding[i];
                if (inside != 0) {
                    double u0 = Math.max(crossing[i], along0);
                    double u1 = Math.min(crossing[i + 1], along1);
                    if (u1 > u0) {
                        lines.moveTo(ox + u0 * dx, oy + u0 * dy);
                        lines.lineTo(ox + u1 * dx, oy + u1 * dy);
                    }
                }
            }
        }
        return lines;
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
            for (int e = 0; e < count; e++) {
                lows[e] = low(e);
            }
            Integer[] boxed = new Integer[count];
            for (int e = 0; e < count; e++) {
                boxed[e] = e;
            }
            Arrays.sort(boxed, (p, q) -> Double.compare(lows[p], lows[q]));
            order = new int[count];
            for (int e = 0; e < count; e++) {
                order[e] = boxed[e];
            }
        }
    }
}
