package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
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
 * <p>Beside the sprites, the interiors of areas less the areas stacked above them ({@link DrawOrder}) are kept by
 * the areas' identities, for as long as the same areas lie above.
 *
 * <p>Thread-safe: the bands of a frame ({@link FrameBands}) look sprites up side by side without a lock, each
 * through a {@link Pen} of its own; only a change of scale and trimming to the budget take this object's lock.
 */
final class ShapeSprites {
    /** System property that switches the sprites off: shapes are then drawn every time. */
    static final String PROPERTY = "sitmap.shapeSprites";
    /** Pixels kept at most (4 bytes each): about the arrows and markers of a 10,000-annotation theatre. */
    static final long BUDGET = 8_000_000;
    /** A shape whose room is larger than this many pixels is drawn directly: a zoomed-in arrow is drawn rarely. */
    static final int MAX_ROOM = 512 * 512;
    /** Knocked-out interiors kept at most: about the areas of a few days of a 10,000-annotation theatre. */
    static final int MAX_INTERIORS = 20_000;
    /** Sub-pixel phases told apart, per pixel. */
    private static final int PHASES = 256;

    /** What every kept sprite was drawn for. */
    private record Scale(Projection projection, double resolution, double ppt, KindPainters painters, int phaseX,
            int phaseY) {
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

    /** An area and the covering areas above it, all by identity, in stacking order. */
    private record Interior(Annotation a, Annotation[] above, int hash) {
        Interior(Annotation a, Annotation[] above) {
            this(a, above, SameAnnotations.hash(System.identityHashCode(a), above));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Interior other && other.a == a && other.hash == hash
                    && SameAnnotations.same(other.above, above);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** What is kept at the last scale: replaced whole, never changed, when the scale changes. */
    private volatile SoftReference<Generation> kept = new SoftReference<>(null);
    // Counted by every band for every shape: an atomic shared by the bands' threads was a tenth of their time.
    private final LongAdder made = new LongAdder();
    private final LongAdder reused = new LongAdder();
    private final LongAdder interiorsReused = new LongAdder();
    /** Stamps the frames' pens, so the least recently drawn sprites go first. */
    private final AtomicLong frames = new AtomicLong();

    /**
     * The sprites kept at one scale and their cost in ints; and the interiors of areas knocked out by the areas
     * above them ({@link DrawOrder}), relative to the map origin's whole pixel: a date change keeps most areas
     * and what lies above them, and subtracting outlines was a tenth of the frame. Looked up without a lock, as
     * the bands of a frame draw side by side.
     */
    private record Generation(Scale scale, Map<Id, ShapeSprite> sprites, AtomicLong pixels,
            Map<Interior, Shape> interiors) {
        Generation(Scale scale) {
            this(scale, new ConcurrentHashMap<>(4096), new AtomicLong(), new ConcurrentHashMap<>(4096));
        }
    }

    /** Each thread's scratch image (cleared after every sprite), with the graphics that draw on it. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** Whether sprites are on ({@link #PROPERTY}); read per frame, so tests can switch it. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /**
     * A pen that draws into {@code pixels} (the image the shapes are drawn on, untransformed and unclipped: the
     * frame, or a part of it whose top-left is frame pixel ({@code left}, {@code top})) for a frame of
     * {@code frame}, making the sprites it does not keep yet if {@code makeMissing}. One pen per thread; several
     * may draw parts of one frame at once.
     */
    Pen drawingInto(IntRaster pixels, Viewport frame, int left, int top, boolean makeMissing) {
        return new Pen(pixels, frame, left, top, makeMissing);
    }

    /** Sprites made and reused since the last call (for tests and the bench); resets both. */
    int[] counts() {
        return new int[] {(int) made.sumThenReset(), (int) reused.sumThenReset()};
    }

    /** Knocked-out interiors used again since the last call (for tests); resets. */
    int interiorsReused() {
        return (int) interiorsReused.sumThenReset();
    }

    void clear() {
        kept = new SoftReference<>(null);
    }

    /** What is kept at scale {@code s}: everything kept at another scale is forgotten. */
    private Generation at(Scale s) {
        Generation g = kept.get();
        if (g != null && g.scale().equals(s)) {
            return g;
        }
        synchronized (this) {
            g = kept.get();
            if (g == null || !g.scale().equals(s)) {
                g = new Generation(s);
                kept = new SoftReference<>(g);
            }
            return g;
        }
    }

    /** Keeps an interior; past {@link #MAX_INTERIORS} the kept ones are forgotten first. */
    private static void keepInterior(Generation g, Interior key, Shape relative) {
        if (g.interiors().size() >= MAX_INTERIORS) {
            g.interiors().clear();
        }
        g.interiors().put(key, relative);
    }

    /** Keeps a sprite; past the {@link #BUDGET}, the least recently drawn go until a tenth of it is free. */
    private void keep(Generation g, Id id, ShapeSprite k) {
        ShapeSprite before = g.sprites().put(id, k);
        long pixels = g.pixels().addAndGet(k.cost() - (before == null ? 0 : before.cost()));
        made.increment();
        if (pixels > BUDGET) {
            trim(g);
        }
    }

    private synchronized void trim(Generation g) {
        if (g.pixels().get() <= BUDGET) {
            return;
        }
        // The stamps are copied first: other bands keep drawing (and stamping) while this sorts.
        List<Map.Entry<Id, ShapeSprite>> entries = new ArrayList<>(g.sprites().entrySet());
        long[] byUse = new long[entries.size()];
        for (int i = 0; i < byUse.length; i++) {
            byUse[i] = (entries.get(i).getValue().used << 24) | Math.min(i, 0xFFFFFF);
        }
        Arrays.sort(byUse);
        for (long u : byUse) {
            if (g.pixels().get() <= BUDGET - BUDGET / 10) {
                break;
            }
            Map.Entry<Id, ShapeSprite> e = entries.get((int) (u & 0xFFFFFF));
            if (g.sprites().remove(e.getKey(), e.getValue())) {
                g.pixels().addAndGet(-e.getValue().cost());
            }
        }
    }

    /**
     * Draws shapes into one image (a frame or a part of it) from the kept sprites, making those missing if asked.
     * Not thread-safe: one per thread.
     */
    final class Pen {
        private final IntRaster target;
        private final boolean making;
        /** What the frame's sprites are drawn for, but the painters (known at the first shape). */
        private final Viewport frame;
        private final int phaseX;
        private final int phaseY;
        /** The whole pixel of the map origin in the pen's image. */
        private final int originX;
        private final int originY;
        /** Where the pen's image lies in the frame. */
        private final int left;
        private final int top;
        private final long stamp = frames.incrementAndGet();
        private Generation generation;

        private Pen(IntRaster target, Viewport frame, int left, int top, boolean making) {
            this.target = target;
            this.making = making;
            this.frame = frame;
            // The phase and origin are the whole frame's, so every part of it finds the same sprites.
            long qx = Math.round(frame.worldToScreenX(0) * PHASES);
            long qy = Math.round(frame.worldToScreenY(0) * PHASES);
            this.phaseX = (int) Math.floorMod(qx, PHASES);
            this.phaseY = (int) Math.floorMod(qy, PHASES);
            this.originX = (int) Math.floorDiv(qx, PHASES) - left;
            this.originY = (int) Math.floorDiv(qy, PHASES) - top;
            this.left = left;
            this.top = top;
        }

        /**
         * Draws {@code a} with {@code painter} into the pen's image, from its kept sprite when there is one.
         */
        void paint(KindPainter painter, KindPainters painters, ShapeContext c, Annotation a) {
            paint(a, 0, painter.reach(a, c.ppt()), painters, c, cc -> painter.paintShape(cc, a));
        }

        /**
         * Draws part {@code part} of {@code a} (what {@code draw} draws on the context it is given, all within
         * {@code reach} pixels of the annotation's box, as {@link KindPainter#drawsAlone} says) from its kept
         * sprite when there is one. The context given may be the whole frame's rather than {@code c}: whatever
         * {@code draw} draws must come from the context's viewport.
         */
        void paint(Annotation a, int part, double reach, KindPainters painters, ShapeContext c,
                Consumer<ShapeContext> draw) {
            Generation g = generation(painters, c.ppt());
            Id id = new Id(a, part);
            ShapeSprite k = g.sprites().get(id);
            if (k != null) {
                k.used = stamp;
                reused.increment();
            } else {
                k = making ? make(c, a, reach, draw) : null;
                if (k == null) {
                    draw.accept(c);
                    return;
                }
                // Stamped before it is kept: the trim keeping it may start makes room by the stamps.
                k.used = stamp;
                keep(g, id, k);
            }
            k.blitInto(target, originX + k.dx(), originY + k.dy());
        }

        /**
         * The interior of area {@code a} less the covering areas {@code above} it, from those kept when the same
         * areas lay above it at this scale, else {@code compute}d (and kept when the area's outline lies whole
         * within the margin its path keeps in {@code v}, the pen's part: the box of its geometry decides, not that of
         * its path, which leaves out parts beyond the margin).
         */
        Shape interior(Annotation a, Annotation[] above, KindPainters painters, double ppt, Viewport v,
                java.util.function.Supplier<Shape> compute) {
            Generation g = generation(painters, ppt);
            Interior key = new Interior(a, above);
            Shape relative = g.interiors().get(key);
            if (relative != null) {
                interiorsReused.increment();
                return AffineTransform.getTranslateInstance(originX, originY).createTransformedShape(relative);
            }
            Shape interior = compute.get();
            Rectangle2D bounds = AnnotationShapes.screenBounds(a, v);
            if (withinPathMargin(v, (int) Math.floor(bounds.getMinX()), (int) Math.floor(bounds.getMinY()),
                    (int) Math.ceil(bounds.getWidth()) + 1, (int) Math.ceil(bounds.getHeight()) + 1)) {
                keepInterior(g, key, new Path2D.Double(interior,
                        AffineTransform.getTranslateInstance(-originX, -originY)));
            }
            return interior;
        }

        /**
         * A context drawing in the whole frame's pixels onto the pen's part: {@code c} itself when the pen draws the
         * whole frame, else one whose graphics ({@code c}'s, translated: the caller restores its transform) take
         * the frame's pixels to the part's.
         */
        ShapeContext inFrame(ShapeContext c) {
            if (c.v() == frame) {
                return c;
            }
            Graphics2D g = c.g();
            g.translate(-left, -top);
            return frameContext(g, c.ppt());
        }

        /** A context drawing through {@code g} in the whole frame's pixels. */
        private ShapeContext frameContext(Graphics2D g, double ppt) {
            Rectangle2D limit = new Rectangle2D.Double(-8, -8, frame.width() + 16, frame.height() + 16);
            return new ShapeContext(DrawSurface.java2d(g), frame, ppt, limit, frame.worldToScreenX(0),
                    frame.worldToScreenY(0));
        }

        /** What is kept at the pen's scale (the painters and dpi are known at the first shape). */
        private Generation generation(KindPainters painters, double ppt) {
            Generation g = generation;
            if (g == null || g.scale().painters() != painters || g.scale().ppt() != ppt || kept.get() != g) {
                g = at(new Scale(frame.projection(), frame.resolution(), ppt, painters, phaseX, phaseY));
                generation = g;
            }
            return g;
        }

        /**
         * Draws {@code a} into the scratch image around where it lies in the whole frame and keeps the inked part
         * as a sprite; null when the shape is too large or reaches the scratch's edge (drawn directly then). Drawn
         * in the frame's pixels whichever part of it the pen draws, a sprite is the same whichever band of a frame
         * makes it.
         */
        private ShapeSprite make(ShapeContext c, Annotation a, double reach, Consumer<ShapeContext> draw) {
            Rectangle2D b = AnnotationShapes.screenBounds(a, frame);
            // The painter's reach (what a click may hit beyond the geometry) with room for casings and anti-aliasing.
            double margin = reach + 4 * c.ppt() + 2;
            int x0 = (int) Math.floor(b.getMinX() - margin);
            int y0 = (int) Math.floor(b.getMinY() - margin);
            int w = (int) Math.ceil(b.getMaxX() + margin) - x0;
            int h = (int) Math.ceil(b.getMaxY() + margin) - y0;
            if (!(w > 0 && h > 0) || (long) w * h > MAX_ROOM || !withinPathMargin(frame, x0, y0, w, h)) {
                return null;
            }
            Scratch scratch = SCRATCH.get();
            BufferedImage img = scratch.holding(w, h);
            int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            int stride = img.getWidth();
            Graphics2D g = scratch.graphics;
            try {
                g.setTransform(new AffineTransform());
                g.setClip(0, 0, w, h);
                g.setTransform(AffineTransform.getTranslateInstance(-x0, -y0));
                draw.accept(frameContext(g, c.ppt()));
                return ShapeSprite.pack(px, stride, w, h, x0 - left - originX, y0 - top - originY);
            } finally {
                for (int y = 0; y < h; y++) {
                    Arrays.fill(px, y * stride, y * stride + w, 0);
                }
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

    /** A thread's scratch image, grown as sprites need, and one graphics on it with the frame's hints. */
    private static final class Scratch {
        private BufferedImage image;
        /** Draws on the image; made with it (making one per sprite and setting its hints was a tenth of a sprite). */
        private Graphics2D graphics;

        /** The image, grown to hold w x h pixels; clear. */
        BufferedImage holding(int w, int h) {
            if (image == null || image.getWidth() < w || image.getHeight() < h) {
                int sw = Math.max(w, image == null ? 256 : image.getWidth());
                int sh = Math.max(h, image == null ? 256 : image.getHeight());
                if ((long) sw * sh > 2L * MAX_ROOM) {
                    // A long flat arrow after a long upright one: grown on both sides it would hold both; this one.
                    sw = w;
                    sh = h;
                }
                image = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB_PRE);
                if (graphics != null) {
                    graphics.dispose();
                }
                graphics = image.createGraphics();
                MapRenderer.applyHints(graphics);
            }
            return image;
        }
    }
}
