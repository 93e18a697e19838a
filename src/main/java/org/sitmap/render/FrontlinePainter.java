package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.sitmap.model.Annotation;
import org.sitmap.model.FrontlineKind;
import org.sitmap.model.TeethSide;

/** Frontlines: a line in the side's colour with triangular teeth towards the enemy; no label; hit on line or teeth. */
final class FrontlinePainter extends KindPainter {
    static final double FRONT_LINE = 2.2;
    static final double TOOTH_SPACING = 14;
    static final double TOOTH_BASE = 8;
    static final double TOOTH_HEIGHT = 5.5;

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.g(), AnnotationShapes.drawnLine(a, c.v()), new Color(a.side().colour()),
                FrontlineKind.teeth(a) == TeethSide.LEFT, isTentative(a), c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        // Frontlines carry their meaning in the legend, not in text on the map.
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        double scale = Math.min(s.ppt(), s.patch().getHeight() / 12);
        paint(s.g(), s.across(s.cy() + TOOTH_HEIGHT * scale / 2), s.side(), true, e.tentative(), scale);
    }

    @Override
    double reach(Annotation a, double ppt) {
        return (FRONT_LINE + TOOTH_HEIGHT) * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        double d = AnnotationShapes.drawnLine(a, v).distance(sx, sy, null);
        return d <= tol + (FRONT_LINE / 2 + TOOTH_HEIGHT) * ppt;
    }

    /** A line in the side's colour with triangular teeth pointing towards the enemy (left or right of travel). */
    static void paint(Graphics2D g, ScreenLine line, Color side, boolean left, boolean tentative, double ppt) {
        Path2D.Double teeth = new Path2D.Double();
        double length = line.length();
        double spacing = TOOTH_SPACING * ppt;
        double base = TOOTH_BASE * ppt;
        double height = TOOTH_HEIGHT * ppt * (left ? 1 : -1);
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
            double d = Math.hypot(dx, dy);
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
        double width = FRONT_LINE * ppt;
        Path2D.Double path = line.path();
        g.setColor(Pens.LINE_HALO);
        g.setStroke(new BasicStroke((float) (width + 2.4 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.setStroke(new BasicStroke((float) (2.0 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(teeth);
        g.setColor(side);
        g.fill(teeth);
        g.setStroke(Pens.stroke(width, tentative ? new float[] {6, 3.5f} : null, ppt));
        g.draw(path);
    }

}
