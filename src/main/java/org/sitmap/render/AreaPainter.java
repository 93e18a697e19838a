package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.render.label.AreaSpot;
import org.sitmap.render.label.LabelJob;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * The painters of areas (zones, buffers, evacuation areas, declarations) share how they draw, as the sheet says:
 * a band inside the edge where the sheet sets {@code band}, the fill, hatching where it sets {@code hatch}, and the
 * outline on top; and their hit outline: inside, or within the tolerance of the outline. Subclasses say what
 * differs: their label, and where their fill stacks among the other areas' ({@link #stacking}).
 */
abstract class AreaPainter extends KindPainter {
    /** The parts of an area, in the order they are drawn. */
    enum Part {
        /** The band inside the edge and the fill. */
        FILL,
        /** The hatch lines. */
        HATCH,
        /** The outline. */
        OUTLINE
    }

    final AnnotationStyles styles;

    /** A painter taking its colours, widths, dashes, band and hatching from {@code styles}. */
    AreaPainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        Shape shape = AnnotationShapes.areaPath(a, c.v());
        for (Part part : Part.values()) {
            paint(c, a, part, shape, shape);
        }
    }

    /**
     * Draws one part of the area: {@code interior} (the area less what covers it) takes the band, fill and
     * hatching, {@code outline} the outline.
     */
    void paint(ShapeContext c, Annotation a, Part part, Shape outline, Shape interior) {
        Style st = styles.of(a);
        double ppt = c.ppt();
        switch (part) {
            case FILL -> fill(c.g(), outline, interior, st, st.number(StyleProperty.BAND_WIDTH, 0) * ppt);
            case HATCH -> hatch(c.surface(), interior, st, ppt, c.limit(), c.anchorX(), c.anchorY());
            case OUTLINE -> outline(c.g(), outline, st, ppt);
        }
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        Style st = styles.of(e);
        Shape patch = s.patch();
        // A band takes at most a quarter of the patch, so the fill still shows inside it.
        double band = Math.min(st.number(StyleProperty.BAND_WIDTH, 0) * s.ppt(), patch.getBounds2D().getHeight() / 4);
        fill(s.g(), patch, patch, st, band);
        hatch(DrawSurface.java2d(s.g()), patch, st, s.ppt(), s.box(), s.box().getX(), s.box().getY());
        outline(s.g(), patch, st, s.ppt());
    }

    /**
     * Where the area's fill stacks among the areas', lowest first: a point covered by several areas shows the
     * tint of the highest only.
     */
    abstract int stacking(Annotation a);

    /** Whether the area paints its interior (fill, band or hatching), and so hides the tints beneath it. */
    boolean paintsInterior(Annotation a) {
        Style st = styles.of(a);
        return st.has(StyleProperty.HATCH) || st.has(StyleProperty.BAND)
                || st.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).alpha() > 0;
    }

    /** The band inside the edge (where the sheet sets one; clipped to the interior), then the fill. */
    private static void fill(Graphics2D g, Shape outline, Shape interior, Style st, double bandPx) {
        if (st.has(StyleProperty.BAND)) {
            Shape savedClip = g.getClip();
            g.clip(interior);
            g.setColor(new Color(st.paint(StyleProperty.BAND, StyleProperty.BAND_OPACITY).argb(), true));
            g.setStroke(new BasicStroke((float) (2 * bandPx), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setClip(savedClip);
        }
        Color fill = new Color(st.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb(), true);
        if (fill.getAlpha() > 0) {
            g.setColor(fill);
            g.fill(interior);
        }
    }

    /** Hatch lines across the interior, where the sheet sets a hatch colour. */
    private static void hatch(DrawSurface surface, Shape interior, Style st, double ppt, Rectangle2D limit,
            double anchorX, double anchorY) {
        if (!st.has(StyleProperty.HATCH)) {
            return;
        }
        Graphics2D g = surface.graphics();
        g.setColor(new Color(st.paint(StyleProperty.HATCH, StyleProperty.HATCH_OPACITY).argb(), true));
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.HATCH_WIDTH) * ppt), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER));
        surface.hatch(interior, limit, st.number(StyleProperty.HATCH_ANGLE),
                st.number(StyleProperty.HATCH_SPACING) * ppt, anchorX, anchorY);
    }

    /** The outline in the sheet's colour, width and dash. */
    private static void outline(Graphics2D g, Shape outline, Style st, double ppt) {
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(Pens.outline(st, ppt));
        g.draw(outline);
    }
    @Override
    double reach(Annotation a, double ppt) {
        return 2 * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        return areaHit(AnnotationShapes.areaPath(a, v), sx, sy, tol, ppt);
    }

    /** Inside {@code area} or within {@code tol} pixels (plus half a drawn outline) of its outline. */
    static boolean areaHit(Shape area, double sx, double sy, double tol, double ppt) {
        return area.contains(sx, sy) || distanceToOutline(area, sx, sy) <= tol + ppt;
    }

    /**
     * Labels an area with {@code lines} at the pole of inaccessibility of its largest part on screen (or near it,
     * else on a leader); none when no part of it is on screen.
     */
    static void labelArea(AnnotationLabeller labels, Viewport v, Annotation a, List<String> lines, Style st,
            int rank) {
        // An area reserves no obstacle: a label not offered costs nothing, not even finding its spot.
        if (lines.isEmpty() || !labels.offersLabels()) {
            return;
        }
        AreaSpot spot = AreaSpot.of(AnnotationShapes.screenArea(a, v), v.width(), v.height());
        if (spot == null) {
            return;
        }
        LabelJob job = labels.block(lines, spot.x(), spot.y(), st, rank);
        spot.offer(job);
    }

    static double distanceToOutline(Shape s, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        double[] c = new double[6];
        double mx = 0;
        double my = 0;
        double lx = 0;
        double ly = 0;
        for (PathIterator it = s.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    mx = lx = c[0];
                    my = ly = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    best = Math.min(best, Line2D.ptSegDist(lx, ly, c[0], c[1], x, y));
                    lx = c[0];
                    ly = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    best = Math.min(best, Line2D.ptSegDist(lx, ly, mx, my, x, y));
                    lx = mx;
                    ly = my;
                }
                default -> {
                    // Flattened: no curves.
                }
            }
        }
        return best;
    }
}
