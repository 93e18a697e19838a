package org.sitmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Where a frame's labels and town dots go. On vector targets (PDF, SVG) text is real text; on images each label is
 * a pre-drawn sprite, copied straight into the pixels when the image is int-packed ({@link ThinLineRaster#supports}).
 *
 * <p>Why the copy by hand: a frame blits about a thousand small sprites, and each {@code drawImage} call pays
 * Java2D's pipeline validation and a native mask blit, together about as much as drawing the whole base map's
 * fill. A premultiplied source-over loop over the sprite's pixels costs a fraction of that.
 *
 * <p>Not thread-safe: one per frame.
 */
final class LabelCanvas {
    private static final Color HALO = new Color(255, 255, 255, 215);

    private final Graphics2D g;
    private final boolean vector;
    private final int[] pixels;
    private final int origin;
    private final int stride;
    private final int width;
    private final int height;
    private final boolean opaqueTarget;

    /**
     * @param raster the untransformed, unclipped image {@code g} paints into, or null for other surfaces
     */
    LabelCanvas(Graphics2D g, BufferedImage raster, RenderOptions options) {
        this.g = g;
        this.vector = options.vectorText();
        if (!vector && raster != null && ThinLineRaster.supports(raster)) {
            WritableRaster r = raster.getRaster();
            stride = ((SinglePixelPackedSampleModel) r.getSampleModel()).getScanlineStride();
            pixels = ((DataBufferInt) r.getDataBuffer()).getData();
            origin = r.getDataBuffer().getOffset() - r.getSampleModelTranslateY() * stride
                    - r.getSampleModelTranslateX();
            width = raster.getWidth();
            height = raster.getHeight();
            opaqueTarget = raster.getType() == BufferedImage.TYPE_INT_RGB;
        } else {
            pixels = null;
            origin = 0;
            stride = 0;
            width = 0;
            height = 0;
            opaqueTarget = false;
        }
    }

    Graphics2D graphics() {
        return g;
    }

    /** True on vector targets: shapes must be drawn as shapes, text as text. */
    boolean vector() {
        return vector;
    }

    /** Unrotated text with its baseline origin at (x, y) and the map's white halo. */
    void text(String text, Font font, double x, double y, Color fill, float haloWidth) {
        if (vector) {
            TextPainter.draw(g, text, font, x, y, 0, fill, HALO, haloWidth);
            return;
        }
        TextPainter.Sprite s = TextPainter.sprite(text, font, fill, HALO, haloWidth);
        image(s.image(), (int) Math.round(x) - s.originX(), (int) Math.round(y) - s.originY());
    }

    /** Draws a premultiplied ARGB image with its top-left corner at (x, y), over what is there. */
    void image(BufferedImage sprite, int x, int y) {
        if (pixels == null || sprite.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            g.drawImage(sprite, x, y, null);
            return;
        }
        int[] src = ((DataBufferInt) sprite.getRaster().getDataBuffer()).getData();
        int sw = sprite.getWidth();
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + sw);
        int y1 = Math.min(height, y + sprite.getHeight());
        for (int py = y0; py < y1; py++) {
            int si = (py - y) * sw - x;
            int di = origin + py * stride;
            for (int px = x0; px < x1; px++) {
                int s = src[si + px];
                int sa = s >>> 24;
                if (sa == 0) {
                    continue;
                }
                if (sa == 255) {
                    pixels[di + px] = s;
                    continue;
                }
                int d = pixels[di + px];
                int inv = 255 - sa;
                int da = opaqueTarget ? 255 : d >>> 24;
                int a = sa + div255(da * inv);
                int r = ((s >> 16) & 0xFF) + div255(((d >> 16) & 0xFF) * inv);
                int gr = ((s >> 8) & 0xFF) + div255(((d >> 8) & 0xFF) * inv);
                int b = (s & 0xFF) + div255((d & 0xFF) * inv);
                pixels[di + px] = (a << 24) | (r << 16) | (gr << 8) | b;
            }
        }
    }

    /** Rounded x / 255 for x in 0..65025. */
    private static int div255(int x) {
        int t = x + 128;
        return (t + (t >> 8)) >> 8;
    }
}
