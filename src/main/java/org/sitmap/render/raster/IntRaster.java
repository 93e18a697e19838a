package org.sitmap.render.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * The pixel array of an int-packed image, for the code that writes pixels directly ({@link ThinLineRaster},
 * {@link SpanFill}, {@link LabelCanvas}), and the premultiplied source-over they blend with.
 *
 * @param pixels    the image's array, shared with its parent when the image is a strip of a larger frame
 * @param origin    index of pixel (0, 0)
 * @param stride    distance between rows
 * @param alphaBits {@code 0xFF000000} for an opaque image type (its alpha bits are undefined), else 0: or it into a
 *                  pixel before blending over it
 */
public record IntRaster(int[] pixels, int origin, int stride, int width, int height, int alphaBits) {

    /** Whether pixels can be written directly: a packed int raster, opaque or premultiplied. */
    public static boolean supports(BufferedImage image) {
        int type = image.getType();
        return (type == BufferedImage.TYPE_INT_ARGB_PRE || type == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt
                && image.getSampleModel() instanceof SinglePixelPackedSampleModel;
    }

    /** The pixels of an image that {@link #supports} them. */
    public static IntRaster of(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        int[] pixels = ((DataBufferInt) raster.getDataBuffer()).getData();
        // A sub-image (a strip of a frame) shares its parent's array from an offset.
        int origin = raster.getDataBuffer().getOffset() - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX();
        return new IntRaster(pixels, origin, stride, image.getWidth(), image.getHeight(),
                image.getType() == BufferedImage.TYPE_INT_RGB ? 0xFF000000 : 0);
    }

    /** Index of pixel (x, y) in {@link #pixels}. */
    public int index(int x, int y) {
        return origin + y * stride + x;
    }

    /**
     * The share, out of 256, of what lies under a source of alpha {@code alpha} (0..255) that shows through:
     * {@code x * keep / 256} stays within one level of the exact {@code x * (255 - alpha) / 255} and never above it.
     */
    public static int keep(int alpha) {
        return 256 - alpha - (alpha >> 7);
    }

    /** A premultiplied source over a premultiplied destination, two channels per multiply. */
    public static int over(int source, int destination, int keep) {
        int rb = (((destination & 0x00FF00FF) * keep + 0x00800080) >>> 8) & 0x00FF00FF;
        int ag = (((destination >>> 8) & 0x00FF00FF) * keep + 0x00800080) & 0xFF00FF00;
        return source + (rb | ag);
    }

    /**
     * Fills, for each coverage level m (1..255), {@code source[m]}: the colour {@code argb} (not premultiplied)
     * premultiplied at m/255 of its alpha, and {@code keep[m]}: the share of what lies under it that stays. An
     * anti-aliased pixel is then {@code over(source[m], pixel, keep[m])}.
     */
    static void coverageColours(int argb, int[] source, int[] keep) {
        int alpha = argb >>> 24;
        for (int m = 1; m < 256; m++) {
            int a = (m * alpha + 127) / 255;
            source[m] = premultiplied((a << 24) | (argb & 0xFFFFFF));
            keep[m] = keep(a);
        }
    }

    /** An ARGB colour premultiplied by its alpha. */
    static int premultiplied(int argb) {
        int a = argb >>> 24;
        int r = (((argb >> 16) & 0xFF) * a + 127) / 255;
        int g = (((argb >> 8) & 0xFF) * a + 127) / 255;
        int b = ((argb & 0xFF) * a + 127) / 255;
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
