package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.sitmap.geo.Planar;
import org.sitmap.model.Annotation;
import org.sitmap.model.FrontlineKind;
import org.sitmap.model.TeethSide;
import org.sitmap.render.label.LabelJob;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Frontlines, as the style sheet says: a line with triangular teeth towards the enemy, on a casing; the title
 * beside the line; hit on line or teeth.
 */
final class FrontlinePainter extends KindPainter {
    private final AnnotationStyles styles;

    /** A painter taking its colours, widths, dash and teeth from {@code styles}. */
    FrontlinePainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.g(), AnnotationShapes.drawnLine(a, c.v()), styles.of(a), FrontlineKind.teeth(a) == TeethSide.LEFT,
                c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        ScreenLine line = AnnotationShapes.drawnLine(a, v);
        if (a.title().isBlank() || line.size < 2) {
            return;
        }
        double ppt = labels.ppt();
        Style st = styles.of(a);
        double[] m = new double[4];
        line.at(line.length() / 2, m);
        Font font = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        LabelJob job = labels.text(labels.labelText(a, a.title()), font, m[0], m[1], st, AnnotationLabeller.RANK_LINE);
        double clear = (st.number(StyleProperty.WIDTH) / 2 + st.number(StyleProperty.TOOTH_HEIGHT) + 2) * ppt;
        AnnotationLabeller.offerAlong(job, line, clear - labels.halo(st));
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        Style st = styles.of(e);
        double scale = Math.min(s.ppt(), s.patch().getHeight() / 12);
        paint(s.g(), s.across(s.cy() + st.number(StyleProperty.TOOTH_HEIGHT) * scale / 2), st, true, scale);
    }

    @Override
    double reach(Annotation a, double ppt) {
        Style st = styles.of(a);
        return (st.number(StyleProperty.WIDTH) + st.number(StyleProperty.TOOTH_HEIGHT)) * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        Style st = styles.of(a);
        double d = AnnotationShapes.drawnLine(a, v).distance(sx, sy, null);
        return d <= tol + (st.number(StyleProperty.WIDTH) / 2 + st.number(StyleProperty.TOOTH_HEIGHT)) * ppt;
    }

    /** A line with triangular teeth pointing towards the enemy (left or right of travel), on a casing. */
    static void paint(Graphics2D g, ScreenLine line, Style st, boolean left, double ppt) {
        Path2D.Double teeth = teeth(line, st, left, ppt);
        double width = st.number(StyleProperty.WIDTH) * ppt;
        Path2D.Double path = line.path();
        g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
        g.setStroke(new BasicStroke((float) (width + st.number(StyleProperty.CASING_WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setStroke(new BasicStroke((float) (st.number(StyleProperty.DETAIL_CASING_WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(teeth);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.FILL));
        g.fill(teeth);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(Pens.stroke(width, st.dash(), ppt));
        g.draw(path);
    }

    private static Path2D.Double teeth(ScreenLine line, Style st, boolean left, double ppt) {
        Path2D.Double teeth = new Path2D.Double();
        double length = line.length();
        double spacing = st.number(StyleProperty.TOOTH_SPACING) * ppt;
        double base = st.number(StyleProperty.TOOTH_BASE) * ppt;
        double height = st.number(StyleProperty.TOOTH_HEIGHT) * ppt * (left ? 1 : -1);
        double[] a = new double[4];
        double[] b = new double[4];
        double[] c = new double[4];
        int count = (int) Math.floor((length - base) / spacing) + 1;
        double start = (length - (count - 1) * spacing) / 2;
        for (int k = 0; k < count && length >= base; k++) {
            double s = start + k * spacing;
            line.at(s - base / 2, a);
            line.at(s, c);
            line.at(s + base / 2, b);
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double d = Planar.length(dx, dy);
            if (d < 1e-9) {
                continue;
            }
            // Left of travel on screen (y down) is (dy, -dx).
            double nx = dy / d;
            double ny = -dx / d;
            double mx = (a[0] + b[0]) / 2;
            double my = (a[1] + b[1]) / 2;
            teeth.moveTo(a[0], a[1]);
            teeth.lineTo(mx + nx * height, my + ny * height);
            teeth.lineTo(b[0], b[1]);
            teeth.lineTo(c[0], c[1]);
            teeth.closePath();
        }
        return teeth;
    }

}
