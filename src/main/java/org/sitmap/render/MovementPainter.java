package org.sitmap.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.sitmap.geo.Planar;
import org.sitmap.model.Annotation;
import org.sitmap.model.ArrowLook;
import org.sitmap.model.ArrowStyle;
import org.sitmap.model.MovementKind;
import org.sitmap.render.label.LabelJob;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Movement arrows along their smoothed line in the arrow's style ({@link ArrowPainter}); labelled with the unit
 * beside the middle of the path; hit on the body and the wider head.
 */
final class MovementPainter extends KindPainter {
    private final ArrowPainter arrows;
    private final AnnotationStyles styles;

    /** A painter drawing through {@code arrows} in the colours and label fonts of {@code styles}. */
    MovementPainter(ArrowPainter arrows, AnnotationStyles styles) {
        this.arrows = arrows;
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        arrows.paint(c.g(), AnnotationShapes.drawnLine(a, c.v()), MovementKind.style(a), styles.of(a),
                styles.side(a.side()), isTentative(a), MovementKind.mainAttack(a), c.ppt());
    }

    @Override
    boolean drawsAlone() {
        return true;
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        ScreenLine line = AnnotationShapes.drawnLine(a, v);
        if (line.size < 2) {
            return;
        }
        double ppt = labels.ppt();
        ArrowStyle style = MovementKind.style(a);
        labels.obstacle(headBox(line, ArrowPainter.AXIS_HEAD_LENGTH * ppt, ArrowPainter.headWidth(style) * ppt));
        bodyObstacles(labels, line, ArrowPainter.halfWidth(style) * ppt);
        String unit = a.text(Annotation.UNIT);
        if (unit == null || unit.isBlank()) {
            return;
        }
        double[] m = new double[4];
        line.at(line.length() / 2, m);
        Style st = styles.of(a);
        Font font = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        LabelJob job = labels.text(labels.labelText(a, unit), font, m[0], m[1], st, AnnotationLabeller.RANK_MOVEMENT);
        AnnotationLabeller.offerAlong(job, line, (ArrowPainter.halfWidth(style) + 3) * ppt - labels.halo(st));
    }

    /**
     * Small squares along the arrow's body, so no other label is written across it; a square's half side is a
     * little less than the body's half width, so the arrow's own label, which keeps clear of the body, still fits.
     */
    private static void bodyObstacles(AnnotationLabeller labels, ScreenLine line, double halfWidth) {
        double half = Math.max(1, halfWidth * 0.7);
        double[] m = new double[4];
        for (double s = 0; s < line.length(); s += 2 * half) {
            line.at(s, m);
            labels.obstacle(new Rectangle2D.Double(m[0] - half, m[1] - half, 2 * half, 2 * half));
        }
    }

    /** The box around an arrow's head, which no label may cover. */
    private static Rectangle2D headBox(ScreenLine line, double length, double width) {
        double[] tip = new double[4];
        double[] back = new double[4];
        line.at(line.length(), tip);
        line.at(Math.max(0, line.length() - length), back);
        Rectangle2D box = new Rectangle2D.Double(tip[0], tip[1], 0, 0);
        box.add(back[0], back[1]);
        double half = width / 2;
        return new Rectangle2D.Double(box.getX() - half, box.getY() - half, box.getWidth() + width,
                box.getHeight() + width);
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        ArrowLook look = e.variant() instanceof ArrowLook l ? l : new ArrowLook(ArrowStyle.MOVEMENT, false);
        ArrowStyle style = look.style();
        boolean main = look.mainAttack();
        double scale = Math.min(s.ppt(), s.patch().getHeight() / (ArrowPainter.headWidth(style) + 4));
        arrows.paint(s.g(), s.across(s.cy()), style, styles.of(e), s.side(), e.tentative(), main, scale);
    }

    @Override
    double reach(Annotation a, double ppt) {
        return ArrowPainter.AXIS_HEAD_WIDTH * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        ScreenLine line = AnnotationShapes.drawnLine(a, v);
        double d = line.distance(sx, sy, null);
        ArrowStyle style = MovementKind.style(a);
        if (d <= tol + ArrowPainter.halfWidth(style) * ppt) {
            return true;
        }
        // The head is wider than the body.
        double headWidth = ppt * ArrowPainter.headWidth(style);
        double headLength = ArrowPainter.AXIS_HEAD_LENGTH * ppt;
        int n = line.size - 1;
        return Planar.length(sx - line.x[n], sy - line.y[n]) <= headLength + tol && d <= headWidth / 2 + tol;
    }
}
