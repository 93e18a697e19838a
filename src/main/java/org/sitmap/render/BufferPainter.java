package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.sitmap.model.Annotation;
import org.sitmap.model.Side;

/** Buffer zones: a faint fill, hatched across, under a dashed outline; slate grey when nobody's. No label. */
final class BufferPainter extends AreaPainter {
    static final Color NEUTRAL = new Color(0x5D7186);

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.surface(), AnnotationShapes.areaPath(a, c.v()), colour(a.side()), c.ppt(), c.limit(),
                c.anchorX(), c.anchorY());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        // Buffers carry their meaning in the legend, not in text on the map.
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        paint(DrawSurface.java2d(s.g()), s.patch(), colour(e.side()), s.ppt(), s.box(), s.box().getX(), s.box().getY());
    }

    static Color colour(Side side) {
        return side == Side.OTHER ? NEUTRAL : new Color(side.colour());
    }

    static void paint(DrawSurface surface, Shape shape, Color colour, double ppt, Rectangle2D limit,
            double anchorX, double anchorY) {
        Graphics2D g = surface.graphics();
        g.setColor(Pens.alpha(colour, 0.08));
        g.fill(shape);
        g.setColor(Pens.alpha(colour, 0.55));
        g.setStroke(new BasicStroke((float) (0.8 * ppt), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        surface.hatch(shape, limit, 135, 4 * ppt, anchorX, anchorY);
        g.setColor(colour);
        g.setStroke(Pens.stroke(1.2 * ppt, new float[] {4, 2.5f}, ppt));
        g.draw(shape);
    }
}
