package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/** Declarations, as the style sheet says: a wide translucent band (yellow in the classic sheet) inside the region's border; labelled with the title and level. */
final class DeclarationPainter extends AreaPainter {
    private final AnnotationStyles styles;

    /** A painter taking its colours and widths from {@code styles}. */
    DeclarationPainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        Style st = styles.of(a);
        paint(c.g(), AnnotationShapes.areaPath(a, c.v()), st, st.number(StyleProperty.BAND_WIDTH) * c.ppt(), c.ppt());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.labelText(a, a.title().isBlank() ? "State of emergency" : a.title()));
        String level = a.text(Annotation.LEVEL);
        if (level != null && !level.isBlank()) {
            lines.add("Level: " + level);
        }
        labelArea(labels, v, a, lines, styles.of(a), AnnotationLabeller.RANK_DECLARATION);
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        Style st = styles.of(e);
        // The band takes at most a quarter of the patch, so the fill still shows inside it.
        paint(s.g(), s.patch(), st, Math.min(st.number(StyleProperty.BAND_WIDTH) * s.ppt(),
                s.patch().getHeight() / 4), s.ppt());
    }

    /** A wide translucent band inside the outline (the region is "under" the declaration) and a thin edge. */
    static void paint(Graphics2D g, Shape shape, Style st, double bandPx, double ppt) {
        Shape savedClip = g.getClip();
        g.clip(shape);
        g.setColor(new Color(st.paint(StyleProperty.BAND, StyleProperty.BAND_OPACITY).argb(), true));
        g.setStroke(new BasicStroke((float) (2 * bandPx), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(shape);
        g.setClip(savedClip);
        g.setColor(new Color(st.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb(), true));
        g.fill(shape);
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(Pens.stroke(st.number(StyleProperty.WIDTH) * ppt, st.dash(), ppt));
        g.draw(shape);
    }
}
