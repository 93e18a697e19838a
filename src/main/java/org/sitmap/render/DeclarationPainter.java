package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.Annotation;

/** Declarations: a wide translucent yellow band inside the region's border; labelled with the title and level. */
final class DeclarationPainter extends AreaPainter {
    static final Color DECLARATION = new Color(0xF1C40F);
    static final Color DECLARATION_EDGE = new Color(0xC9A100);
    static final Color DECLARATION_TEXT = new Color(0x6E5200);
    /** Width of the band inside the border, in points. */
    static final double BAND = 7;

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.g(), AnnotationShapes.areaPath(a, c.v()), BAND * c.ppt(), c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        List<String> lines = new ArrayList<>();
        lines.add(a.title().isBlank() ? "State of emergency" : a.title());
        String level = a.text(Annotation.LEVEL);
        if (level != null && !level.isBlank()) {
            lines.add("Level: " + level);
        }
        Point2D p = AnnotationShapes.labelPoint(a, v);
        labels.block(lines, p.getX(), p.getY(), DECLARATION_TEXT);
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        paint(s.g(), s.patch(), Math.min(BAND * s.ppt(), s.patch().getHeight() / 4), s.ppt());
    }

    /** A wide translucent band inside the outline (the region is "under" the declaration) and a thin edge. */
    static void paint(Graphics2D g, Shape shape, double bandPx, double ppt) {
        Shape savedClip = g.getClip();
        g.clip(shape);
        g.setColor(Pens.alpha(DECLARATION, 0.45));
        g.setStroke(new BasicStroke((float) (2 * bandPx), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setClip(savedClip);
        g.setColor(Pens.alpha(DECLARATION, 0.07));
        g.fill(shape);
        g.setColor(DECLARATION_EDGE);
        g.setStroke(Pens.stroke(1.1 * ppt, null, ppt));
        g.draw(shape);
    }
}
