package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitmap.geo.Planar;
import org.sitmap.model.ArrowStyle;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Draws arrows along a screen line in the three {@link ArrowStyle}s: the plain movement arrow, the military axis of
 * advance (with a chevron for a main attack) and the direction of attack; dashed when tentative. Sizes in points.
 *
 * <p>Owns a small cache of dashed arrow outlines (see {@link #clearCache()}); thread-safe.
 */
final class ArrowPainter {
    // Arrow sizes in points: shaft or corridor width, head width, head length.
    static final double MOVEMENT_TAIL = 3;
    static final double MOVEMENT_SHAFT = 8;
    static final double MOVEMENT_HEAD_WIDTH = 20;
    static final double MOVEMENT_HEAD_LENGTH = 16;
    static final double AXIS_WIDTH = 11;
    static final double AXIS_HEAD_WIDTH = 27;
    static final double AXIS_HEAD_LENGTH = 19;
    static final double AXIS_LINE = 1.7;
    static final double ATTACK_LINE = 2.2;
    static final double ATTACK_HEAD_WIDTH = 12;
    static final double ATTACK_HEAD_LENGTH = 13;
    private static final int CACHED_ARROWS = 64;

    private final DashedArrowCache dashedArrows = new DashedArrowCache();

    /** Forgets the cached dashed outlines. */
    void clearCache() {
        dashedArrows.clear();
    }

    /** Half the drawn width of an arrow's body in points, for label clearance and hit testing. */
    static double halfWidth(ArrowStyle style) {
        return switch (style) {
            case AXIS -> AXIS_WIDTH / 2 + AXIS_LINE;
            case ATTACK -> ATTACK_LINE;
            case MOVEMENT -> MOVEMENT_SHAFT / 2;
        };
    }

    /** The head's full width in points. */
    static double headWidth(ArrowStyle style) {
        return switch (style) {
            case AXIS -> AXIS_HEAD_WIDTH;
            case ATTACK -> ATTACK_HEAD_WIDTH;
            case MOVEMENT -> MOVEMENT_HEAD_WIDTH;
        };
    }


    /** Head length and half width in pixels for a line of {@code length} pixels: shrunk on short arrows. */
    private static double[] head(double length, double headLength, double headWidth) {
        double l = Math.min(headLength, 0.45 * length);
        double k = headLength > 0 ? l / headLength : 1;
        return new double[] {l, headWidth * k / 2};
    }

    void paint(Graphics2D g, ScreenLine line, ArrowStyle style, Style st, Color side, boolean tentative,
            boolean mainAttack, double ppt) {
        double length = line.length();
        if (line.size < 2 || length < 1) {
            // Too short to show a direction: a dot as big as the sheet's symbol-size says.
            Symbols.paint(g, line.x[0], line.y[0], MarkerSymbol.DOT, st, side,
                    ppt * st.number(StyleProperty.SYMBOL_SIZE) / Symbols.radius(MarkerSymbol.DOT));
            return;
        }
        Object before = DrawingMarks.mark(g, new DrawingMarks.ArrowHead(headTriangle(line, style, ppt)));
        try {
            switch (style) {
                case AXIS -> paintAxis(g, line, st, side, tentative, mainAttack, ppt);
                case ATTACK -> paintAttack(g, line, st, side, tentative, ppt);
                case MOVEMENT -> paintMovement(g, line, st, side, tentative, ppt);
            }
        } finally {
            DrawingMarks.mark(g, before);
        }
    }

    /** The triangle of an arrow's head in pixels (its base corners and its tip), as each style draws it. */
    static Shape headTriangle(ScreenLine line, ArrowStyle style, double ppt) {
        double[] h = switch (style) {
            case AXIS -> head(line.length(), AXIS_HEAD_LENGTH * ppt, AXIS_HEAD_WIDTH * ppt);
            case ATTACK -> head(line.length(), ATTACK_HEAD_LENGTH * ppt, ATTACK_HEAD_WIDTH * ppt);
            case MOVEMENT -> head(line.length(), MOVEMENT_HEAD_LENGTH * ppt, MOVEMENT_HEAD_WIDTH * ppt);
        };
        double[] f = headFrame(line, h[0]);
        Path2D.Double t = new Path2D.Double();
        t.moveTo(f[2] + f[6] * h[1], f[3] + f[7] * h[1]);
        t.lineTo(f[0], f[1]);
        t.lineTo(f[2] - f[6] * h[1], f[3] - f[7] * h[1]);
        t.closePath();
        return t;
    }

    /** Tip, head base point, unit direction, unit left normal: {tx, ty, bx, by, dx, dy, nx, ny}. */
    private static double[] headFrame(ScreenLine line, double headLength) {
        double length = line.length();
        double[] tip = new double[4];
        double[] base = new double[4];
        line.at(length, tip);
        line.at(length - headLength, base);
        double dx = tip[0] - base[0];
        double dy = tip[1] - base[1];
        double d = Planar.length(dx, dy);
        if (d < 1e-9) {
            dx = tip[2];
            dy = tip[3];
        } else {
            dx /= d;
            dy /= d;
        }
        // The head sits on its true length along the final direction, whatever the curve does inside it.
        double bx = tip[0] - dx * headLength;
        double by = tip[1] - dy * headLength;
        return new double[] {tip[0], tip[1], bx, by, dx, dy, dy, -dx};
    }

    /** Plain-language arrow: a tapered body widening towards a filled head, white-edged. */
    private void paintMovement(Graphics2D g, ScreenLine line, Style st, Color side, boolean tentative, double ppt) {
        double[] h = head(line.length(), MOVEMENT_HEAD_LENGTH * ppt, MOVEMENT_HEAD_WIDTH * ppt);
        double headLength = h[0];
        double halfHead = h[1];
        double shrink = halfHead / (MOVEMENT_HEAD_WIDTH * ppt / 2);
        double tail = MOVEMENT_TAIL * ppt * shrink / 2;
        double neck = MOVEMENT_SHAFT * ppt * shrink / 2;
        double[] f = headFrame(line, headLength);
        ScreenLine shaft = line.sub(0, line.length() - headLength);
        double[] n = shaft.normals();
        double shaftLength = Math.max(1e-9, shaft.length());
        int m = shaft.size;
        Path2D.Double body = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int i = 0; i < m; i++) {
            double[] p = taperedEdge(shaft, n, f, i, tail, neck, shaftLength, 1);
            if (i == 0) {
                body.moveTo(p[0], p[1]);
            } else {
                body.lineTo(p[0], p[1]);
            }
        }
        Path2D.Double headShape = new Path2D.Double();
        headShape.moveTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        headShape.lineTo(f[0], f[1]);
        headShape.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        body.lineTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        body.lineTo(f[0], f[1]);
        body.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        for (int i = m - 1; i >= 0; i--) {
            double[] p = taperedEdge(shaft, n, f, i, tail, neck, shaftLength, -1);
            body.lineTo(p[0], p[1]);
        }
        body.closePath();
        Shape arrow = tentative ? dashed(line, shaft, body, headShape, neck, st.dash(), ppt) : body;
        g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.CASING_WIDTH) * ppt * Math.max(0.5, shrink)),
                BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(arrow);
        g.setColor(Pens.alpha(side, st.number(StyleProperty.FILL_OPACITY)));
        g.fill(arrow);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.WIDTH) * ppt), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        g.draw(arrow);
    }

    /**
     * The body cut into dashes across by the sheet's {@code dash} (on, off in points; the head stays whole so the
     * direction always reads); cached by shape (each sheet's painters own their cache, so one dash per cache).
     */
    private Shape dashed(ScreenLine line, ScreenLine shaft, Path2D.Double body, Path2D.Double headShape, double neck,
            float[] dash, double ppt) {
        DashedArrowKey key = DashedArrowKey.of(line, ppt);
        Shape cached = dashedArrows.get(key, line);
        if (cached != null) {
            return cached;
        }
        // Stretch the pattern a little so a whole number of gap-dash pairs fills the shaft: no sliver at the tail.
        double period = (dash[0] + dash[1]) * ppt;
        double fit = shaft.length() / Math.max(1, Math.round(shaft.length() / period)) / period;
        float on = (float) (dash[0] * ppt * fit);
        float off = (float) (dash[1] * ppt * fit);
        // Cut relative to the line's first point, the cache's frame, so the outline depends on the arrow's shape
        // alone: a first frame, a cached one and a panned one give the same pixels.
        AffineTransform toOrigin = AffineTransform.getTranslateInstance(-line.x[0], -line.y[0]);
        // The pattern runs back from the head and starts with a gap, so no dash is cut by the head.
        Shape dashes = new BasicStroke((float) (4 * neck + 4), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL, 10f,
                new float[] {on, off}, on).createStrokedShape(toOrigin.createTransformedShape(reversed(shaft)));
        Area relativeBody = new Area(toOrigin.createTransformedShape(body));
        Area a = new Area(relativeBody);
        a.intersect(new Area(dashes));
        Area tip = new Area(relativeBody);
        tip.intersect(new Area(toOrigin.createTransformedShape(headShape)));
        a.add(tip);
        return dashedArrows.put(key, line, a);
    }

    /** Vertex i of a tapered body's left (sign 1) or right (sign -1) edge; the last sits on the head's base. */
    private static double[] taperedEdge(ScreenLine shaft, double[] n, double[] f, int i, double tail, double neck,
            double shaftLength, int sign) {
        int m = shaft.size;
        double w = tail + (neck - tail) * shaft.lengthAt(i) / shaftLength;
        double nx = i == m - 1 ? f[6] : n[2 * i];
        double ny = i == m - 1 ? f[7] : n[2 * i + 1];
        double px = i == m - 1 ? f[2] : shaft.x[i];
        double py = i == m - 1 ? f[3] : shaft.y[i];
        return new double[] {px + sign * nx * w, py + sign * ny * w};
    }

    /**
     * A dashed arrow's outline, by the shape of its line in pixels (relative to its first point, to 1/1000 pixel)
     * and the output scale. Cutting the dashes out of the body with {@link Area} costs 10-20 ms for a curved arrow,
     * most of a frame with two such arrows zoomed in; the outline only moves when the map is panned, so frames
     * after the first translate the cached one.
     */
    private record DashedArrowKey(long[] shape, double ppt) {
        static DashedArrowKey of(ScreenLine line, double ppt) {
            long[] shape = new long[2 * line.size];
            for (int i = 0; i < line.size; i++) {
                shape[2 * i] = Math.round((line.x[i] - line.x[0]) * 1000);
                shape[2 * i + 1] = Math.round((line.y[i] - line.y[0]) * 1000);
            }
            return new DashedArrowKey(shape, ppt);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DashedArrowKey k && k.ppt == ppt && Arrays.equals(k.shape, shape);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Double.hashCode(ppt);
        }
    }

    /** The last {@value #CACHED_ARROWS} dashed outlines drawn, least recently used first out. Thread-safe. */
    private static final class DashedArrowCache {
        private final Map<DashedArrowKey, Path2D.Double> outlines = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DashedArrowKey, Path2D.Double> eldest) {
                return size() > CACHED_ARROWS;
            }
        };

        /** The cached outline moved to where the line now starts, or null. */
        Shape get(DashedArrowKey key, ScreenLine line) {
            Path2D.Double relative;
            synchronized (outlines) {
                relative = outlines.get(key);
            }
            return relative == null ? null : placed(relative, line);
        }

        private static Shape placed(Path2D.Double relative, ScreenLine line) {
            return AffineTransform.getTranslateInstance(line.x[0], line.y[0]).createTransformedShape(relative);
        }

        /** Keeps an outline cut relative to the line's first point and returns it placed, as {@link #get} will. */
        Shape put(DashedArrowKey key, ScreenLine line, Area relativeOutline) {
            // Kept as a path: walking an Area's outline again every frame cost as much as drawing it.
            Path2D.Double relative = new Path2D.Double(relativeOutline);
            synchronized (outlines) {
                outlines.put(key, relative);
            }
            return placed(relative, line);
        }

        void clear() {
            synchronized (outlines) {
                outlines.clear();
            }
        }
    }

    private static Path2D.Double reversed(ScreenLine line) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(line.x[line.size - 1], line.y[line.size - 1]);
        for (int i = line.size - 2; i >= 0; i--) {
            p.lineTo(line.x[i], line.y[i]);
        }
        return p;
    }

    /** Military axis of advance: a double-line corridor ending in an open head; a chevron marks a main attack. */
    private static void paintAxis(Graphics2D g, ScreenLine line, Style st, Color side, boolean tentative,
            boolean mainAttack, double ppt) {
        double[] h = head(line.length(), AXIS_HEAD_LENGTH * ppt, AXIS_HEAD_WIDTH * ppt);
        double headLength = h[0];
        double halfHead = h[1];
        double shrink = halfHead / (AXIS_HEAD_WIDTH * ppt / 2);
        double half = AXIS_WIDTH * ppt * shrink / 2;
        double[] f = headFrame(line, headLength);
        ScreenLine shaft = line.sub(0, line.length() - headLength);
        double[] n = shaft.normals();
        int m = shaft.size;
        Path2D.Double outline = new Path2D.Double();
        for (int i = 0; i < m; i++) {
            double[] p = offsetPoint(shaft, n, f, i, half);
            if (i == 0) {
                outline.moveTo(p[0], p[1]);
            } else {
                outline.lineTo(p[0], p[1]);
            }
        }
        outline.lineTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        outline.lineTo(f[0], f[1]);
        outline.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        for (int i = m - 1; i >= 0; i--) {
            double[] p = offsetPoint(shaft, n, f, i, -half);
            outline.lineTo(p[0], p[1]);
        }
        Path2D.Double closed = (Path2D.Double) outline.clone();
        closed.closePath();
        Path2D.Double chevron = null;
        if (mainAttack) {
            // A solid chevron band along the head's edges: the main effort reads at a glance.
            double t = 0.45;
            double w = halfHead * (1 - t);
            chevron = new Path2D.Double();
            chevron.moveTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
            chevron.lineTo(f[0], f[1]);
            chevron.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
            chevron.lineTo(f[2] - f[6] * w, f[3] - f[7] * w);
            chevron.lineTo(f[0] - f[4] * headLength * t, f[1] - f[5] * headLength * t);
            chevron.lineTo(f[2] + f[6] * w, f[3] + f[7] * w);
            chevron.closePath();
        }
        float[] dash = tentative ? st.dash() : null;
        float width = (float) (AXIS_LINE * ppt * Math.max(0.6, shrink));
        g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
        g.setStroke(Pens.stroke(width + st.number(StyleProperty.CASING_WIDTH) * ppt, null, ppt));
        g.draw(outline);
        g.setColor(Pens.alpha(side, st.number(StyleProperty.FILL_OPACITY)));
        g.fill(closed);
        if (chevron != null) {
            g.setColor(side);
            g.fill(chevron);
        }
        g.setColor(side);
        g.setStroke(Pens.stroke(width, dash, ppt));
        g.draw(outline);
    }

    private static double[] offsetPoint(ScreenLine shaft, double[] n, double[] f, int i, double d) {
        if (i == shaft.size - 1) {
            return new double[] {f[2] + f[6] * d, f[3] + f[7] * d};
        }
        return new double[] {shaft.x[i] + n[2 * i] * d, shaft.y[i] + n[2 * i + 1] * d};
    }

    /** Direction of attack: one line with a filled head. */
    private static void paintAttack(Graphics2D g, ScreenLine line, Style st, Color side, boolean tentative,
            double ppt) {
        double[] h = head(line.length(), ATTACK_HEAD_LENGTH * ppt, ATTACK_HEAD_WIDTH * ppt);
        double headLength = h[0];
        double halfHead = h[1];
        double[] f = headFrame(line, headLength);
        // The shaft runs a little into the head so no seam shows between them.
        ScreenLine shaft = line.sub(0, line.length() - headLength * 0.6);
        Path2D.Double headShape = new Path2D.Double();
        headShape.moveTo(f[2] + f[6] * halfHead, f[3] + f[7] * halfHead);
        headShape.lineTo(f[0], f[1]);
        headShape.lineTo(f[2] - f[6] * halfHead, f[3] - f[7] * halfHead);
        headShape.lineTo(f[2] + f[4] * headLength * 0.18, f[3] + f[5] * headLength * 0.18);
        headShape.closePath();
        double width = ATTACK_LINE * ppt;
        Path2D.Double path = shaft.path();
        g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
        g.setStroke(new BasicStroke((float) (width + st.number(StyleProperty.CASING_WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.DETAIL_CASING_WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(headShape);
        g.setColor(side);
        g.setStroke(Pens.stroke(width, tentative ? st.dash() : null, ppt));
        g.draw(path);
        g.fill(headShape);
    }

}
