package org.sitmap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a renderer keeps from one frame for the next: glyph outlines, label and town-dot sprites, derived
 * fonts, place lists, and caches painters register by name (an arrow's dashed outline). Each is bounded, and all
 * go at once with {@link #clear()}; a renderer owns one ({@link MapRenderer#caches()}), so a renderer that is
 * dropped takes its caches along and two windows never share them.
 *
 * <p>How painters reach them: a frame runs inside {@link #enter()} on each of its threads, and the static helpers
 * ({@link TextPainter}, {@link Fonts}) ask {@link #current()}. Outside any frame (an export's page layout, a hit
 * test) {@code current()} caches nothing, so no painter holds state of its own.
 *
 * <p>Thread-safe.
 */
public final class RenderCaches {
    /** Glyph outlines by font and text: a frame lays out the same few hundred names. */
    static final int OUTLINES = 4096;
    /** Label images by text, font, colours and halo. */
    static final int TEXT_SPRITES = 2048;
    /** Town dots by size and quarter-pixel position; only a run of exports at many DPIs gets near it. */
    static final int DOT_SPRITES = 1024;
    /** Fonts by face, size and tracking. */
    static final int FONTS = 512;
    /** Place layers whose label facts are kept (the base map has one). */
    static final int PLACE_LAYERS = 8;

    private static final ThreadLocal<RenderCaches> CURRENT = new ThreadLocal<>();
    /** What painters get outside a frame: caches that keep nothing. */
    private static final RenderCaches NONE = new RenderCaches(true);

    private final boolean none;
    final BoundedCache<Object, Object> outlines;
    final BoundedCache<Object, Object> textSprites;
    final BoundedCache<Object, Object> dotSprites;
    final BoundedCache<Object, Object> fonts;
    final BoundedCache<Object, Object> places;
    private final Map<String, BoundedCache<?, ?>> named = new LinkedHashMap<>();

    public RenderCaches() {
        this(false);
    }

    private RenderCaches(boolean none) {
        this.none = none;
        outlines = new BoundedCache<>(none ? 0 : OUTLINES);
        textSprites = new BoundedCache<>(none ? 0 : TEXT_SPRITES);
        dotSprites = new BoundedCache<>(none ? 0 : DOT_SPRITES);
        fonts = new BoundedCache<>(none ? 0 : FONTS);
        places = new BoundedCache<>(none ? 0 : PLACE_LAYERS);
    }

    /** The caches of the frame this thread is painting, or caches that keep nothing outside a frame. */
    public static RenderCaches current() {
        RenderCaches c = CURRENT.get();
        return c == null ? NONE : c;
    }

    /**
     * Makes these the caches of the frame this thread paints until the returned scope is closed:
     * {@code try (RenderCaches.Scope s = caches.enter()) { ... }}. Scopes nest.
     */
    public Scope enter() {
        RenderCaches before = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** Closes a frame's {@link #enter()}. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A cache of a painter's own, kept under {@code name} with at most {@code capacity} entries, cleared with the
     * others. The same name gives the same cache; keys and values must be what the name says.
     */
    @SuppressWarnings("unchecked")
    public <K, V> BoundedCache<K, V> named(String name, int capacity) {
        if (none) {
            return new BoundedCache<>(0);
        }
        synchronized (named) {
            return (BoundedCache<K, V>) named.computeIfAbsent(name, n -> new BoundedCache<>(capacity));
        }
    }

    /** Forgets everything kept. */
    public void clear() {
        for (BoundedCache<?, ?> c : all()) {
            c.clear();
        }
    }

    /** Entries kept in all caches together. */
    public int size() {
        return all().stream().mapToInt(BoundedCache::size).sum();
    }

    private List<BoundedCache<?, ?>> all() {
        List<BoundedCache<?, ?>> all = new ArrayList<>(List.of(outlines, textSprites, dotSprites, fonts, places));
        synchronized (named) {
            all.addAll(named.values());
        }
        return all;
    }
}
