package org.sitmap.render;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.sitmap.geo.Planar;
import org.sitmap.model.Annotation;
import org.sitmap.model.MarkerKind;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.render.label.LabelJob;
import org.sitmap.render.label.PointSpots;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/** Markers: their {@link Symbols symbol} in the side's colour, the title beside it (eight positions, then a leader). */
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
    boolean isSymbol() {
        return true;
    }

    @Override
    boolean drawsAlone() {
        return true;
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        double ppt = labels.ppt();
        Point2D p = AnnotationShapes.point(a, v);
        MarkerSymbol symbol = MarkerKind.symbol(a);
        double r = Symbols.radius(symbol) * ppt;
        double symbolY = p.getY() - Symbols.rise(symbol) * ppt;
        // No label, of this marker or another, may cover the symbol.
        labels.obstacle(new Rectangle2D.Double(p.getX() - r, symbolY - r, 2 * r, 2 * r));
        if (a.title().isBlank()) {
            return;
        }
        Style st = styles.of(a);
        Font font = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        LabelJob job = labels.text(labels.labelText(a, a.title()), font, p.getX(), symbolY, st,
                AnnotationLabeller.RANK_MARKER);
        double gap = r + 2.5 * ppt - labels.halo(st);
        PointSpots.offer(job, p.getX(), symbolY, p.getY() - Symbols.labelRise(symbol) * ppt, gap);
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
        return Planar.length(sx - p.getX(), sy - cy) <= Symbols.radius(symbol) * ppt + tol;
    }
}
