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
import org.sitmap.model.Annotation;
import org.sitmap.model.Distances;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.model.RangeRingKind;

/**
 * Range rings: a geodesic circle at each of the ring's radii around its centre, white-edged lines in the side's
 * colour (dashed when tentative), a dot at the centre; each circle's distance written where it crosses north of the
 * centre, the title beside the centre. A click hits a circle's line or the centre, not the ground inside.
 */
final class RangeRingPainter extends KindPainter {
    /** Width of a ring's line, in points. */
    static final double LINE = 1.4;
    private static final float[] DASH = {6, 3.5f};

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        Point centre = (Point) a.geometry();
        Color side = new Color(a.side().colour());
        boolean tentative = isTentative(a);
        for (double km : RangeRingKind.radii(a)) {
            stroke(c.g(), AnnotationShapes.circlePath(centre.getX(), centre.getY(), km, c.v()), side, tentative,
                    c.ppt());
        }
        Point2D p = AnnotationShapes.point(a, c.v());
        Symbols.paint(c.g(), p.getX(), p.getY(), MarkerSymbol.DOT, side, c.ppt() * 0.6);
    }

    private static void stroke(Graphics2D g, Shape ring, Color side, boolean tentative, double ppt) {
        g.setColor(Pens.LINE_HALO);
        g.setStroke(new BasicStroke((float) ((LINE + 2) * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(ring);
        g.setColor(side);
        g.setStroke(Pens.stroke(LINE * ppt, tentative ? DASH : null, ppt));
        g.draw(ring);
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        double ppt = labels.ppt();
        Point centre = (Point) a.geometry();
        Color colour = Pens.darken(new Color(a.side().colour()), 0.7);
        Font font = Fonts.bold((float) (8 * ppt));
        for (double km : RangeRingKind.radii(a)) {
            String text = Distances.format(km) + " km";
            Coordinate north = Geodesy.destination(centre.getX(), centre.getY(), 0, km);
            Point2D q = v.lonLatToScreen(north.x, north.y);
            Rectangle2D b = TextPainter.bounds(text, font);
            double x = q.getX() - b.getWidth() / 2 - b.getX();
            // On the line, else just inside the circle.
            labels.firstFree(text, font, b, new double[][] {{x, q.getY() - b.getHeight() / 2 - b.getY()},
                {x, q.getY() + 2 * ppt - b.getY()}}, colour);
        }
        if (!a.title().isBlank()) {
            Point2D p = AnnotationShapes.point(a, v);
            Font titleFont = Fonts.bold((float) (9 * ppt));
            Rectangle2D b = TextPainter.bounds(a.title(), titleFont);
            double gap = 5 * ppt;
            labels.firstFree(a.title(), titleFont, b, new double[][] {
                {p.getX() + gap - b.getX(), p.getY() - b.getY() - b.getHeight() / 2},
                {p.getX() - b.getWidth() / 2 - b.getX(), p.getY() + gap - b.getY()}}, Pens.TEXT);
        }
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        double cx = s.patch().getCenterX();
        double r = s.patch().getHeight() / 2;
        for (double k : new double[] {1, 0.5}) {
            stroke(s.g(), new Ellipse2D.Double(cx - r * k, s.cy() - r * k, 2 * r * k, 2 * r * k), s.side(),
                    e.tentative(), s.fit());
        }
    }

    @Override
    double reach(Annotation a, double ppt) {
        return (LINE + 2) * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        Point2D p = AnnotationShapes.point(a, v);
        if (Math.hypot(sx - p.getX(), sy - p.getY()) <= 4 * ppt + tol) {
            return true;
        }
        Point centre = (Point) a.geometry();
        for (double km : RangeRingKind.radii(a)) {
            Shape ring = AnnotationShapes.circlePath(centre.getX(), centre.getY(), km, v);
            if (AreaPainter.distanceToOutline(ring, sx, sy) <= tol + LINE * ppt) {
                return true;
            }
        }
        return false;
    }
}
