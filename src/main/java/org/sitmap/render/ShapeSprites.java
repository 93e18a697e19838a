package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.sitmap.geo.Projection;
import org.sitmap.model.Annotation;
import org.sitmap.render.raster.IntRaster;

/**
 * The pixels of the annotation shapes that draw only themselves ({@link KindPainter#drawsAlone}: arrows, markers),
 * kept as sprites by the window's {@link AnnotationLayer} when it draws the layer whole at the scale it drew the
 * frame before at (a date change on the timeline brings a thousand annotations in and out all over a
 * 10,000-annotation frame): the next such frame copies each arrow it drew before instead of having Java2D rasterise
 * its casing, fill and outline again, three passes that were 70% of the frame. The first frame at a new scale (a
 * zoom) draws without sprites: making them there cost a fifth more and a zoom seldom comes back to the same scale.
 *
 * <p>A sprite is drawn by the kind's own painter into an image translated by whole pixels, so its edges are
 * anti-aliased exactly as on the frame; it is keyed by the annotation's identity (an edit makes a new value) and
 * by the scale and the sub-pixel phase of the map's origin in the frame, so a pan by whole pixels reuses it. Laying
 * a sprite over the layer rounds each channel once more than drawing onto it (a level or two in 255 at edges),
 * which is why only the window's kept layer uses sprites, never an export ({@code -Dsitmap.shapeSprites=false}
 * switches them off). At most {@link #BUDGET} pixels are kept, least recently drawn dropped first, softly held.
 *
 * <p>Not thread-safe: used under the {@link AnnotationLayer}'s lock.
 */
final class ShapeSprites {
    /** System property that switches the sprites off: shapes are then drawn every time. */
    static final String PROPERTY = "sitmap.shapeSprites";
    /** Pixels kept at most (4 bytes each): about the arrows and markers of a 10,000-annotation theatre. */
    static final long BUDGET = 8_000_000;
    /** A shape whose room is larger than this many pixels is drawn directly: a zoomed-in arrow is drawn rarely. */
    static final int MAX_ROOM = 512 * 512;
    /** Sub-pixel phases told apart, per pixel. */
    private static final int PHASES = 256;

    /** What every kept sprite was drawn for. */
    private record Scale(Projection projection, double resolution, double ppt, KindPainters painters, int phaseX,
            int phaseY) {
    }

    /**
     * A kept sprite: its rows' inked runs, packed one after another (an arrow across its box leaves most of the
     * box clear), where its top-left corner lies from the map origin's whole pixel.
     *
     * @param spans per row, the first inked column and one past the last
     * @param ink   the premultiplied pixels of every row's run, in row order
     */
    private record Kept(int dx, int dy, int[] spans, int[] ink) {
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
    }

    /**
     * A part of an annotation's drawing, the annotation by identity: equal values drawn at different times are
     * still different entries.
     */
    private record Id(Annotation a, int part) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && other.a == a && other.part == part;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a) * 31 + part;
        }
    }

    private SoftReference<LinkedHashMap<Id, Kept>> kept = new SoftReference<>(null);
    private long pixels;
    private Scale scale;
    /** The whole pixel of the map origin in the frame being drawn. */
    private int originX;
    private int originY;
    private ShapeContext lastContext;
    /** The pixels the frame being drawn goes into. */
    private IntRaster target;
    /** Whether sprites not kept are made (else those shapes are drawn directly). */
    private boolean making;
    private BufferedImage scratch;
    /** Draws on the scratch image; made with it. */
    private Graphics2D scratchGraphics;
    private int made;
    private int reused;

    /** Whether sprites are on ({@link #PROPERTY}); read per frame, so tests can switch it. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /**
     * This, drawing into {@code pixels} (the image the shapes are drawn on, untransformed and unclipped) until the
     * next call, making the sprites it does not keep yet if {@code makeMissing}.
     */
    ShapeSprites drawingInto(IntRaster pixels, boolean makeMissing) {
        target = pixels;
        making = makeMissing;
        lastContext = null;
        return this;
    }

    /**
     * Draws {@code a} with {@code painter} into the pixels given to {@link #drawingInto}, from its kept sprite when
     * there is one.
     */
    void paint(KindPainter painter, KindPainters painters, ShapeContext c, Annotation a) {
        paint(a, 0, painter.reach(a, c.ppt()), painters, c, cc -> painter.paintShape(cc, a));
    }

    /**
     * Draws part {@code part} of {@code a} (what {@code draw} draws on the context it is given, all within
     * {@code reach} pixels of the annotation's box, as {@link KindPainter#drawsAlone} says) from its kept sprite
     * when there is one.
     */
    void paint(Annotation a, int part, double reach, KindPainters painters, ShapeContext c,
            Consumer<ShapeContext> draw) {
        if (c != lastContext) {
            start(c, painters);
        }
        Id id = new Id(a, part);
        LinkedHashMap<Id, Kept> map = map();
        Kept k = map.get(id);
        if (k == null) {
            k = making ? make(c, a, reach, draw) : null;
            if (k == null) {
                draw.accept(c);
                return;
            }
            map.put(id, k);
            pixels += area(k);
            trim(map);
            made++;
        } else {
            reused++;
        }
        k.blitInto(target, originX + k.dx(), originY + k.dy());
    }

    /** Sprites made and reused since the last call (for tests and the bench); resets both. */
    int[] counts() {
        int[] out = {made, reused};
        made = 0;
        reused = 0;
        return out;
    }

    void clear() {
        kept = new SoftReference<>(null);
        scratch = null;
        if (scratchGraphics != null) {
            scratchGraphics.dispose();
            scratchGraphics = null;
        }
        pixels = 0;
        scale = null;
        lastContext = null;
    }

    /** Finds the origin's whole pixel and phase in a new frame; forgets every sprite when the scale changed. */
    private void start(ShapeContext c, KindPainters painters) {
        lastContext = c;
        Viewport v = c.v();
        long qx = Math.round(v.worldToScreenX(0) * PHASES);
        long qy = Math.round(v.worldToScreenY(0) * PHASES);
        originX = (int) Math.floorDiv(qx, PHASES);
        originY = (int) Math.floorDiv(qy, PHASES);
        Scale s = new Scale(v.projection(), v.resolution(), c.ppt(), painters, (int) Math.floorMod(qx, PHASES),
                (int) Math.floorMod(qy, PHASES));
        if (!s.equals(scale)) {
            kept = new SoftReference<>(null);
            pixels = 0;
            scale = s;
        }
    }

    private LinkedHashMap<Id, Kept> map() {
        LinkedHashMap<Id, Kept> map = kept.get();
        if (map == null) {
            map = new LinkedHashMap<>(1024, 0.75f, true);
            kept = new SoftReference<>(map);
            pixels = 0;
        }
        return map;
    }

    private void trim(LinkedHashMap<Id, Kept> map) {
        Iterator<Map.Entry<Id, Kept>> it = map.entrySet().iterator();
        while (pixels > BUDGET && it.hasNext()) {
            pixels -= area(it.next().getValue());
            it.remove();
        }
    }

    /** What a sprite costs against the budget: its ints, and a few for the entry itself (an empty one too). */
    private static long area(Kept k) {
        return k.ink().length + k.spans().length + 16;
    }

    /**
     * Draws {@code a} into the scratch image around where it lies and keeps the inked part as a sprite; null when
     * the shape is too large or reaches the scratch's edge (drawn directly then).
     */
    private Kept make(ShapeContext c, Annotation a, double reach, Consumer<ShapeContext> draw) {
        Rectangle2D b = AnnotationShapes.screenBounds(a, c.v());
        // The painter's reach (what a click may hit beyond the geometry) with room for casings and anti-aliasing.
        double margin = reach + 4 * c.ppt() + 2;
        int x0 = (int) Math.floor(b.getMinX() - margin);
        int y0 = (int) Math.floor(b.getMinY() - margin);
        int w = (int) Math.ceil(b.getMaxX() + margin) - x0;
        int h = (int) Math.ceil(b.getMaxY() + margin) - y0;
        if (!(w > 0 && h > 0) || (long) w * h > MAX_ROOM || !withinPathMargin(c.v(), x0, y0, w, h)) {
            return null;
        }
        // The scratch is clear: every sprite clears its room once packed (one graphics for all: making one per
        // sprite and setting its hints was a tenth of making the sprite).
        BufferedImage img = scratch(w, h);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int stride = img.getWidth();
        Graphics2D g = scratchGraphics;
        try {
            g.setTransform(new AffineTransform());
            g.setClip(0, 0, w, h);
            g.setTransform(AffineTransform.getTranslateInstance(-x0, -y0));
            draw.accept(new ShapeContext(DrawSurface.java2d(g), c.v(), c.ppt(), c.limit(), c.anchorX(), c.anchorY()));
            return pack(px, stride, w, h, x0, y0);
        } finally {
            for (int y = 0; y < h; y++) {
                Arrays.fill(px, y * stride, y * stride + w, 0);
            }
        }
    }

    /**
     * Whether a room lies within the margin beyond the frame that shapes' paths keep exactly
     * ({@link AnnotationShapes#PATH_MARGIN}): further out an area's outline is cut short for this frame, and a sprite of it
     * would show the cut once panned into view.
     */
    private static boolean withinPathMargin(Viewport v, int x0, int y0, int w, int h) {
        int m = AnnotationShapes.PATH_MARGIN;
        return x0 >= -m && y0 >= -m && x0 + w <= v.width() + m && y0 + h <= v.height() + m;
    }

    /**
     * The inked runs of the scratch's w x h corner as a sprite whose top-left lies at frame pixel (x0, y0); null
     * when ink reaches the corner's edge (the room was too small).
     */
    private Kept pack(int[] px, int stride, int w, int h, int x0, int y0) {
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
            return new Kept(0, 0, new int[0], new int[0]);
        }
        int[] ink = new int[inked];
        int at = 0;
        for (int y = top; y <= bottom; y++) {
            int n = spans[2 * y + 1] - spans[2 * y];
            System.arraycopy(px, y * stride + spans[2 * y], ink, at, n);
            at += n;
        }
        return new Kept(x0 - originX, y0 + top - originY, Arrays.copyOfRange(spans, 2 * top, 2 * bottom + 2), ink);
    }

    /** The scratch image, grown to hold w x h pixels. */
    private BufferedImage scratch(int w, int h) {
        if (scratch == null || scratch.getWidth() < w || scratch.getHeight() < h) {
            int sw = Math.max(w, scratch == null ? 256 : scratch.getWidth());
            int sh = Math.max(h, scratch == null ? 256 : scratch.getHeight());
            if ((long) sw * sh > 2L * MAX_ROOM) {
                // A long flat arrow after a long upright one: grown on both sides it would hold both; this one only.
                sw = w;
                sh = h;
            }
            scratch = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB_PRE);
            if (scratchGraphics != null) {
                scratchGraphics.dispose();
            }
            scratchGraphics = scratch.createGraphics();
            MapRenderer.applyHints(scratchGraphics);
        }
        return scratch;
    }
}
