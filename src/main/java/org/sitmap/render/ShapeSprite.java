package org.sitmap.render;

import java.util.Arrays;
import org.sitmap.render.raster.IntRaster;

/**
 * A shape's pixels kept by {@link ShapeSprites}: its rows' inked runs, packed one after another (an arrow across
 * its box leaves most of the box clear), and where its top-left corner lies from the map origin's whole pixel.
 *
 * <p>Immutable but for {@link #used}, which frames set without a lock: a stale stamp only makes the sprite a
 * little likelier to be dropped when the budget is full.
 */
final class ShapeSprite {
    private final int dx;
    private final int dy;
    /** Per row, the first inked column and one past the last. */
    private final int[] spans;
    /** The premultiplied pixels of every row's run, in row order. */
    private final int[] ink;
    /** The last frame (a stamp of {@link ShapeSprites}) that drew the sprite. */
    long used;

    ShapeSprite(int dx, int dy, int[] spans, int[] ink) {
        this.dx = dx;
        this.dy = dy;
        this.spans = spans;
        this.ink = ink;
    }

    int dx() {
        return dx;
    }

    int dy() {
        return dy;
    }

    /** What the sprite costs against a budget of ints: its arrays, and a few for its entry (an empty one too). */
    long cost() {
        return ink.length + spans.length + 16;
    }

    /** Lays the sprite over {@code to} with its top-left corner at (x, y). */
    void blitInto(IntRaster to, int x, int y) {
        int[] pixels = to.pixels();
        int alphaBits = to.alphaBits();
        int rows = spans.length / 2;
        int at = 0;
        for (int sy = 0; sy < rows; sy++) {
            int first = spans[2 * sy];
            int end = spans[2 * sy + 1];
            int py = y + sy;
            if (py >= 0 && py < to.height()) {
                int x0 = Math.max(0, x + first);
                int x1 = Math.min(to.width(), x + end);
                int di = to.index(0, py);
                int si = at - (x + first);
                for (int px = x0; px < x1; px++) {
                    int src = ink[si + px];
                    int alpha = src >>> 24;
                    // Casings and outlines are mostly opaque: nothing under them shows.
                    if (alpha == 255) {
                        pixels[di + px] = src;
                    } else if (alpha != 0) {
                        pixels[di + px] = IntRaster.over(src, pixels[di + px] | alphaBits, IntRaster.keep(alpha));
                    }
                }
            }
            at += end - first;
        }
    }

    /**
     * The inked runs of the scratch's w x h corner as a sprite whose top-left lies (dx, dy) from the map origin's
     * whole pixel; null when ink reaches the corner's edge (the room was too small).
     */
    static ShapeSprite pack(int[] px, int stride, int w, int h, int dx, int dy) {
        int[] spans = new int[2 * h];
        int inked = 0;
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < h; y++) {
            int row = y * stride;
            int first = 0;
            while (first < w && px[row + first] == 0) {
                first++;
            }
            int end = w;
            while (end > first && px[row + end - 1] == 0) {
                end--;
            }
            if (first < end) {
                if (first == 0 || end == w || y == 0 || y == h - 1) {
                    return null;
                }
                top = top < 0 ? y : top;
                bottom = y;
            }
            spans[2 * y] = first;
            spans[2 * y + 1] = Math.max(first, end);
            inked += spans[2 * y + 1] - first;
        }
        if (top < 0) {
            return new ShapeSprite(0, 0, new int[0], new int[0]);
        }
        int[] ink = new int[inked];
        int at = 0;
        for (int y = top; y <= bottom; y++) {
            int n = spans[2 * y + 1] - spans[2 * y];
            System.arraycopy(px, y * stride + spans[2 * y], ink, at, n);
            at += n;
        }
        return new ShapeSprite(dx, dy + top, Arrays.copyOfRange(spans, 2 * top, 2 * bottom + 2), ink);
    }
}
