package org.sitmap.render;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.geo.Projection;
import org.sitmap.render.raster.IntRaster;

/**
 * The last frame's base map (background and layer shapes, before any annotation or label), kept so that the next
 * frame need not build and paint every layer again:
 * <ul>
 * <li>a frame of the same view (an edit, a drag of a vertex, a repaint) copies it whole;</li>
 * <li>a pan at the same scale by whole pixels copies it shifted, and only the strips that came into view are
 * painted ({@link #restore} says which).</li>
 * </ul>
 * It serves only the same scale, image size and type, render options and base layers with the same visibility and
 * opacity; anything else paints afresh and keeps the new one.
 *
 * <p>Labels are not part of it: the base map's names give way to the annotations' own and move with the view, so
 * they are placed again each frame (from cached sprites).
 *
 * <p>Thread-safe; holds one frame's pixels (4 bytes a pixel), softly.
 */
final class BaseFrame {
    /** A pan that brings more than this share of the frame into view paints it whole. */
    private static final double MAX_EXPOSED = 0.5;

    private Key key;
    private double centerX;
    private double centerY;
    /** Softly held: a kept frame is worth a repaint at most, never an out-of-memory error. */
    private SoftReference<int[]> pixels = new SoftReference<>(null);
    private int features;

    /** What a base frame depends on but its centre. Layers compare by identity (their features never change). */
    record Key(Projection projection, double resolution, int width, int height, int imageType, boolean writesPixels,
            RenderOptions options, List<LayerState> layers) {

        static Key of(BufferedImage image, Viewport v, List<RenderLayer> layers, RenderOptions options,
                boolean writesPixels) {
            return new Key(v.projection(), v.resolution(), v.width(), v.height(), image.getType(), writesPixels,
                    options, LayerState.of(layers));
        }
    }

    /** A base layer as a frame saw it: visibility and opacity may change between frames. */
    record LayerState(RenderLayer layer, boolean visible, double opacity) {
        /** The layers as they are now. */
        static List<LayerState> of(List<RenderLayer> layers) {
            List<LayerState> states = new ArrayList<>(layers.size());
            for (RenderLayer rl : layers) {
                states.add(new LayerState(rl, rl.layer().visible(), rl.layer().opacity()));
            }
            return states;
        }
    }

    /** Whether frames painted into {@code image} can be kept: a whole (not a strip), int-packed image. */
    static boolean keepable(BufferedImage image) {
        if (!IntRaster.supports(image)) {
            return false;
        }
        IntRaster r = IntRaster.of(image);
        return r.origin() == 0 && r.stride() == image.getWidth();
    }

    /**
     * Copies the kept frame into {@code image} for the view {@code v}, shifted by the pan since it was kept; returns
     * the parts of the image still to be painted (none for the same view), or null when nothing kept serves (the
     * image is then untouched).
     */
    synchronized List<Rectangle> restore(Key key, Viewport v, BufferedImage image) {
        int[] kept = pixels.get();
        if (kept == null || !key.equals(this.key)) {
            return null;
        }
        double sx = (centerX - v.centerX()) / v.resolution();
        double sy = (v.centerY() - centerY) / v.resolution();
        long dx = Math.round(sx);
        long dy = Math.round(sy);
        int w = v.width();
        int h = v.height();
        // Only a pan by whole pixels moves every kept pixel onto a pixel of the new frame.
        if (Math.abs(sx - dx) > 1e-6 || Math.abs(sy - dy) > 1e-6 || Math.abs(dx) >= w || Math.abs(dy) >= h) {
            return null;
        }
        List<Rectangle> exposed = exposed(w, h, (int) dx, (int) dy);
        long area = 0;
        for (Rectangle r : exposed) {
            area += (long) r.width * r.height;
        }
        if (area > MAX_EXPOSED * w * h) {
            return null;
        }
        copyShifted(kept, IntRaster.of(image).pixels(), w, h, (int) dx, (int) dy);
        return exposed;
    }

    /** Features the kept frame drew. */
    synchronized int features() {
        return features;
    }

    /**
     * The parts of a w x h frame that a pan by (dx, dy) pixels (the map moving right and down) brings into view:
     * a band across the top or bottom, and a band down the left or right beside it; they do not overlap.
     */
    static List<Rectangle> exposed(int w, int h, int dx, int dy) {
        List<Rectangle> out = new ArrayList<>(2);
        int rowsFrom = 0;
        int rows = h;
        if (dy > 0) {
            out.add(new Rectangle(0, 0, w, dy));
            rowsFrom = dy;
            rows = h - dy;
        } else if (dy < 0) {
            out.add(new Rectangle(0, h + dy, w, -dy));
            rows = h + dy;
        }
        if (dx > 0) {
            out.add(new Rectangle(0, rowsFrom, dx, rows));
        } else if (dx < 0) {
            out.add(new Rectangle(w + dx, rowsFrom, -dx, rows));
        }
        return out;
    }

    /** Copies the pixels of {@code from} that stay in view to where a pan by (dx, dy) puts them in {@code to}. */
    private static void copyShifted(int[] from, int[] to, int w, int h, int dx, int dy) {
        int cols = w - Math.abs(dx);
        int fromX = Math.max(0, -dx);
        int toX = Math.max(0, dx);
        for (int y = Math.max(0, dy); y < Math.min(h, h + dy); y++) {
            System.arraycopy(from, (y - dy) * w + fromX, to, y * w + toX, cols);
        }
    }

    /** Keeps the base map just painted into {@code image} for {@code v} for the frames its key serves. */
    synchronized void keep(Key key, Viewport v, BufferedImage image, int features) {
        int n = image.getWidth() * image.getHeight();
        System.arraycopy(IntRaster.of(image).pixels(), 0, startKeeping(n), 0, n);
        kept(key, v, features);
    }

    /**
     * The array a frame of {@code n} pixels copies its base map into while it paints (before its labels), for
     * {@link #kept}; until then no frame is served.
     */
    synchronized int[] startKeeping(int n) {
        key = null;
        int[] kept = pixels.get();
        if (kept == null || kept.length != n) {
            kept = new int[n];
            pixels = new SoftReference<>(kept);
        }
        return kept;
    }

    /** The array {@link #startKeeping} gave holds the base map of {@code v}: frames its key serves reuse it. */
    synchronized void kept(Key key, Viewport v, int features) {
        this.key = key;
        this.centerX = v.centerX();
        this.centerY = v.centerY();
        this.features = features;
    }

    synchronized void clear() {
        key = null;
        pixels = new SoftReference<>(null);
    }
}
