package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.model.Annotation;

/** Evacuation areas: orange, translucent, dashed outline; labelled with the title and the number evacuated. */
final class EvacuationPainter extends AreaPainter {
    static final Color EVACUATION = new Color(0xE67E22);
    static final Color EVACUATION_TEXT = new Color(0x9C4A06);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.g(), AnnotationShapes.areaPath(a, c.v()), c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        List<String> lines = new ArrayList<>();
        if (!a.title().isBlank()) {
            lines.add(a.title());
        }
        String count = evacuatedText(a);
        if (count != null) {
            lines.add(count);
        }
        Point2D p = AnnotationShapes.labelPoint(a, v);
        labels.block(lines, p.getX(), p.getY(), EVACUATION_TEXT);
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        paint(s.g(), s.patch(), s.ppt());
    }

    static void paint(Graphics2D g, Shape shape, double ppt) {
        g.setColor(Pens.alpha(EVACUATION, 0.20));
        g.fill(shape);
        g.setColor(EVACUATION);
        g.setStroke(Pens.stroke(1.6 * ppt, new float[] {6, 3.5f}, ppt));
        g.draw(shape);
    }

    /** "Evacuated: 130,000" from the {@code evacuated} attribute, or null. */
    static String evacuatedText(Annotation a) {
        Object v = a.attribute(Annotation.EVACUATED);
        long n;
        if (v instanceof Number num) {
            n = Math.round(num.doubleValue());
        } else if (v != null) {
            try {
                n = Math.round(Double.parseDouble(v.toString().replace(",", "").trim()));
            } catch (NumberFormatException e) {
                return "Evacuated: " + v;
            }
        } else {
            return null;
        }
        synchronized (COUNT) {
            return "Evacuated: " + COUNT.format(n);
        }
    }
}
