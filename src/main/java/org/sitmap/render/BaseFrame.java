package org.sitmap.render;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.geo.Projection;
import org.sitmap.render.raster.IntRaster;

/**
 * The last frame's base map (background and layer shapes, before any annotation or label), kept so that a frame
 * whose annotations alone changed (an edit, a drag of a vertex) copies it instead of building and painting every
 * layer again. It is reused only for the same viewport, image size and type, render options and base layers with
 * the same visibility and opacity; anything else paints afresh and keeps the new one.
 *
 * <p>Labels are not part of it: the base map's names give way to the annotations' own, so they are placed again
 * each frame (from cached sprites).
 *
 * <p>Thread-safe; holds one frame's pixels (4 bytes a pixel), softly.
 */
final class BaseFrame {
    private Key key;
    /** Softly held: a kept frame is worth a repaint at most, never an out-of-memory error. */
    private SoftReference<int[]> pixels = new SoftReference<>(null);
    private int features;

    /** What a base frame depends on. Layers compare by identity (their features never change). */
    record Key(Projection projection, double centerX, double centerY, double resolution, int width, int height,
            int imageType, boolean writesPixels, RenderOptions options, List<LayerState> layers) {

        static Key of(BufferedImage image, Viewport v, List<RenderLayer> layers, RenderOptions options,
                boolean writesPixels) {
            List<LayerState> states = new ArrayList<>(layers.size());
            for (RenderLayer rl : layers) {
                states.add(new LayerState(rl, rl.layer().visible(), rl.layer().opacity()));
            }
            return new Key(v.projection(), v.centerX(), v.centerY(), v.resolution(), v.width(), v.height(),
                    image.getType(), writesPixels, options, states);
        }
    }

    /** A base layer as a frame saw it: visibility and opacity may change between frames. */
    record LayerState(RenderLayer layer, boolean visible, double opacity) {
    }

    /** Whether frames painted into {@code image} can be kept: a whole (not a strip), int-packed image. */
    static boolean keepable(BufferedImage image) {
        if (!IntRaster.supports(image)) {
            return false;
        }
        IntRaster r = IntRaster.of(image);
        return r.origin() == 0 && r.stride() == image.getWidth();
    }

    /** Copies the kept frame into {@code image} when it was kept for {@code key}; returns its features, or -1. */
    synchronized int restore(Key key, BufferedImage image) {
        int[] kept = pixels.get();
        if (kept == null || !key.equals(this.key)) {
            return -1;
        }
        System.arraycopy(kept, 0, IntRaster.of(image).pixels(), 0, kept.length);
        return features;
    }

    /** Keeps the base map just painted into {@code image} for frames with the same key. */
    synchronized void keep(Key key, BufferedImage image, int features) {
        int[] from = IntRaster.of(image).pixels();
        int n = image.getWidth() * image.getHeight();
        int[] kept = pixels.get();
        if (kept == null || kept.length != n) {
            kept = new int[n];
            pixels = new SoftReference<>(kept);
        }
        System.arraycopy(from, 0, kept, 0, n);
        this.key = key;
        this.features = features;
    }

    synchronized void clear() {
        key = null;
        pixels = new SoftReference<>(null);
    }
}
