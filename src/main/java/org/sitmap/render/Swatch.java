package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Where one legend swatch goes: the whole box, the inset patch the look is drawn in, and the scale.
 *
 * @param g     where to draw
 * @param box   the swatch's box in pixels
 * @param patch the box less a small inset
 * @param ppt   pixels per point
 * @param fit   pixels per point shrunk so line and symbol sizes fit the box height (never grown)
 * @param side  the entry's side colour in the frame's style sheet
 */
record Swatch(Graphics2D g, Rectangle2D box, Rectangle2D patch, double ppt, double fit, Color side) {
    static Swatch of(Graphics2D g, LegendEntry e, Rectangle2D box, double ppt, Color side) {
        double inset = Math.min(box.getWidth(), box.getHeight()) * 0.08;
        Rectangle2D patch = new Rectangle2D.Double(box.getX() + inset, box.getY() + inset,
                box.getWidth() - 2 * inset, box.getHeight() - 2 * inset);
        return new Swatch(g, box, patch, ppt, Math.min(ppt, patch.getHeight() / 26), side);
    }

    /** The patch's vertical middle. */
    double cy() {
        return patch.getCenterY();
    }

    /** A horizontal line across the patch at {@code y}. */
    ScreenLine across(double y) {
        return ScreenLine.of(new double[] {patch.getMinX(), patch.getMaxX()}, new double[] {y, y}, 2);
    }
}
