package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.render.LayerBuilder.BuiltLayer;
import org.sitmap.render.LayerBuilder.LayerBuild;
import org.sitmap.render.raster.IntRaster;

/**
 * Schedules one frame painted into an image on several threads: the layers' shapes are built side by side
 * ({@link LayerBuilder}), then horizontal strips of the frame are painted from them ({@link LayerPainter}), and,
 * when nothing will be drawn over the base map, its labels are placed by one thread meanwhile and copied into each
 * strip once it is painted.
 *
 * <p>Each layer's shapes are built once, and strips of the frame are painted from them. Where every layer is drawn
 * directly into the pixels, a strip walks only the chunks of lines that reach its rows, so strips of about a
 * hundred rows cost little more than one and share the work evenly (the north of a world map holds most of its
 * coastline), and each strip's pixels stay in the core's cache. Java2D walks every path for every strip, so with
 * any layer drawn through it there is only one strip more than threads.
 *
 * <p>One per frame; its methods are run by the frame's threads together, as {@link #run()} arranges.
 */
final class StripFrame {
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Most threads that paint one raster frame, the calling thread included. */
    static final int MAX_THREADS = Math.max(1, Math.min(4, CORES));
    /** Threads a window's frames use: one core is left to the rest of the application (see MapRenderer). */
    static final int SCREEN_THREADS = Math.max(1, Math.min(MAX_THREADS, CORES - 1));
    /** Rows of a strip when every layer is drawn directly. */
    private static final int STRIP_ROWS = 120;
    /** Threads that help the calling thread paint the strips of one raster frame. */
    private static final ExecutorService STRIP_PAINTERS = Executors.newFixedThreadPool(MAX_THREADS, r -> {
        Thread t = new Thread(r, "sitmap-strip-painter");
        t.setDaemon(true);
        return t;
    });

    private final BufferedImage image;
    private final Viewport viewport;
    private final List<RenderLayer> layers;
    private final RenderOptions options;
    private final BooleanSupplier cancelled;
    private final RenderCaches caches;
    private final int threads;
    /** Chosen once for the frame: every strip goes the same way. */
    private final boolean pixels;

    private final List<LayerBuild> builds = new ArrayList<>();
    /** Build tasks, in layer order: {layer, piece}. */
    private final List<int[]> buildTasks = new ArrayList<>();
    private final List<CompletableFuture<BuiltLayer>> built;
    private final AtomicInteger nextBuild = new AtomicInteger();
    private final Envelope area;

    private final int strips;
    /** Tasks 0 to strips - 1 paint a strip's geometry; from strips on, with labels alongside, copy labels in. */
    private final int tasks;
    private final AtomicInteger nextTask = new AtomicInteger();
    private final List<CompletableFuture<Void>> stripPainted = new ArrayList<>();

    private final boolean labelsAlongside;
    private final CompletableFuture<LabelCanvas> labels = new CompletableFuture<>();
    private final AtomicInteger placedLabels = new AtomicInteger();
    private final AtomicBoolean labelsTaken;
    /** Where each strip's pixels are copied before its labels, to keep the unlabelled base map; null for nowhere. */
    private int[] unlabelled;

    /**
     * @param labelsAlongside whether the base map's labels may be placed and drawn within the frame: only when no
     *                        annotation will be drawn over it (annotations place their labels first)
     */
    StripFrame(BufferedImage image, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled, LayerBuilder builder, RenderCaches caches, int threads,
            boolean labelsAlongside) {
        this.image = image;
        this.viewport = viewport;
        this.layers = layers;
        this.options = options;
        this.cancelled = cancelled;
        this.caches = caches;
        this.threads = threads;
        this.pixels = DrawSurface.pixelsWritable(image);
        List<RenderLayer> shaped = LayerBuilder.shapedLayers(viewport, layers, options);
        for (RenderLayer rl : shaped) {
            LayerBuild b = builder.start(rl);
            for (int j = 0; j < b.pieces(); j++) {
                buildTasks.add(new int[] {builds.size(), j});
            }
            builds.add(b);
        }
        this.built = builds.stream().map(b -> b.result).toList();
        this.area = LayerBuilder.cullingArea(viewport, options);
        double ppt = options.pixelsPerPoint();
        boolean direct = pixels && shaped.stream().allMatch(l -> LayerPainter.drawnDirectly(l.layer().style(), ppt));
        this.strips = Math.max(1, direct ? Math.min(64, Math.max(threads + 1, viewport.height() / STRIP_ROWS))
                : Math.min(threads + 1, viewport.height() / 32));
        for (int k = 0; k < strips; k++) {
            stripPainted.add(new CompletableFuture<>());
        }
        this.labelsAlongside = labelsAlongside && options.labels() && !options.vectorText() && pixels;
        this.labelsTaken = new AtomicBoolean(!this.labelsAlongside);
        this.tasks = this.labelsAlongside ? 2 * strips : strips;
    }

    /** Whether the image took its direct-pixel surface. */
    boolean writesPixels() {
        return pixels;
    }

    /** Whether the base map's labels were placed and drawn within the frame. */
    boolean labelled() {
        return labelsAlongside;
    }

    /**
     * Has each strip copied into {@code pixels} (as many as the image has; the image must be whole, not a strip)
     * once painted and before its labels are drawn, so the frame's base map can be kept without them ({@link
     * BaseFrame}). Only for a frame that is {@link #labelled()}; call before {@link #run()}.
     */
    void keepUnlabelledInto(int[] pixels) {
        if (!labelsAlongside || pixels.length != viewport.width() * viewport.height()) {
            throw new IllegalStateException("Only a labelled frame keeps its pixels before the labels, in an array of"
                    + " its size");
        }
        this.unlabelled = pixels;
    }

    /** Labels placed within the frame (see {@link #labelled()}). */
    int placedLabels() {
        return placedLabels.get();
    }

    /**
     * Paints the frame on this thread and the helpers; returns the built layers once every thread is done with
     * them. Throws {@link CancellationException} when cancelled.
     */
    List<BuiltLayer> run() {
        List<Future<?>> helpers = new ArrayList<>();
        try {
            for (int t = 1; t < Math.min(threads, strips); t++) {
                helpers.add(STRIP_PAINTERS.submit(this::work));
            }
            work();
            for (Future<?> f : helpers) {
                f.get();
            }
            return built.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            // A layer built on another thread failed; its own exception says why.
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            // A failed or cancelled frame: helpers waiting for a layer wake up and stop, and take no more layers or
            // strips.
            nextBuild.set(buildTasks.size());
            nextTask.set(tasks);
            labelsTaken.set(true);
            built.forEach(f -> f.completeExceptionally(new CancellationException()));
            stripPainted.forEach(f -> f.completeExceptionally(new CancellationException()));
            labels.completeExceptionally(new CancellationException());
            helpers.forEach(f -> f.cancel(false));
        }
    }

    /**
     * What each thread of the frame does: first take layers to build, then strips to paint, so the layers' shapes
     * are built side by side and painting starts as soon as the first is ready.
     */
    private void work() {
        try (RenderCaches.Scope scope = caches.enter()) {
            buildLayers();
            placeLabels();
            paintStrips();
        }
    }

    private void buildLayers() {
        ShapeBuilder shapes = new ShapeBuilder(viewport, 0.5, 64 * options.pixelScale());
        for (int t = nextBuild.getAndIncrement(); t < buildTasks.size(); t = nextBuild.getAndIncrement()) {
            LayerBuild b = builds.get(buildTasks.get(t)[0]);
            if (cancelled.getAsBoolean()) {
                b.result.completeExceptionally(new CancellationException());
                throw new CancellationException();
            }
            b.build(buildTasks.get(t)[1], viewport, area, shapes, cancelled);
        }
    }

    /**
     * Base-map labels are placed by one thread while the others paint (placement needs no pixels), recorded, and
     * copied into each strip once its geometry is painted.
     */
    private void placeLabels() {
        if (!labelsTaken.compareAndSet(false, true)) {
            return;
        }
        try {
            LabelCanvas canvas = LabelCanvas.recording();
            placedLabels.set(BaseMapLabeller.label(canvas, viewport, layers, options,
                    BaseMapLabeller.newPlacer(viewport, options)));
            labels.complete(canvas);
        } catch (RuntimeException e) {
            labels.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Strips are taken in order, so a thread copying labels only waits for strips already being painted.
     */
    private void paintStrips() {
        for (int t = nextTask.getAndIncrement(); t < tasks; t = nextTask.getAndIncrement()) {
            int k = t % strips;
            int y0 = viewport.height() * k / strips;
            int y1 = viewport.height() * (k + 1) / strips;
            if (t >= strips) {
                stripPainted.get(k).join();
                if (unlabelled != null) {
                    int w = viewport.width();
                    System.arraycopy(IntRaster.of(image).pixels(), y0 * w, unlabelled, y0 * w, (y1 - y0) * w);
                }
                labels.join().replay(image, y0, y1);
            } else {
                paintStrip(k, y0, y1);
            }
        }
    }

    private void paintStrip(int k, int y0, int y1) {
        // A sub-image shares the frame's pixels, so each strip paints straight into its rows.
        BufferedImage strip = image.getSubimage(0, y0, viewport.width(), y1 - y0);
        Graphics2D g = strip.createGraphics();
        try {
            MapRenderer.applyHints(g);
            LayerPainter.paintBuilt(LayerPainter.surface(g, pixels ? strip : null), y0, viewport,
                    built.stream().map(CompletableFuture::join).iterator(), options, cancelled);
        } catch (RuntimeException | Error e) {
            // Whoever waits to copy labels into this strip must not wait for ever.
            stripPainted.get(k).completeExceptionally(e);
            throw e;
        } finally {
            g.dispose();
        }
        stripPainted.get(k).complete(null);
    }
}
