package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.sitmap.model.Annotation;
import org.sitmap.model.ZoneStatus;

/**
 * Zones in the side's colour by status: assessed control a 30 % fill under a solid outline, an assessed advance an
 * 18 % fill under a thinner one, claims hatched with a dashed outline, contested ground grey, ground held before a
 * dotted outline. Reported and unconfirmed outlines are dashed. No label: the legend explains zones.
 */
final class ZonePainter extends AreaPainter {
    static final Color CONTESTED = new Color(0x8A8A8A);

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.surface(), AnnotationShapes.areaPath(a, c.v()), new Color(a.side().colour()), a.status(),
                isTentative(a), c.ppt(), c.limit(), c.anchorX(), c.anchorY());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        // Zones carry their meaning in the legend, not in text on the map.
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        paint(DrawSurface.java2d(s.g()), s.patch(), s.side(), e.status(), e.tentative(), s.ppt(), s.box(), s.box().getX(),
                s.box().getY());
    }

    /** A translucent fill in the side colour under a same-colour outline: the look of assessed control. */
    private static void fillAndOutline(Graphics2D g, Shape shape, Color side, double fillAlpha, double width,
            float[] dash, double ppt) {
        g.setColor(Pens.alpha(side, fillAlpha));
        g.fill(shape);
        g.setColor(side);
        g.setStroke(Pens.stroke(width, dash, ppt));
        g.draw(shape);
    }

    static void paint(DrawSurface surface, Shape shape, Color side, ZoneStatus status,
            boolean tentative, double ppt, Rectangle2D limit, double anchorX, double anchorY) {
        Graphics2D g = surface.graphics();
        float[] dash = {5, 3};
        switch (status == null ? ZoneStatus.ASSESSED_CONTROL : status) {
            case ASSESSED_CONTROL -> fillAndOutline(g, shape, side, 0.30, 1.5 * ppt, tentative ? dash : null, ppt);
            case ASSESSED_ADVANCE -> fillAndOutline(g, shape, side, 0.18, 0.9 * ppt, tentative ? dash : null, ppt);
            case CLAIMED -> {
                g.setColor(Pens.alpha(side, 0.06));
                g.fill(shape);
                g.setColor(Pens.alpha(side, 0.85));
                g.setStroke(new BasicStroke((float) (1.1 * ppt), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                surface.hatch(shape, limit, 45, 5.5 * ppt, anchorX, anchorY);
                g.setColor(side);
                g.setStroke(Pens.stroke(1.3 * ppt, dash, ppt));
                g.draw(shape);
            }
            case CONTESTED -> {
                g.setColor(Pens.alpha(CONTESTED, 0.30));
                g.fill(shape);
                g.setColor(CONTESTED.darker());
                g.setStroke(Pens.stroke(1.2 * ppt, dash, ppt));
                g.draw(shape);
            }
            case HELD_BEFORE -> {
                g.setColor(side);
                g.setStroke(new BasicStroke((float) (1.8 * ppt), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                        4f, new float[] {0.01f, (float) (3.6 * ppt)}, 0f));
                g.draw(shape);
            }
        }
    }
}
