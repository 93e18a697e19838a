package org.sitmap.render;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.sitmap.render.raster.IntRaster;

/**
 * What {@link AnnotationLayer} does to a kept layer's pixels (whole int-packed images): laid over a frame, shifted by
 * a pan, cleared in a box. Stateless.
 */
final class LayerPixels {
    private LayerPixels() {
    }

    /**
     * The layer's pixels over the frame's (both whole int-packed images of one size), skipping the clear ones: most
     * of a layer is clear, and Java2D's {@code drawImage} blended every pixel (3-5 ms a 1920x1080 frame).
     */
    static void layOver(BufferedImage layer, BufferedImage frame, int top, int bottom) {
        int[] src = IntRaster.of(layer).pixels();
        IntRaster to = IntRaster.of(frame);
        int[] dst = to.pixels();
        // An opaque frame (INT_RGB) keeps its pixels opaque.
        int opaque = to.alphaBits();
        int n = layer.getWidth() * bottom;
        for (int i = layer.getWidth() * top; i < n; i++) {
            int s = src[i];
            if (s != 0) {
                int alpha = s >>> 24;
                dst[i] = (alpha == 255 ? s : IntRaster.over(s, dst[i], IntRaster.keep(alpha))) | opaque;
            }
        }
    }

    /**
     * Moves a layer's pixels by (dx, dy) pixels; what comes into view keeps stale pixels, for the caller to clear and
     * draw.
     */
    static void shift(BufferedImage layer, int dx, int dy) {
        if (dx == 0 && dy == 0) {
            return;
        }
        int[] px = IntRaster.of(layer).pixels();
        int w = layer.getWidth();
        int h = layer.getHeight();
        int cols = w - Math.abs(dx);
        int fromX = Math.max(0, -dx);
        int toX = Math.max(0, dx);
        if (dy >= 0) {
            for (int y = h - 1; y >= dy; y--) {
                System.arraycopy(px, (y - dy) * w + fromX, px, y * w + toX, cols);
            }
        } else {
            for (int y = 0; y < h + dy; y++) {
                System.arraycopy(px, (y - dy) * w + fromX, px, y * w + toX, cols);
            }
        }
    }

    /** Clears the box {@code r} of {@code layer}. */
    static void clear(BufferedImage layer, Rectangle r) {
        int[] px = IntRaster.of(layer).pixels();
        int w = layer.getWidth();
        for (int y = r.y; y < r.y + r.height; y++) {
            Arrays.fill(px, y * w + r.x, y * w + r.x + r.width, 0);
        }
    }
}
