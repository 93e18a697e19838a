/**
 * Writers that put a frame's pixels straight into an int-packed image (TYPE_INT_ARGB_PRE or TYPE_INT_RGB) instead
 * of going through Java2D, measured 1.5-3x faster on these machines: {@link org.sitmap.render.raster.SpanFill}
 * (fills without anti-aliasing, for fills whose edges outlines cover), {@link org.sitmap.render.raster.ThinLineRaster}
 * (anti-aliased lines up to 1.6 px, dashed or not), {@link org.sitmap.render.raster.Hatching} (hatch lines as
 * vector lines for Java2D, or as a pattern written into the pixels), {@link org.sitmap.render.raster.InkSprite}
 * (label and dot sprites copied in by hand), over {@link org.sitmap.render.raster.IntRaster} (an image's pixel
 * array and the premultiplied source-over they blend with) and {@link org.sitmap.render.raster.PixelPaths} (lines
 * and rings in frame pixels, in chunks a strip of the frame can skip).
 *
 * <p>Nothing here knows about maps, layers or styles; {@code org.sitmap.render.DrawSurface} is the one place that
 * chooses these over Java2D, and each class is tested against what Java2D draws.
 */
package org.sitmap.render.raster;
