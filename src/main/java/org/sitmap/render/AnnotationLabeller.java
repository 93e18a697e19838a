package org.sitmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Places and draws the annotations' labels of one frame, each with the halo its style sets, where the frame's
 * {@link LabelPlacer} finds room: blocks of lines at an area's label point (or just above or below it), single
 * texts at the first free spot of a few candidates. Not thread-safe: one per frame.
 */
final class AnnotationLabeller {
    private final Graphics2D g;
    private final RenderOptions o;
    private final LabelPlacer placer;
    private final double ppt;

    /** @param placer the frame's label placer, or null to draw every label where it first goes */
    AnnotationLabeller(Graphics2D g, RenderOptions o, LabelPlacer placer) {
        this.g = g;
        this.o = o;
        this.placer = placer;
        this.ppt = o.pixelsPerPoint();
    }

    double ppt() {
        return ppt;
    }

    /** The halo width {@code st} sets, in pixels. */
    float halo(Style st) {
        return (float) (st.number(StyleProperty.HALO_WIDTH) * ppt);
    }

    /** Marks a box as taken, so later labels keep out of it. */
    void reserve(Rectangle2D box) {
        if (placer != null) {
            placer.reserve(box);
        }
    }

    /**
     * Centred lines of text, the first bold, at the area's label point, else just above or below it; left out when
     * all three would overlap a label placed before (a briefing often stacks several areas in one place). Fonts,
     * line height, colour and halo as {@code st} says; later lines regular at its secondary size.
     */
    void block(List<String> lines, double cx, double cy, Style st) {
        if (lines.isEmpty()) {
            return;
        }
        Font first = Fonts.of(st, StyleProperty.FONT_SIZE, ppt);
        Font rest = Fonts.regular((float) (st.number(StyleProperty.SECONDARY_FONT_SIZE) * ppt));
        double lineHeight = st.number(StyleProperty.LINE_HEIGHT) * ppt;
        float halo = halo(st);
        Color colour = AnnotationStyles.colour(st, StyleProperty.TEXT);
        double blockHeight = lineHeight * lines.size();
        for (double shift : new double[] {0, -blockHeight - 2 * ppt, blockHeight + 2 * ppt}) {
            double top = cy + shift - blockHeight / 2;
            Rectangle2D all = null;
            double[] xs = new double[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                Rectangle2D b = TextPainter.bounds(lines.get(i), i == 0 ? first : rest);
                double baseline = top + lineHeight * i + lineHeight * 0.78;
                xs[i] = cx - b.getWidth() / 2 - b.getX();
                Rectangle2D box = new Rectangle2D.Double(xs[i] + b.getX() - halo, baseline + b.getY() - halo,
                        b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
                all = all == null ? box : all.createUnion(box);
            }
            if (placer != null && !placer.isFree(all)) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                draw(lines.get(i), i == 0 ? first : rest, xs[i], top + lineHeight * i + lineHeight * 0.78, 0, colour,
                        st);
            }
            reserve(all);
            return;
        }
    }

    /**
     * Draws {@code text} at the first of {@code origins} (baseline starts) whose box is free; none when none is. The
     * halo as {@code st} says.
     */
    void firstFree(String text, Font font, Rectangle2D b, double[][] origins, Color colour, Style st) {
        float halo = halo(st);
        for (double[] origin : origins) {
            Rectangle2D box = new Rectangle2D.Double(origin[0] + b.getX() - halo, origin[1] + b.getY() - halo,
                    b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
            if (placer == null || placer.tryPlace(box)) {
                draw(text, font, origin[0], origin[1], 0, colour, st);
                return;
            }
        }
    }

    /** Draws text with the halo {@code st} sets; upright raster text goes through the glyph cache. */
    void draw(String text, Font font, double x, double y, double angle, Color colour, Style st) {
        Color haloColour = AnnotationStyles.colour(st, StyleProperty.HALO);
        if (o.vectorText() || angle != 0) {
            TextPainter.draw(g, text, font, x, y, angle, colour, haloColour, halo(st));
        } else {
            TextPainter.drawCached(g, text, font, x, y, colour, haloColour, halo(st));
        }
    }

    /** The axis-aligned pixel box of a label of text bounds {@code b} centred on (cx, cy), rotated, with halo. */
    static Rectangle2D labelBox(double cx, double cy, Rectangle2D b, double angle, double halo) {
        Rectangle2D r = new Rectangle2D.Double(-b.getWidth() / 2 - halo, -b.getHeight() / 2 - halo,
                b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
        AffineTransform t = AffineTransform.getTranslateInstance(cx, cy);
        t.rotate(angle);
        return t.createTransformedShape(r).getBounds2D();
    }
}
