package org.sitmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Where a frame's labels and town dots go. On vector targets (PDF, SVG) text is real text; on images each label is
 * a pre-drawn sprite, copied straight into the pixels where the surface writes pixels ({@link DrawSurface#sprite}).
 *
 * <p>Why the copy by hand: a frame blits about a thousand small sprites, and each {@code drawImage} call pays
 * Java2D's pipeline validation and a native mask blit, together about as much as drawing the whole base map's
 * fill. A premultiplied source-over loop over the sprite's pixels costs a fraction of that.
 *
 * <p>A recording canvas ({@link #recording}) keeps the sprites and where they go instead, so labels can be placed
 * while the map under them is still being painted, and copied in afterwards strip by strip ({@link #replay}).
 *
 * <p>Not thread-safe while drawn on: one per frame. A finished recording may be replayed from several threads
 * into rows that do not overlap.
 */
final class LabelCanvas {
    private static final Color HALO = new Color(255, 255, 255, 215);
    /** Ink spans of cached sprites; weak, so sprites evicted from their caches take theirs along. */
    private static final Map<BufferedImage, int[]> SPANS = new WeakHashMap<>();

    private final DrawSurface surface;
    private final boolean vector;
    /** The sprites drawn so far, in order, when recording; else null. */
    private final List<Blit> recorded;

    /** A sprite and the frame pixel its top-left corner goes to. */
    private record Blit(BufferedImage sprite, int x, int y) {
    }

    LabelCanvas(DrawSurface surface, RenderOptions options) {
        this.surface = surface;
        this.vector = options.vectorText();
        this.recorded = null;
    }

    private LabelCanvas() {
        this.surface = null;
        this.vector = false;
        this.recorded = new ArrayList<>();
    }

    /** A canvas for an int-packed image ({@link IntRaster#supports}) that records its sprites for {@link #replay}. */
    static LabelCanvas recording() {
        return new LabelCanvas();
    }

    /** Copies the recorded sprites into rows {@code y0} (inclusive) to {@code y1} of the frame, in order. */
    void replay(BufferedImage frame, int y0, int y1) {
        IntRaster pixels = IntRaster.of(frame);
        for (Blit b : recorded) {
            if (b.y() < y1 && b.y() + b.sprite().getHeight() > y0) {
                blit(pixels, b.sprite(), b.x(), b.y(), y0, y1);
            }
        }
    }

    Graphics2D graphics() {
        return surface.graphics();
    }

    /** True on vector targets: shapes must be drawn as shapes, text as text. */
    boolean vector() {
        return vector;
    }

    /** Unrotated text with its baseline origin at (x, y) and the map's white halo. */
    void text(String text, Font font, double x, double y, Color fill, float haloWidth) {
        if (vector) {
            TextPainter.draw(surface.graphics(), text, font, x, y, 0, fill, HALO, haloWidth);
            return;
        }
        TextPainter.Sprite s = TextPainter.sprite(text, font, fill, HALO, haloWidth);
        image(s.image(), (int) Math.round(x) - s.originX(), (int) Math.round(y) - s.originY());
    }

    /** Draws a premultiplied ARGB image with its top-left corner at (x, y), over what is there. */
    void image(BufferedImage sprite, int x, int y) {
        if (recorded != null) {
            if (sprite.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
                throw new IllegalArgumentException("A recording canvas takes premultiplied sprites only");
            }
            recorded.add(new Blit(sprite, x, y));
            return;
        }
        if (vector) {
            surface.graphics().drawImage(sprite, x, y, null);
            return;
        }
        surface.sprite(sprite, x, y);
    }

    /** Copies a premultiplied sprite with its top-left corner at (x, y) into rows fromY to toY of the target. */
    static void blit(IntRaster target, BufferedImage sprite, int x, int y, int fromY, int toY) {
        int[] pixels = target.pixels();
        int[] src = ((DataBufferInt) sprite.getRaster().getDataBuffer()).getData();
        int[] spans = spans(sprite);
        int sw = sprite.getWidth();
        int y0 = Math.max(Math.max(0, fromY), y);
        int y1 = Math.min(Math.min(target.height(), toY), y + sprite.getHeight());
        for (int py = y0; py < y1; py++) {
            int sy = py - y;
            // Only the run of the sprite's row that holds any ink: halos leave wide transparent margins.
            int x0 = Math.max(0, x + spans[2 * sy]);
            int x1 = Math.min(target.width(), x + spans[2 * sy + 1]);
            int si = sy * sw - x;
            int di = target.index(0, py);
            int alphaBits = target.alphaBits();
            for (int px = x0; px < x1; px++) {
                // Branch-free: a sprite's pixels go from clear to halo to ink and back within a few pixels, and
                // over() is exact at both ends (an opaque source keeps nothing under it, a clear one all of it).
                int s = src[si + px];
                pixels[di + px] = IntRaster.over(s, pixels[di + px] | alphaBits, IntRaster.keep(s >>> 24));
            }
        }
    }

    /** Per row of a sprite, the first and one-past-last column with any alpha; cached per sprite. */
    private static int[] spans(BufferedImage sprite) {
        synchronized (SPANS) {
            int[] cached = SPANS.get(sprite);
            if (cached != null) {
                return cached;
            }
        }
        int w = sprite.getWidth();
        int h = sprite.getHeight();
        int[] src = ((DataBufferInt) sprite.getRaster().getDataBuffer()).getData();
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
        synchronized (SPANS) {
            SPANS.put(sprite, spans);
        }
        return spans;
    }
}
