package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * What a kind's painter needs to draw shapes in one frame.
 *
 * @param g       where to draw
 * @param raster  the image {@code g} paints into, or null: thin hatch lines then go straight into its pixels
 * @param v       the viewport
 * @param ppt     pixels per point
 * @param limit   the view with a margin: hatching is cut to it
 * @param anchorX where hatch lines are anchored (the projected origin), so they do not crawl when panning
 * @param anchorY see {@code anchorX}
 */
record ShapeContext(Graphics2D g, BufferedImage raster, Viewport v, double ppt, Rectangle2D limit, double anchorX,
        double anchorY) {
}
