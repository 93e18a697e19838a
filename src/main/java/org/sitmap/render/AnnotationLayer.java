package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.geo.Projection;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.render.raster.IntRaster;

/**
 * The window's annotation shapes (fills, hatching, lines, symbols; no labels) kept between frames as a transparent
 * image laid over the base map, so a frame redraws only what changed since the last one:
 * <ul>
 * <li>a pan at the same scale shifts the kept pixels and draws the strips that came into view;</li>
 * <li>an edit (an annotation is immutable: an edit is a new value) redraws the boxes of the old and new values;</li>
 * <li>a date change on the timeline redraws the boxes of the annotations that came and went;</li>
 * <li>a frame whose annotations are the same (labels pinned, base layers toggled) draws no shape at all.</li>
 * </ul>
 * Each changed box is cleared and drawn again whole, every annotation reaching into it in drawing order (through a
 * viewport cut to the box), so fills still stack and knock out as {@link DrawOrder} says. Anything else (another
 * scale, size, style sheet or dpi, a reordering, more than {@link #MAX_BOXES} boxes or more than half the frame to
 * redraw) draws the layer whole.
 *
 * <p>Where an annotation lies is looked up in {@link AnnotationBoxes}, kept up to date by identity. When the layer
 * is drawn whole again at the last frame's scale (a date change), arrows, markers and area outlines are copied from
 * the sprites the layer keeps of them ({@link ShapeSprites}), so only what it never drew at this scale is
 * rasterised.
 *
 * <p>Pixels equal those of a whole redraw but for the last bit of anti-aliasing where a box's coordinates round
 * differently; laying a layer over the map rounds each channel once more than drawing onto it does (at most 1 in
 * 255), which is why exports and tests ({@code new MapRenderer()}) never use it.
 *
 * <p>Two layers are kept at one scale, each brought up to date as above: the day shown, and the one the frames
 * painted ahead ({@link PreparedFrames}: the timeline's other days) are drawn on, so a pan or an edit then finds
 * the day shown still kept.
 *
 * <p>Thread-safe (one frame at a time); holds up to two frames of pixels (one after a zoom until a frame is painted
 * ahead), softly.
 */
final class AnnotationLayer {
    /** More changed boxes than this redraw the whole layer. */
    static final int MAX_BOXES = 48;
    /** Fewer shapes than this are drawn whole by one thread: bands would cost more than they share. */
    static final int BANDED_FROM = 200;

    /** What the kept pixels were drawn for, but the centre. */
    record Key(Projection projection, double resolution, int width, int height, double dpi, Object sheet,
            boolean writesPixels) {
    }

    /** Draws the shapes of annotations already culled to a viewport onto a surface. */
    interface ShapesPainter {
        /**
         * @param sprites   the kept pixels of shapes that draw alone, or null to draw every shape
         * @param cancelled looked at between shapes (throwing {@link java.util.concurrent.CancellationException})
         */
        void paint(DrawSurface surface, Viewport v, List<Annotation> visible, ShapeSprites.Pen sprites,
                java.util.function.BooleanSupplier cancelled);
    }

    /** Fewest shapes drawn in bands: {@link #BANDED_FROM}, or more (tests draw a crowd in one band too). */
    private final int bandedFrom;
    private final AnnotationBoxes boxes = new AnnotationBoxes();
    private final ShapeSprites sprites = new ShapeSprites();
    /** Whole layers of a crowd drawn at this scale, packed: a date change to a day drawn before unpacks its layer. */
    private final PackedLayers packed;
    /**
     * Two kept layers at the same scale: the window paints the timeline's other days ahead while the day shown
     * stays kept, so a pan or an edit of the day shown still redraws only what changed.
     */
    private final Kept[] kept = {new Kept(), new Kept()};
    private long frames;
    /** Boxes redrawn by the last frame: -1 for the whole layer. For tests and the bench. */
    private int lastRedrawn;

    AnnotationLayer() {
        this(BANDED_FROM);
    }

    /** A layer that draws in bands only from {@code bandedFrom} shapes on. */
    AnnotationLayer(int bandedFrom) {
        this(bandedFrom, PackedLayers.windowBudget());
    }

    /** A layer that draws in bands from {@code bandedFrom} shapes on and keeps {@code packedBytes} of layers packed. */
    AnnotationLayer(int bandedFrom, long packedBytes) {
        this.bandedFrom = bandedFrom;
        this.packed = new PackedLayers(packedBytes);
    }

    /** One kept layer: its pixels and what they were drawn for. */
    private static final class Kept {
        private java.lang.ref.SoftReference<BufferedImage> image = new java.lang.ref.SoftReference<>(null);
        private Key key;
        private double centerX;
        private double centerY;
        private List<Annotation> drawn = List.of();
        /** {@link #drawn} by identity, made when first asked. */
        private Map<Annotation, Boolean> drawnSet;
        /** The frame count when last painted: the older of two is redrawn whole. */
        private long used = -1;
        /** Whether the last frame shown (not painted ahead) was drawn on this layer. */
        private boolean shown;
        /** Whether the pixels are those of a layer {@link #packed} keeps (unpacked, unchanged since). */
        private boolean alsoPacked;

        boolean usable(Key k) {
            return k.equals(key) && image.get() != null;
        }

        /** How many annotations are in one of {@link #drawn} and {@code now} but not the other. */
        int changesTo(List<Annotation> now) {
            if (now == drawn) {
                return 0;
            }
            if (drawnSet == null) {
                drawnSet = identitySet(drawn);
            }
            int added = 0;
            for (Annotation a : now) {
                if (!drawnSet.containsKey(a)) {
                    added++;
                }
            }
            return added + drawn.size() - (now.size() - added);
        }

        void forget() {
            image = new java.lang.ref.SoftReference<>(null);
            key = null;
            drawn = List.of();
            drawnSet = null;
            used = -1;
            shown = false;
            alsoPacked = false;
        }
    }

    /**
     * Brings a kept layer up to {@code annotations} on {@code v} and lays it over {@code frame}; returns the
     * annotations that reach into the frame (for their labels). Of the two kept layers, the one that needs the
     * fewest changes is brought up to date; when it must be drawn whole, the one used longer ago is.
     *
     * <p>Only a layer drawn whole gives way to {@code cancelled}, between shapes: it is drawn whole again next time
     * anyway. Boxes are always finished, so a drag that cancels frame after frame never loses the kept layer.
     *
     * @param writesPixels whether the layer's surface writes pixels directly (as the frame's does)
     */
    List<Annotation> paintOver(BufferedImage frame, Viewport v, List<Annotation> annotations,
            RenderOptions options, boolean writesPixels, ShapesPainter painter,
            java.util.function.BooleanSupplier cancelled) {
        return paintOver(frame, v, annotations, options, writesPixels, false, painter, cancelled, visible -> {
        });
    }

    /**
     * As {@link #paintOver(BufferedImage, Viewport, List, RenderOptions, boolean, ShapesPainter,
     * java.util.function.BooleanSupplier)}; a frame painted {@code ahead} of being shown ({@link PreparedFrames})
     * never takes the layer of the last frame shown, so a pan or an edit of the day shown finds it still kept.
     *
     * @param visibleKnown given the annotations that reach into the frame before any shape is drawn (their labels
     *                     can be placed meanwhile)
     */
    synchronized List<Annotation> paintOver(BufferedImage frame, Viewport v, List<Annotation> annotations,
            RenderOptions options, boolean writesPixels, boolean ahead, ShapesPainter painter,
            java.util.function.BooleanSupplier cancelled, java.util.function.Consumer<List<Annotation>> visibleKnown) {
        Key k = new Key(v.projection(), v.resolution(), v.width(), v.height(), options.dpi(), options.styleSheet(),
                writesPixels);
        double ppt = options.pixelsPerPoint();
        AnnotationBoxes.Frame where = boxes.frame(v, annotations);
        List<Annotation> visible = where.visible(ppt);
        visibleKnown.accept(visible);
        Kept slot = nearest(k, annotations, ahead);
        boolean sameScale = slot != null;
        List<Rectangle> dirty = sameScale ? dirty(slot, v, annotations, where, ppt) : null;
        BufferedImage unpacked = null;
        if (dirty == null) {
            slot = older(k, ahead);
            handOver(slot, k);
            unpacked = unpacked(slot, k, annotations, v);
            if (unpacked != null) {
                dirty = dirty(slot, v, annotations, where, ppt);
            }
        }
        // Held strongly from here on (the slot holds it softly).
        BufferedImage layer = unpacked != null ? unpacked : slot.image.get();
        if (layer == null) {
            dirty = null;
        }
        // Until the layer is whole again, it matches no frame (a painter that throws leaves it half drawn).
        slot.key = null;
        slot.drawnSet = null;
        if (dirty == null) {
            boolean clear = layer == null || layer.getWidth() != v.width() || layer.getHeight() != v.height();
            if (clear) {
                layer = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
                slot.image = new java.lang.ref.SoftReference<>(layer);
            }
            // Sprites are made for a whole layer at the last frame's scale (a date change), which will come again; a
            // frame at a new scale (a zoom) would only pay for making them.
            drawWhole(layer, !clear, frame, v, where, visible, ppt, writesPixels, sameScale, painter, cancelled);
            lastRedrawn = -1;
            slot.alsoPacked = false;
        } else {
            shiftTo(slot, layer, v);
            for (Rectangle r : dirty) {
                LayerPixels.clear(layer, r);
                List<Annotation> inside = where.drawnInto(r, ppt);
                if (!inside.isEmpty()) {
                    // Copied from the sprites a date change made, if any; made here, an edit and its undo would
                    // round a level differently from the frame before.
                    draw(layer, r, v, inside, writesPixels, false, painter, () -> false);
                }
            }
            lastRedrawn = dirty.size();
            slot.alsoPacked &= dirty.isEmpty();
            BufferedImage drawn = layer;
            FrameBands.run(v.height(), FrameBands.THREADS, (top, bottom) -> LayerPixels.layOver(drawn, frame, top, bottom));
        }
        drawnNow(slot, k, v, annotations, ahead);
        return visible;
    }

    /** Marks {@code slot} whole again: drawn for {@code k} around {@code v}'s centre, showing {@code annotations}. */
    private void drawnNow(Kept slot, Key k, Viewport v, List<Annotation> annotations, boolean ahead) {
        slot.key = k;
        slot.centerX = v.centerX();
        slot.centerY = v.centerY();
        slot.drawn = annotations;
        slot.used = frames++;
        if (!ahead) {
            for (Kept s : kept) {
                s.shown = s == slot;
            }
        }
    }

    /**
     * Hands a crowd's whole layer at this frame's scale ({@code k}) about to be drawn over to {@link #packed},
     * unless kept there already; the slot takes a spare image (or none: one is made).
     */
    private void handOver(Kept slot, Key k) {
        BufferedImage img = slot.image.get();
        if (!k.equals(slot.key) || img == null || slot.alsoPacked || slot.drawn.size() < bandedFrom) {
            return;
        }
        if (packed.keep(slot.key, slot.centerX, slot.centerY, slot.drawn, img)) {
            slot.image = new java.lang.ref.SoftReference<>(packed.spare(img.getWidth(), img.getHeight()));
        }
    }

    /**
     * Unpacks into {@code slot} the layer {@link #packed} keeps of {@code annotations} at this scale, if any: the
     * slot then holds it as drawn then (its centre, its list), for the pans and edits since to be applied. Returns
     * the image unpacked into, or null.
     */
    private BufferedImage unpacked(Kept slot, Key k, List<Annotation> annotations, Viewport v) {
        PackedLayers.Layer p = annotations.size() < bandedFrom ? null : packed.find(k, annotations);
        if (p == null) {
            return null;
        }
        BufferedImage img = slot.image.get();
        if (img == null || img.getWidth() != v.width() || img.getHeight() != v.height()) {
            img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            slot.image = new java.lang.ref.SoftReference<>(img);
        }
        p.pixels().unpackInto(IntRaster.of(img).pixels());
        slot.key = k;
        slot.centerX = p.centerX();
        slot.centerY = p.centerY();
        slot.drawn = p.drawn();
        slot.drawnSet = null;
        slot.alsoPacked = true;
        return img;
    }

    /** The packed layers (tests and the bench). */
    PackedLayers packed() {
        return packed;
    }

    /** The kept layer at this scale that needs the fewest changes for {@code annotations}; null if none is. */
    private Kept nearest(Key k, List<Annotation> annotations, boolean ahead) {
        Kept best = null;
        int fewest = Integer.MAX_VALUE;
        for (Kept s : kept) {
            if (s.usable(k) && !(ahead && s.shown)) {
                int changes = s.changesTo(annotations);
                if (changes < fewest) {
                    best = s;
                    fewest = changes;
                }
            }
        }
        return best;
    }

    /**
     * The kept layer to draw whole: the one used longer ago. At a new scale neither is of use again, so the other
     * is forgotten too (one image's memory, not two, after a zoom).
     */
    private Kept older(Key k, boolean ahead) {
        Kept older = kept[0].used <= kept[1].used ? kept[0] : kept[1];
        if (ahead && older.shown) {
            older = older == kept[0] ? kept[1] : kept[0];
        }
        Kept other = older == kept[0] ? kept[1] : kept[0];
        if (!other.usable(k)) {
            if (older.image.get() == null) {
                // Another drawing's pixels: never to be handed over as this slot's (it is drawn whole now).
                older.image = other.image;
                older.key = null;
            }
            other.forget();
        }
        return older;
    }


    /** How many boxes the last frame redrew; -1 when it drew the layer whole. */
    synchronized int lastRedrawn() {
        return lastRedrawn;
    }

    /** The kept sprites of shapes that draw alone (tests). */
    ShapeSprites sprites() {
        return sprites;
    }

    /** Forgets the kept layer and boxes. */
    synchronized void clear() {
        for (Kept s : kept) {
            s.forget();
        }
        boxes.clear();
        sprites.clear();
        packed.clear();
    }

    /**
     * Draws the layer whole (cleared first if {@code used}), in bands side by side ({@link FrameBands}) when there
     * are enough shapes to share, each band laid over the frame as soon as it is drawn.
     */
    private void drawWhole(BufferedImage layer, boolean used, BufferedImage frame, Viewport v,
            AnnotationBoxes.Frame where, List<Annotation> visible, double ppt, boolean writesPixels, boolean makeSprites, ShapesPainter painter,
            java.util.function.BooleanSupplier cancelled) {
        int bands = visible.size() < bandedFrom || FrameBands.THREADS == 1 ? 1 : 2 * FrameBands.THREADS;
        FrameBands.run(v.height(), bands, (top, bottom) -> {
            Rectangle r = new Rectangle(0, top, v.width(), bottom - top);
            if (used) {
                LayerPixels.clear(layer, r);
            }
            draw(layer, r, v, bands == 1 ? visible : where.drawnInto(r, ppt), writesPixels, makeSprites, painter,
                    cancelled);
            LayerPixels.layOver(layer, frame, top, bottom);
        });
    }

    /**
     * Draws {@code visible} onto the part {@code r} of {@code layer} (a frame of {@code v}), through a viewport
     * cut to it; shapes that draw alone from the kept sprites where the layer's pixels are written directly
     * (making those missing if {@code makeSprites}, else drawing them).
     */
    private void draw(BufferedImage layer, Rectangle r, Viewport v, List<Annotation> visible, boolean writesPixels,
            boolean makeSprites, ShapesPainter painter, java.util.function.BooleanSupplier cancelled) {
        boolean whole = r.width == v.width() && r.height == v.height();
        BufferedImage target = whole ? layer : layer.getSubimage(r.x, r.y, r.width, r.height);
        Graphics2D g = target.createGraphics();
        try {
            MapRenderer.applyHints(g);
            ShapeSprites.Pen kept = writesPixels && ShapeSprites.enabled()
                    ? sprites.drawingInto(IntRaster.of(target), v, r.x, r.y, makeSprites) : null;
            painter.paint(LayerPainter.surface(g, writesPixels ? target : null), whole ? v : cut(v, r), visible,
                    kept, cancelled);
        } finally {
            g.dispose();
        }
    }

    /**
     * The boxes to redraw (pixels of the new frame, within it), or null when the layer must be drawn whole: the
     * strips a pan brought into view, and the boxes of annotations that came or went.
     */
    private static List<Rectangle> dirty(Kept slot, Viewport v, List<Annotation> now, AnnotationBoxes.Frame where,
            double ppt) {
        double sx = (slot.centerX - v.centerX()) / v.resolution();
        double sy = (v.centerY() - slot.centerY) / v.resolution();
        long dx = Math.round(sx);
        long dy = Math.round(sy);
        if (Math.abs(sx - dx) > 1e-6 || Math.abs(sy - dy) > 1e-6 || Math.abs(dx) >= v.width()
                || Math.abs(dy) >= v.height()) {
            return null;
        }
        List<Rectangle> out = new ArrayList<>();
        int w = v.width();
        int h = v.height();
        if (dx > 0) {
            out.add(new Rectangle(0, 0, (int) dx, h));
        } else if (dx < 0) {
            out.add(new Rectangle(w + (int) dx, 0, (int) -dx, h));
        }
        if (dy > 0) {
            out.add(new Rectangle(0, 0, w, (int) dy));
        } else if (dy < 0) {
            out.add(new Rectangle(0, h + (int) dy, w, (int) -dy));
        }
        Map<Annotation, Boolean> before = slot.drawnSet != null ? slot.drawnSet : identitySet(slot.drawn);
        if (!changes(slot.drawn, before, now, v, where, ppt, out)) {
            return null;
        }
        long area = 0;
        for (Rectangle r : out) {
            area += (long) r.width * r.height;
        }
        return out.size() > MAX_BOXES || area > (long) w * h / 2 ? null : out;
    }

    /**
     * Adds the boxes of the annotations in one list and not the other to {@code out}; false when they cannot be
     * told by boxes (the ones in both are in another order, or too many changed).
     */
    private static boolean changes(List<Annotation> before, Map<Annotation, Boolean> old, List<Annotation> now,
            Viewport v, AnnotationBoxes.Frame where, double ppt, List<Rectangle> out) {
        Map<Annotation, Boolean> current = identitySet(now);
        // The annotations in both must keep their order: stacking depends on it.
        int i = 0;
        for (Annotation a : now) {
            if (!old.containsKey(a)) {
                if (!add(out, where.box(a, margin(a, ppt)), v)) {
                    return false;
                }
                continue;
            }
            while (i < before.size() && !current.containsKey(before.get(i))) {
                i++;
            }
            if (i >= before.size() || before.get(i) != a) {
                return false;
            }
            i++;
        }
        for (Annotation a : before) {
            if (!current.containsKey(a) && !add(out, where.box(a, margin(a, ppt)), v)) {
                return false;
            }
        }
        return true;
    }

    private static Map<Annotation, Boolean> identitySet(List<Annotation> annotations) {
        Map<Annotation, Boolean> set = new IdentityHashMap<>(annotations.size() * 2);
        for (Annotation a : annotations) {
            set.put(a, Boolean.TRUE);
        }
        return set;
    }

    /** Room around an annotation's geometry box for what is drawn beyond it: strokes, arrow heads, symbols. */
    static double margin(Annotation a, double ppt) {
        return (a.kind().shape() == AnnotationKind.Shape.POINT ? 60 : 40) * ppt;
    }

    /** Adds the part of {@code box} within the frame, if any; false when there are too many boxes already. */
    private static boolean add(List<Rectangle> out, Rectangle box, Viewport v) {
        Rectangle r = box.intersection(new Rectangle(0, 0, v.width(), v.height()));
        if (r.isEmpty()) {
            return true;
        }
        out.add(r);
        return out.size() <= MAX_BOXES;
    }



    /** Moves the kept pixels by the pan from the kept centre to {@code v}'s. */
    private static void shiftTo(Kept slot, BufferedImage layer, Viewport v) {
        LayerPixels.shift(layer, (int) Math.round((slot.centerX - v.centerX()) / v.resolution()),
                (int) Math.round((v.centerY() - slot.centerY) / v.resolution()));
    }

    /** The viewport of the part {@code r} of {@code v}: the same map, its pixel (0, 0) at r's corner. */
    static Viewport cut(Viewport v, Rectangle r) {
        double res = v.resolution();
        double cx = v.centerX() + (r.x + r.width / 2.0 - v.width() / 2.0) * res;
        double cy = v.centerY() + (v.height() / 2.0 - r.y - r.height / 2.0) * res;
        return new Viewport(v.projection(), cx, cy, res, r.width, r.height);
    }
}
