package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Zones by status, as the style sheet says: a translucent fill under an outline (assessed control, advances,
 * contested ground), hatching where the sheet sets a hatch colour (claims), a dotted outline where the dash starts
 * with a dot (ground held before). Reported and unconfirmed outlines take the sheet's dash. Labelled with the title
 * inside the zone.
 */
final class ZonePainter extends AreaPainter {
    private final AnnotationStyles styles;

    /** A painter taking its colours, widths, dashes and hatching from {@code styles}. */
    ZonePainter(AnnotationStyles styles) {
        this.styles = styles;
    }

    @Override
    void paintShape(ShapeContext c, Annotation a) {
        paint(c.surface(), AnnotationShapes.areaPath(a, c.v()), styles.of(a), c.ppt(), c.limit(), c.anchorX(),
                c.anchorY());
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        if (!a.title().isBlank()) {
            labelArea(labels, v, a, List.of(labels.labelText(a, a.title())), styles.of(a),
                    AnnotationLabeller.RANK_AREA);
        }
    }

    @Override
    void paintSwatch(Swatch s, LegendEntry e) {
        paint(DrawSurface.java2d(s.g()), s.patch(), styles.of(e), s.ppt(), s.box(), s.box().getX(), s.box().getY());
    }

    /** The zone of style {@code st}: its fill, its hatching if the sheet sets one, then its outline on top. */
    static void paint(DrawSurface surface, Shape shape, Style st, double ppt, Rectangle2D limit, double anchorX,
            double anchorY) {
        Graphics2D g = surface.graphics();
        Color fill = new Color(st.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb(), true);
        if (fill.getAlpha() > 0) {
            g.setColor(fill);
            g.fill(shape);
        }
        if (st.has(StyleProperty.HATCH)) {
            g.setColor(new Color(st.paint(StyleProperty.HATCH, StyleProperty.HATCH_OPACITY).argb(), true));
            g.setStroke(new BasicStroke((float) (st.number(StyleProperty.HATCH_WIDTH) * ppt), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER));
            surface.hatch(shape, limit, st.number(StyleProperty.HATCH_ANGLE),
                    st.number(StyleProperty.HATCH_SPACING) * ppt, anchorX, anchorY);
        }
        g.setColor(AnnotationStyles.colour(st, StyleProperty.STROKE));
        g.setStroke(Pens.outline(st, ppt));
        g.draw(shape);
    }
}
