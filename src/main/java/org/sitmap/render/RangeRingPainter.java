package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.sitmap.geo.Geodesy;
import org.sitmap.geo.Planar;
import org.sitmap.model.Annotation;
import org.sitmap.model.Distances;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.model.RangeRingKind;
import org.sitmap.render.label.LabelJob;
import org.sitmap.render.label.PointSpots;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Range rings, every look from the style sheet: a geodesic circle at each of the ring's radii around its centre, white-edged lines in the side's
 * colour (dashed when tentative), a dot at the centre; each circle's distance written where it crosses north of the
 * centre, the title beside the centre. A click hits a circle's line or the centre, not the ground inside.
 */
final class RangeRingPainter extends KindPainter {
    private final AnnotationStyles styles;

    /** A painter taking every colour, width, dash and size from {@code styles}. */
    RangeRingPainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        Style st = styles.of(a);
        Point centre = (Point) a.geometry();
        for (double km : RangeRingKind.radii(a)) {
            stroke(c.g(), AnnotationShapes.circlePath(centre.getX(), centre.getY(), km, c.v()), st, c.ppt());
        }
        Point2D p = AnnotationShapes.point(a, c.v());
        Symbols.paint(c.g(), p.getX(), p.getY(), MarkerSymbol.DOT, st,
                AnnotationStyles.colour(st, StyleProperty.FILL),
                c.ppt() * st.number(StyleProperty.SYMBOL_SIZE) / Symbols.radius(MarkerSymbol.DOT));
    }

    /** A ring's line over its casing, as the sheet says. */
    private static void stroke(Graphics2D g, Shape ring, Style st, double ppt) {
        double width = st.number(StyleProperty.WIDTH);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.CASING));
        g.setStroke(new BasicStroke((float) ((width + st.number(StyleProperty.CASING_WIDTH)) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(ring);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(Pens.stroke(width * ppt, st.dash(), ppt));
        g.draw(ring);
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        double ppt = labels.ppt();
        Style st = styles.of(a);
        Point centre = (Point) a.geometry();
        Color colour = AnnotationStyles.colour(st, StyleProperty.TEXT);
        Font font = Fonts.bold((float) (st.number(StyleProperty.FONT_SIZE) * ppt));
        for (double km : RangeRingKind.radii(a)) {
            String text = Distances.format(km) + " km";
            Coordinate north = Geodesy.destination(centre.getX(), centre.getY(), 0, km);
            Point2D q = v.lonLatToScreen(north.x, north.y);
            Rectangle2D b = TextPainter.bounds(text, font);
            double x = q.getX() - b.getWidth() / 2 - b.getX();
            // On the line, else just inside the circle.
            labels.firstFree(text, font, b, new double[][] {{x, q.getY() - b.getHeight() / 2 - b.getY()},
                {x, q.getY() + st.number(StyleProperty.CASING_WIDTH) * ppt - b.getY()}}, colour, st);
        }
        Point2D p = AnnotationShapes.point(a, v);
        double dot = (st.number(StyleProperty.SYMBOL_SIZE) + st.number(StyleProperty.CASING_WIDTH)) * ppt;
        // No label, of this ring or another, may cover the centre dot.
        labels.obstacle(new Rectangle2D.Double(p.getX() - dot, p.getY() - dot, 2 * dot, 2 * dot));
        if (!a.title().isBlank()) {
            // The title is the ring's main label: beside the centre, else on a leader, and pinned by a drag.
            Font titleFont = Fonts.bold((float) (st.number(StyleProperty.SECONDARY_FONT_SIZE) * ppt));
            LabelJob job = labels.text(labels.labelText(a, a.title()), titleFont, p.getX(), p.getY(), st,
                    StyleProperty.SECONDARY_TEXT, AnnotationLabeller.RANK_RING);
            PointSpots.offer(job, p.getX(), p.getY(), p.getY(), dot);
        }
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        double cx = s.patch().getCenterX();
        double r = s.patch().getHeight() / 2;
        Style st = styles.of(e);
        // Two rings, the inner at half the outer's radius.
        for (double k = 1; k > 0.25; k /= 2) {
            stroke(s.g(), new Ellipse2D.Double(cx - r * k, s.cy() - r * k, 2 * r * k, 2 * r * k), st, s.fit());
        }
    }

    @Override
    double reach(Annotation a, double ppt) {
        Style st = styles.of(a);
        return (st.number(StyleProperty.WIDTH) + st.number(StyleProperty.CASING_WIDTH)) * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        Style st = styles.of(a);
        Point2D p = AnnotationShapes.point(a, v);
        if (Planar.length(sx - p.getX(), sy - p.getY()) <= st.number(StyleProperty.SYMBOL_SIZE) * ppt + tol) {
            return true;
        }
        Point centre = (Point) a.geometry();
        for (double km : RangeRingKind.radii(a)) {
            Shape ring = AnnotationShapes.circlePath(centre.getX(), centre.getY(), km, v);
            if (AreaPainter.distanceToOutline(ring, sx, sy) <= tol + st.number(StyleProperty.WIDTH) * ppt) {
                return true;
            }
        }
        return false;
    }
}
