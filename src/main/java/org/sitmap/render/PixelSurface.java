package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A {@link DrawSurface} over an int-packed image ({@link IntRaster#supports}) that writes fills, thin lines,
 * hatching and sprites straight into its pixels, and leaves the rest to Java2D. The image must be what the
 * graphics paints into, untransformed and unclipped (a strip of a frame is fine: a sub-image). Not thread-safe.
 */
final class PixelSurface extends Java2DSurface {
    private final BufferedImage image;
    private final IntRaster pixels;

    PixelSurface(Graphics2D g, BufferedImage image) {
        super(g);
        this.image = image;
        this.pixels = IntRaster.of(image);
    }

    @Override
    public boolean writesPixels() {
        return true;
    }

    @Override
    public void fillBackground(Color colour, int width, int height) {
        if (colour.getAlpha() != 255) {
            super.fillBackground(colour, width, height);
            return;
        }
        int argb = colour.getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            Arrays.fill(pixels.pixels(), pixels.index(0, y), pixels.index(image.getWidth(), y), argb);
        }
    }

    @Override
    public void fillUnaliased(PixelPaths[] pieces, int top, int argb, double opacity) {
        SpanFill.forCurrentThread().fill(image, top, pieces, withOpacity(argb, opacity));
    }

    @Override
    public void strokeThin(PixelPaths[] pieces, int top, int argb, double opacity, double width, float[] dash,
            Stroke stroke) {
        ThinLineRaster.forCurrentThread().stroke(image, top, pieces, width, dash, withOpacity(argb, opacity));
    }

    @Override
    public void hatch(Shape shape, Rectangle2D limit, double angleDegrees, double spacing, double anchorX,
            double anchorY) {
        if (!Hatching.drawDirectly(graphics(), image, shape, limit, angleDegrees, spacing, anchorX, anchorY)) {
            super.hatch(shape, limit, angleDegrees, spacing, anchorX, anchorY);
        }
    }

    @Override
    public void sprite(BufferedImage sprite, int x, int y) {
        if (sprite.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            super.sprite(sprite, x, y);
            return;
        }
        LabelCanvas.blit(pixels, sprite, x, y, 0, pixels.height());
    }

    /** The colour with its alpha scaled by the layer's opacity (Java2D gets the opacity as a composite instead). */
    private static int withOpacity(int argb, double opacity) {
        int alpha = (int) Math.round((argb >>> 24) * opacity);
        return (alpha << 24) | (argb & 0xFFFFFF);
    }
}
