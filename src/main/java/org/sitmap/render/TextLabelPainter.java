package org.sitmap.render;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.sitmap.geo.Planar;
import org.sitmap.model.Annotation;
import org.sitmap.model.LabelKind;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Free text: all label, drawn in the label pass, rotated about its centre, always drawn and then blocking later
 * labels; hit within its rotated text box.
 */
final class TextLabelPainter extends KindPainter {
    private final AnnotationStyles styles;

    /** A painter taking its text colour, halo and swatch size from {@code styles}. */
    TextLabelPainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        // Free text is all label: drawn in the label pass.
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        if (a.title().isBlank()) {
            return;
        }
        double ppt = labels.ppt();
        Point2D p = AnnotationShapes.point(a, v);
        Font font = Fonts.bold((float) (a.number(Annotation.SIZE, LabelKind.DEFAULT_SIZE) * ppt));
        Rectangle2D b = TextPainter.bounds(a.title(), font);
        double angle = Math.toRadians(a.number(Annotation.ROTATION, 0));
        // Rotate about the text's centre: origin = centre + R(angle) * (origin - centre in text space).
        double ox = -b.getX() - b.getWidth() / 2;
        double oy = -b.getY() - b.getHeight() / 2;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = p.getX() + ox * cos - oy * sin;
        double y = p.getY() + ox * sin + oy * cos;
        labels.fixed(a.title(), font, x, y, angle, p.getX(), p.getY(), styles.of(a));
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        Style st = styles.of(e);
        Font font = Fonts.bold((float) Math.min(st.number(StyleProperty.FONT_SIZE) * s.ppt(),
                s.patch().getHeight() * 0.9));
        Rectangle2D b = TextPainter.bounds("Aa", font);
        TextPainter.draw(s.g(), "Aa", font, s.patch().getCenterX() - b.getWidth() / 2 - b.getX(),
                s.cy() - b.getHeight() / 2 - b.getY(), 0, AnnotationStyles.colour(st, StyleProperty.TEXT),
                AnnotationStyles.colour(st, StyleProperty.HALO), (float) s.fit());
    }

    @Override
    double reach(Annotation a, double ppt) {
        Rectangle2D b = bounds(a, ppt);
        return Planar.length(b.getWidth(), b.getHeight()) / 2 + 2 * ppt;
    }

    private static Rectangle2D bounds(Annotation a, double ppt) {
        Font font = Fonts.bold((float) (a.number(Annotation.SIZE, LabelKind.DEFAULT_SIZE) * ppt));
        return TextPainter.bounds(a.title().isBlank() ? " " : a.title(), font);
    }

    /** Inside the text box rotated with the label: the point is turned back into the text's frame. */
    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        if (a.title().isBlank()) {
            return false;
        }
        Rectangle2D b = bounds(a, ppt);
        Point2D p = AnnotationShapes.point(a, v);
        double angle = Math.toRadians(a.number(Annotation.ROTATION, 0));
        double dx = sx - p.getX();
        double dy = sy - p.getY();
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        double tx = dx * cos - dy * sin;
        double ty = dx * sin + dy * cos;
        return Math.abs(tx) <= b.getWidth() / 2 + tol && Math.abs(ty) <= b.getHeight() / 2 + tol;
    }
}
