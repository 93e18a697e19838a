package org.sitmap.render;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sitmap.model.Annotation;
import org.sitmap.render.raster.IntRaster;
import org.sitmap.render.raster.RunPackedPixels;

/**
 * Whole annotation layers of a crowd kept packed ({@link RunPackedPixels}) at one scale, by the annotations they show
 * (by identity, in order): {@link AnnotationLayer} keeps two layers as pixels, and a date change to a third day drew
 * thousands of shapes again, even for a day drawn a moment before. A layer is handed over when its pixels are about
 * to be drawn over, packed on a thread of its own (the frame does not wait for it), and unpacked when its annotations
 * are asked for again at that scale; the layer then shifts by the pans since and redraws what changed, as a layer
 * kept as pixels does.
 *
 * <p>At most the budget's bytes are kept, one of the less recently used layers going first ({@link #dropOne});
 * a layer at another scale replaces them all. {@code -Dsitmap.packedLayers=false} keeps none.
 *
 * <p>Thread-safe.
 */
final class PackedLayers {
    /** System property that switches the kept layers off. */
    static final String PROPERTY = "sitmap.packedLayers";
    /** Layers handed over and waiting to be packed, at most. */
    private static final int MAX_WAITING = 3;

    /** A layer kept: what it was drawn for (a scale, the annotations), where its centre was, its pixels. */
    record Layer(Object scale, double centerX, double centerY, List<Annotation> drawn, RunPackedPixels pixels) {
    }

    /** Annotations by identity, in order. */
    private record Shows(Annotation[] annotations, int hash) {
        static Shows of(List<Annotation> annotations) {
            Annotation[] a = annotations.toArray(new Annotation[0]);
            return new Shows(a, SameAnnotations.hash(a.length, a));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shows other && other.hash == hash
                    && SameAnnotations.same(other.annotations, annotations);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final ExecutorService PACKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-layer-packer");
        t.setDaemon(true);
        return t;
    });

    private final long budget;
    private Object scale;
    /** Least recently used first. */
    private final LinkedHashMap<Shows, Layer> layers = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    /** Picks the layer to drop; seeded, so a run of the bench drops the same. */
    private final java.util.Random random = new java.util.Random(1);
    /** Counts {@link #clear}s: a layer handed over before one is not kept. */
    private long cleared;
    /** Layers handed over and not packed yet. */
    private int packing;
    /** An image handed over and packed, for the next layer drawn whole to draw on. */
    private SoftReference<BufferedImage> spare = new SoftReference<>(null);

    /** Keeps at most {@code budget} bytes of packed layers. */
    PackedLayers(long budget) {
        this.budget = budget;
    }

    /**
     * The window's budget: a 10,000-annotation layer packs to about 3 MB, so a month of days fits in 96 MB; at
     * most a sixteenth of the heap.
     */
    static long windowBudget() {
        return Math.min(96L << 20, Runtime.getRuntime().maxMemory() / 16);
    }

    /** Whether layers are kept ({@link #PROPERTY}); read per frame, so the bench can compare. */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true").trim());
    }

    /** The layer kept at {@code scale} showing exactly {@code annotations}, or null. */
    synchronized Layer find(Object scale, List<Annotation> annotations) {
        if (layers.isEmpty() || !scale.equals(this.scale) || !enabled()) {
            return null;
        }
        return layers.get(Shows.of(annotations));
    }

    /**
     * Hands over a whole layer drawn at {@code scale} around ({@code centerX}, {@code centerY}) showing
     * {@code drawn}: unless layers are not kept (false), the caller no longer touches {@code image}, which is packed
     * on the packer's thread and then kept as the {@link #spare} image.
     */
    boolean keep(Object scale, double centerX, double centerY, List<Annotation> drawn, BufferedImage image) {
        long epoch;
        synchronized (this) {
            // Each waiting layer holds a frame's pixels: past a few, the packer is behind and one more is let go.
            if (!enabled() || packing >= MAX_WAITING) {
                return false;
            }
            packing++;
            epoch = cleared;
        }
        Shows shows = Shows.of(drawn);
        List<Annotation> list = List.of(shows.annotations());
        PACKER.execute(() -> {
            try {
                RunPackedPixels px = RunPackedPixels.pack(IntRaster.of(image).pixels(), image.getWidth(),
                        image.getHeight());
                add(epoch, shows, new Layer(scale, centerX, centerY, list, px));
            } finally {
                synchronized (this) {
                    packing--;
                    spare = new SoftReference<>(image);
                    notifyAll();
                }
            }
        });
        return true;
    }

    /** An image handed over and packed since, w x h (its pixels are a layer's: clear them), or null; once. */
    synchronized BufferedImage spare(int w, int h) {
        BufferedImage s = spare.get();
        spare = new SoftReference<>(null);
        return s != null && s.getWidth() == w && s.getHeight() == h ? s : null;
    }

    private synchronized void add(long epoch, Shows shows, Layer layer) {
        if (epoch != cleared) {
            return;
        }
        if (!layer.scale().equals(scale)) {
            layers.clear();
            bytes = 0;
            scale = layer.scale();
        }
        Layer before = layers.put(shows, layer);
        bytes += layer.pixels().bytes() - (before == null ? 0 : before.pixels().bytes());
        while (bytes > budget && !layers.isEmpty()) {
            dropOne(shows);
        }
    }

    /**
     * Drops one of the less recently used half of the layers, at random, never {@code kept} unless alone: the
     * timeline's Play goes round the days in order, and dropping the least recently used would drop, every time,
     * the very day that comes next, so that past the budget no day would ever be found.
     */
    private void dropOne(Shows kept) {
        int candidates = Math.max(1, layers.size() / 2);
        int pick = random.nextInt(candidates);
        Iterator<Map.Entry<Shows, Layer>> it = layers.entrySet().iterator();
        Map.Entry<Shows, Layer> e = it.next();
        for (int i = 0; i < pick || (e.getKey().equals(kept) && it.hasNext()); i++) {
            e = it.next();
        }
        bytes -= e.getValue().pixels().bytes();
        it.remove();
    }

    /** Waits until every layer handed over is packed (tests and the bench). */
    synchronized void awaitPacked() throws InterruptedException {
        while (packing > 0) {
            wait();
        }
    }

    /** Layers kept and their bytes (tests and the bench). */
    synchronized long[] size() {
        return new long[] {layers.size(), bytes};
    }

    synchronized void clear() {
        cleared++;
        layers.clear();
        bytes = 0;
        scale = null;
    }

}
