package org.sitmap.render;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongUnaryOperator;
import org.sitmap.geo.Projection;
import org.sitmap.model.Annotation;
import org.sitmap.render.raster.IntRaster;
import org.sitmap.render.raster.PackedPixels;

/**
 * Frames painted ahead of being asked for: while the map is idle the window paints the days of its timeline, nearest
 * the day shown first, so a step, a jump or a drag of the timeline shows a kept frame at once instead of drawing a
 * day's worth of changes (in a crowd, all over the map) while the analyst waits. Each frame is kept under a tag (the
 * day) and shown only for the very request it was painted for: the same view, base layers (and their visibility and
 * opacity), options and annotations (by identity, in order). Days that show the same annotations share one frame.
 *
 * <p>Frames are kept packed ({@link PackedPixels}) within a budget of bytes; past it the frame farthest from the day
 * shown goes first. A frame for another view, other layers or options than the one being painted is dropped: it
 * will not be asked for again.
 *
 * <p>Painted through the window's own renderer as frames ahead ({@link MapRenderer#paintAhead}), which never take
 * the kept annotation layer of the frame shown, so a pan or an edit of the day shown costs what it did.
 *
 * <p>Thread-safe; {@link #prepare} from one thread at a time (the map's render thread), {@link #take} from another.
 */
public final class PreparedFrames {
    /** A frame ready to be shown: its pixels and what was drawn (where its annotation labels went among it). */
    public record Frame(BufferedImage image, RenderStats stats) {
    }

    /** What a frame shows: what {@link MapRenderer#paint} is given. */
    public record Request(Viewport viewport, List<RenderLayer> layers, List<Annotation> annotations,
            RenderOptions options) {
    }

    /** Where a frame was painted: its view, the base layers as they were then, the options. */
    private record Scene(Projection projection, double centerX, double centerY, double resolution, int width,
            int height, List<BaseFrame.LayerState> layers, RenderOptions options) {
        static Scene of(Request r) {
            Viewport v = r.viewport();
            return new Scene(v.projection(), v.centerX(), v.centerY(), v.resolution(), v.width(), v.height(),
                    BaseFrame.LayerState.of(r.layers()), r.options());
        }
    }

    /**
     * What a frame was painted for: its scene, and its annotations by identity (an edit is a new value, and an equal
     * value edited back is still another frame), with a hash of them so most others differ at once.
     */
    private static final class Key {
        private final Scene scene;
        private final Annotation[] annotations;
        private final int hash;

        private Key(Scene scene, Annotation[] annotations) {
            this.scene = scene;
            this.annotations = annotations;
            this.hash = SameAnnotations.hash(scene.hashCode(), annotations);
        }

        static Key of(Request r) {
            return new Key(Scene.of(r), r.annotations().toArray(new Annotation[0]));
        }

        Scene scene() {
            return scene;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.hash == hash && other.scene.equals(scene)
                    && SameAnnotations.same(other.annotations, annotations);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A frame kept: what it was painted for, its pixels packed, its stats. */
    private record Kept(Key key, PackedPixels pixels, RenderStats stats) {
    }

    private final long budget;

    /**
     * The bytes of packed frames a window keeps: a 10,000-annotation crowd's 1920x1080 frames pack to about 3 MB
     * each, a briefing's over the base map to 1.5 MB; at most an eighth of the heap.
     */
    public static long windowBudget() {
        return Math.min(96L << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    private final Map<Long, Kept> byTag = new HashMap<>();
    /** The image frames are painted into before being packed (render thread). */
    private volatile BufferedImage painting;
    /** The image taken frames are unpacked into (the taker's thread). */
    private BufferedImage shown;

    /** @param budget bytes of packed frames kept at most */
    public PreparedFrames(long budget) {
        this.budget = budget;
    }

    /**
     * Keeps a frame for {@code r} under {@code tag}: one already kept for the same request (another day showing the
     * same annotations), or else one painted with {@code renderer} in this thread. Frames for another scene are
     * dropped first; past the budget, those farthest by {@code distance} of their tag. Returns false, keeping
     * nothing, when cancelled or when this frame is itself the farthest (the budget holds nearer days).
     */
    public boolean prepare(MapRenderer renderer, Request r, long tag, LongUnaryOperator distance,
            BooleanSupplier cancelled) {
        Key wanted = Key.of(r);
        synchronized (this) {
            for (Kept k : byTag.values()) {
                if (k.key().equals(wanted)) {
                    byTag.put(tag, k);
                    return true;
                }
            }
            if (!roomFor(tag, wanted.scene(), distance)) {
                return false;
            }
        }
        Kept kept = paint(renderer, r, wanted, cancelled);
        if (kept == null) {
            return false;
        }
        synchronized (this) {
            byTag.values().removeIf(k -> !k.key().scene().equals(wanted.scene()));
            byTag.put(tag, kept);
            return trim(tag, distance);
        }
    }

    /**
     * Paints the frame for {@code r} as a frame shown (it is not kept): after a kept frame was shown, the
     * renderer's layer of the day shown is brought up to it, so a pan or an edit of that day redraws only what
     * changed. False when cancelled.
     */
    public boolean paintShown(MapRenderer renderer, Request r, BooleanSupplier cancelled) {
        try {
            Viewport v = r.viewport();
            renderer.paint(image(v), v, r.layers(), r.annotations(), r.options(), cancelled);
            return true;
        } catch (CancellationException ex) {
            return false;
        }
    }

    /**
     * Whether a frame for {@code tag} would be kept: the budget has room for one more of the size of those kept
     * (frames of another scene do not count: they go), or a day kept is farther than this one.
     */
    private boolean roomFor(long tag, Scene scene, LongUnaryOperator distance) {
        long bytes = 0;
        int frames = 0;
        long farthest = Long.MIN_VALUE;
        Map<Kept, Boolean> seen = new IdentityHashMap<>();
        for (Map.Entry<Long, Kept> e : byTag.entrySet()) {
            Kept k = e.getValue();
            if (!k.key().scene().equals(scene)) {
                continue;
            }
            farthest = Math.max(farthest, distance.applyAsLong(e.getKey()));
            if (seen.put(k, Boolean.TRUE) == null) {
                bytes += k.pixels().bytes();
                frames++;
            }
        }
        return frames == 0 || bytes + bytes / frames <= budget || farthest > distance.applyAsLong(tag);
    }

    /** Paints and packs a frame; null when cancelled. */
    private Kept paint(MapRenderer renderer, Request r, Key key, BooleanSupplier cancelled) {
        Viewport v = r.viewport();
        BufferedImage img = image(v);
        try {
            RenderStats stats = renderer.paintAhead(img, v, r.layers(), r.annotations(), r.options(), cancelled);
            return new Kept(key, PackedPixels.pack(IntRaster.of(img).pixels(), v.width(), v.height(), cancelled),
                    stats);
        } catch (CancellationException ex) {
            return null;
        }
    }

    /** The image frames are painted into, of the viewport's size. */
    private BufferedImage image(Viewport v) {
        BufferedImage img = painting;
        if (img == null || img.getWidth() != v.width() || img.getHeight() != v.height()) {
            img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            painting = img;
        }
        return img;
    }

    /**
     * Drops the farthest frames until the budget holds, a frame with all the days that share it (dropping a day
     * whose frame a nearer day keeps frees nothing); false when the frame just kept under {@code tag} went.
     */
    private boolean trim(long tag, LongUnaryOperator distance) {
        Kept added = byTag.get(tag);
        while (bytes() > budget) {
            Map<Kept, Long> nearest = new IdentityHashMap<>();
            for (Map.Entry<Long, Kept> e : byTag.entrySet()) {
                nearest.merge(e.getValue(), distance.applyAsLong(e.getKey()), Math::min);
            }
            if (nearest.size() <= 1) {
                return true;
            }
            Kept farthest = added;
            for (Map.Entry<Kept, Long> e : nearest.entrySet()) {
                if (e.getValue() > nearest.get(farthest)) {
                    farthest = e.getKey();
                }
            }
            Kept gone = farthest;
            byTag.values().removeIf(k -> k == gone);
            if (gone == added) {
                return false;
            }
        }
        return true;
    }

    /**
     * The frame kept under {@code tag} if it was painted for exactly this request, else null. Its image is the
     * one every take unpacks into: show it (copy it) before the next take.
     */
    public Frame take(long tag, Request r) {
        Kept k;
        synchronized (this) {
            k = byTag.get(tag);
            if (k == null || !k.key().equals(Key.of(r))) {
                return null;
            }
        }
        PackedPixels px = k.pixels();
        if (shown == null || shown.getWidth() != px.width() || shown.getHeight() != px.height()) {
            shown = new BufferedImage(px.width(), px.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        }
        px.unpackInto(IntRaster.of(shown).pixels());
        return new Frame(shown, k.stats());
    }

    /** Whether a frame kept under {@code tag} was painted for exactly this request. */
    public synchronized boolean readyFor(long tag, Request r) {
        Kept k = byTag.get(tag);
        return k != null && k.key().equals(Key.of(r));
    }

    /** Whether a frame is kept under {@code tag}, for whatever request (tests). */
    public synchronized boolean holds(long tag) {
        return byTag.containsKey(tag);
    }

    /** How many tags have a frame. */
    public synchronized int size() {
        return byTag.size();
    }

    /** The bytes of the frames kept (one shared by several tags counted once). */
    public synchronized long bytes() {
        long sum = 0;
        Map<Kept, Boolean> seen = new IdentityHashMap<>();
        for (Kept k : byTag.values()) {
            if (seen.put(k, Boolean.TRUE) == null) {
                sum += k.pixels().bytes();
            }
        }
        return sum;
    }

    /** Forgets every frame and both images (a closed window). */
    public synchronized void clear() {
        byTag.clear();
        painting = null;
        shown = null;
    }
}
