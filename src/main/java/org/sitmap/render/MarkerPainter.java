package org.sitmap.render;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.sitmap.model.Annotation;
import org.sitmap.model.MarkerKind;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/** Markers: their {@link Symbols symbol} in the side's colour, the title beside it where there is room. */
final class MarkerPainter extends KindPainter {
    private final AnnotationStyles styles;

    /** A painter taking its colours and label font from {@code styles}. */
    MarkerPainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        Point2D p = AnnotationShapes.point(a, c.v());
        Symbols.paint(c.g(), p.getX(), p.getY(), MarkerKind.symbol(a), styles.of(a),
                styles.side(a.side()), c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        if (a.title().isBlank()) {
            return;
        }
        double ppt = labels.ppt();
        Point2D p = AnnotationShapes.point(a, v);
        Style st = styles.of(a);
        Font font = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        Rectangle2D b = TextPainter.bounds(a.title(), font);
        MarkerSymbol symbol = MarkerKind.symbol(a);
        double gap = (Symbols.radius(symbol) + 2.5) * ppt;
        double cy = p.getY() - Symbols.labelRise(symbol) * ppt;
        double[][] origins = {
            {p.getX() + gap - b.getX(), cy - b.getY() - b.getHeight() / 2},
            {p.getX() - gap - b.getWidth() - b.getX(), cy - b.getY() - b.getHeight() / 2},
            {p.getX() - b.getWidth() / 2 - b.getX(), cy - gap - b.getY() - b.getHeight()},
            {p.getX() - b.getWidth() / 2 - b.getX(), p.getY() + gap - b.getY()},
        };
        labels.firstFree(a.title(), font, b, origins, AnnotationStyles.colour(st, StyleProperty.TEXT), st);
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        MarkerSymbol symbol = e.variant() instanceof MarkerSymbol m ? m : MarkerSymbol.DOT;
        double scale = Math.min(s.ppt(), s.patch().getHeight() / (2 * Symbols.radius(symbol) + 2));
        Symbols.paint(s.g(), s.patch().getCenterX(), s.cy() + Symbols.rise(symbol) * scale, symbol,
                styles.of(e), s.side(), scale);
    }

    @Override
    double reach(Annotation a, double ppt) {
        return 20 * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        Point2D p = AnnotationShapes.point(a, v);
        MarkerSymbol symbol = MarkerKind.symbol(a);
        double cy = p.getY() - Symbols.rise(symbol) * ppt;
        return Math.hypot(sx - p.getX(), sy - cy) <= Symbols.radius(symbol) * ppt + tol;
    }
}
