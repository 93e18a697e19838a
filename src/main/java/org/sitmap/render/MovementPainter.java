package org.sitmap.render;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.sitmap.model.Annotation;
import org.sitmap.model.ArrowLook;
import org.sitmap.model.ArrowStyle;
import org.sitmap.model.MovementKind;
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
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        String unit = a.text(Annotation.UNIT);
        if (unit == null || unit.isBlank()) {
            return;
        }
        ScreenLine line = AnnotationShapes.drawnLine(a, v);
        if (line.size < 2) {
            return;
        }
        double ppt = labels.ppt();
        double[] m = new double[4];
        line.at(line.length() / 2, m);
        Style st = styles.of(a);
        Font font = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        Rectangle2D b = TextPainter.bounds(unit, font);
        double half = (ArrowPainter.halfWidth(MovementKind.style(a)) + 3) * ppt;
        // The side of the path facing up the screen first, then the other.
        double nx = m[3];
        double ny = -m[2];
        if (ny > 0) {
            nx = -nx;
            ny = -ny;
        }
        double[][] origins = new double[2][];
        for (int k = 0; k < 2; k++) {
            double sgn = k == 0 ? 1 : -1;
            // Push the box centre out until the box clears the line by `half`.
            double reach = half + Math.abs(nx) * b.getWidth() / 2 + Math.abs(ny) * b.getHeight() / 2;
            double cx = m[0] + sgn * nx * reach;
            double cy = m[1] + sgn * ny * reach;
            origins[k] = new double[] {cx - b.getWidth() / 2 - b.getX(), cy - b.getHeight() / 2 - b.getY()};
        }
        labels.firstFree(unit, font, b, origins, AnnotationStyles.colour(st, StyleProperty.TEXT), st);
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
        return Math.hypot(sx - line.x[n], sy - line.y[n]) <= headLength + tol && d <= headWidth / 2 + tol;
    }
}
