package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.model.Annotation;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/** Evacuation areas, as the style sheet says (orange, translucent, dashed outline in the classic sheet); labelled with the title and the number evacuated. */
final class EvacuationPainter extends AreaPainter {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    private final AnnotationStyles styles;

    /** A painter taking its colours, width and dash from {@code styles}. */
    EvacuationPainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.g(), AnnotationShapes.areaPath(a, c.v()), styles.of(a), c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        List<String> lines = new ArrayList<>();
        if (!a.title().isBlank()) {
            lines.add(labels.labelText(a, a.title()));
        }
        String count = evacuatedText(a);
        if (count != null) {
            lines.add(count);
        }
        labelArea(labels, v, a, lines, styles.of(a), AnnotationLabeller.RANK_EVACUATION);
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        paint(s.g(), s.patch(), styles.of(e), s.ppt());
    }

    /** The sheet's translucent fill under its dashed outline. */
    static void paint(Graphics2D g, Shape shape, Style st, double ppt) {
        g.setColor(new Color(st.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb(), true));
        g.fill(shape);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(Pens.stroke(st.number(StyleProperty.WIDTH) * ppt, st.dash(), ppt));
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
