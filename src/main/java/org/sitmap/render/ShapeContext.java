package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * What a kind's painter needs to draw shapes in one frame.
 *
 * @param surface where to draw (hatching goes straight into its pixels where it writes pixels)
 * @param v       the viewport
 * @param ppt     pixels per point
 * @param limit   the view with a margin: hatching is cut to it
 * @param anchorX where hatch lines are anchored (the projected origin), so they do not crawl when panning
 * @param anchorY see {@code anchorX}
 */
record ShapeContext(DrawSurface surface, Viewport v, double ppt, Rectangle2D limit, double anchorX,
        double anchorY) {
    /** The surface's Java2D graphics. */
    Graphics2D g() {
        return surface.graphics();
    }
}
