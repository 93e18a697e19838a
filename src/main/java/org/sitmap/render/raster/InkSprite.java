package org.sitmap.render.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * A small pre-drawn premultiplied image (a label with its halo, a town dot) and, per row, the run of columns that
 * holds any ink, so copying it into a frame skips the wide transparent margins halos leave.
 *
 * <p>Why the copy by hand: a frame blits about a thousand small sprites, and each {@code drawImage} call pays
 * Java2D's pipeline validation and a native mask blit, together about as much as drawing the whole base map's
 * fill. A premultiplied source-over loop over the sprite's pixels costs a fraction of that.
 *
 * <p>Immutable once made (the image must not be drawn on afterwards); thread-safe.
 *
 * @param image a {@link BufferedImage#TYPE_INT_ARGB_PRE} image
 * @param spans per row y, the first ({@code spans[2y]}) and one-past-last ({@code spans[2y + 1]}) column with ink
 */
public record InkSprite(BufferedImage image, int[] spans) {

    /** The sprite of a finished premultiplied image. */
    public static InkSprite of(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("A sprite must be a premultiplied ARGB image, not type "
                    + image.getType());
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] spans = new int[2 * h];
        for (int y = 0; y < h; y++) {
            int first = w;
            int last = 0;
            for (int x = 0; x < w; x++) {
                if ((src[y * w + x] >>> 24) != 0) {
                    first = Math.min(first, x);
                    last = x + 1;
                }
            }
            spans[2 * y] = first;
            spans[2 * y + 1] = Math.max(first, last);
        }
        return new InkSprite(image, spans);
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** Copies the sprite with its top-left corner at (x, y) over rows fromY (inclusive) to toY of the target. */
    public void blitInto(IntRaster target, int x, int y, int fromY, int toY) {
        int[] pixels = target.pixels();
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int sw = image.getWidth();
        int y0 = Math.max(Math.max(0, fromY), y);
        int y1 = Math.min(Math.min(target.height(), toY), y + image.getHeight());
        int alphaBits = target.alphaBits();
        for (int py = y0; py < y1; py++) {
            int sy = py - y;
            int x0 = Math.max(0, x + spans[2 * sy]);
            int x1 = Math.min(target.width(), x + spans[2 * sy + 1]);
            int si = sy * sw - x;
            int di = target.index(0, py);
            for (int px = x0; px < x1; px++) {
                // Branch-free: a sprite's pixels go from clear to halo to ink and back within a few pixels, and
                // over() is exact at both ends (an opaque source keeps nothing under it, a clear one all of it).
                int s = src[si + px];
                pixels[di + px] = IntRaster.over(s, pixels[di + px] | alphaBits, IntRaster.keep(s >>> 24));
            }
        }
    }
}
