package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Where one frame (or one strip of it) is painted: a {@link Graphics2D} for everything, plus the few operations
 * that have a faster way when the target is an image whose pixels can be written directly (fills under borders,
 * thin lines, hatching, label sprites). Which way is chosen once, when the surface is made ({@link #of}); painters
 * call these operations and never ask what the target is.
 *
 * <p>Two implementations: {@link Java2DSurface} draws everything through the Graphics2D (PDF, SVG, any clipped or
 * transformed target, and every target when the fast path is switched off), and {@link PixelSurface} writes into
 * an int-packed image's pixels ({@link SpanFill}, {@link ThinLineRaster}, {@link Hatching}, {@link LabelCanvas}),
 * measured 1.5-3x faster than Java2D on these machines.
 *
 * <p>Not thread-safe: one per thread and strip, like the Graphics2D it wraps.
 */
public interface DrawSurface {
    /**
     * System property that switches the direct-pixel path off: {@code -Dsitmap.fastPath=false} makes every frame
     * draw through Java2D alone (to compare, or to rule the fast path out when something looks wrong).
     */
    String FAST_PATH_PROPERTY = "sitmap.fastPath";

    /** The Java2D context of the surface, for everything without a faster way. */
    Graphics2D graphics();

    /** Whether fills, thin lines, hatching and sprites go straight into the pixels. */
    boolean writesPixels();

    /** Fills the whole surface with {@code colour}. */
    void fillBackground(Color colour, int width, int height);

    /**
     * Fills a layer's rings without anti-aliasing (their edges are covered by outlines), in {@code argb} at
     * {@code opacity}. On Java2D the opacity is the composite the caller set.
     *
     * @param top the frame row that is the surface's first row (a strip of a larger frame), else 0
     */
    void fillUnaliased(PixelPaths[] pieces, int top, int argb, double opacity);

    /**
     * Strokes a layer's lines no wider than {@link ThinLineRaster#MAX_WIDTH} pixels, in {@code argb} at
     * {@code opacity}, {@code width} pixels wide, dashed by {@code dash} (pixels; null for solid);
     * {@code stroke} is the same for Java2D.
     */
    void strokeThin(PixelPaths[] pieces, int top, int argb, double opacity, double width, float[] dash,
            Stroke stroke);

    /**
     * Hatches {@code shape} with the graphics' current colour and stroke, as {@link Hatching#draw(Graphics2D,
     * Shape, Rectangle2D, double, double, double, double)} describes.
     */
    void hatch(Shape shape, Rectangle2D limit, double angleDegrees, double spacing, double anchorX, double anchorY);

    /** Draws a premultiplied ARGB sprite with its top-left corner at (x, y), over what is there. */
    void sprite(BufferedImage sprite, int x, int y);

    /**
     * The surface for {@code g} painting into {@code image} (untransformed and unclipped), or into something that
     * is not an image when {@code image} is null: direct pixels where the image allows it and the fast path is on.
     */
    static DrawSurface of(Graphics2D g, BufferedImage image) {
        return image != null && pixelsWritable(image) ? new PixelSurface(g, image) : new Java2DSurface(g);
    }

    /** A surface that draws everything through {@code g}. */
    static DrawSurface java2d(Graphics2D g) {
        return new Java2DSurface(g);
    }

    /** Whether frames painted into {@code image} take the direct-pixel path. */
    static boolean pixelsWritable(BufferedImage image) {
        return fastPathEnabled() && IntRaster.supports(image);
    }

    /** Whether the direct-pixel path is on ({@link #FAST_PATH_PROPERTY}); read per frame, so tests can switch it. */
    static boolean fastPathEnabled() {
        return !"false".equalsIgnoreCase(System.getProperty(FAST_PATH_PROPERTY, "true").trim());
    }
}
