package org.sitmap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.sitmap.model.Annotation;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapFeature;

/**
 * Paints map layers onto any {@link Graphics2D}: the screen's back buffer, a PNG's image, a PDF page, a test's
 * image read back pixel by pixel. One renderer for all of them is what makes exports look like the screen.
 *
 * <pre>{@code
 * BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
 * Graphics2D g = img.createGraphics();
 * new MapRenderer().paint(g, viewport, layers, RenderOptions.screen(), () -> false);
 * }</pre>
 *
 * <p>Each layer is culled with its STR-tree, drawn at the simplification band that matches the resolution, and
 * batched into one path per layer so a style costs one fill and one stroke. Labels are collected across layers
 * and placed last, most important first, so they never overlap.
 *
 * <p>Thread-safe: concurrent renders on different surfaces are fine. It keeps the arrays a frame's shapes were
 * built in for the next frame ({@link PathBuffers}), so one renderer per view draws with the least allocation.
 */
public final class MapRenderer {
    private final AnnotationPainter annotationPainter = new AnnotationPainter();
    private final PathBuffers buffers = new PathBuffers();
    /** Threads that paint one raster frame of this renderer, the calling thread included. */
    private final int threads;

    /** A renderer for files and tests: a frame is painted on up to four cores. */
    public MapRenderer() {
        this(STRIP_THREADS);
    }

    private MapRenderer(int threads) {
        this.threads = threads;
    }

    /**
     * A renderer for a window's frames, which leaves one core to the rest of the application (the UI thread, the
     * JIT, the collector). A frame's threads wait for each other's layers and strips, so a helper the system puts
     * off for a time slice held up the whole frame: on two cores, one frame in thirty or so took 20-40 ms instead
     * of 5, while one thread alone was as fast at the median and never over 12 ms.
     */
    public static MapRenderer forScreen() {
        return new MapRenderer(Math.max(1, Math.min(STRIP_THREADS, CORES - 1)));
    }
    private static final Color PLACE_TEXT = new Color(0x26221E);
    private static final Color REGION_TEXT = new Color(0x7A6E62);
    private static final Color COUNTRY_TEXT = new Color(0x4F4840);

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Most threads that paint one raster frame, the calling thread included. */
    private static final int STRIP_THREADS = Math.max(1, Math.min(4, CORES));
    /** Rows of a strip when every layer is drawn directly (see paint). */
    private static final int STRIP_ROWS = 120;
    /** Threads that help the calling thread paint the strips of one raster frame. */
    private static final ExecutorService STRIP_PAINTERS = Executors.newFixedThreadPool(STRIP_THREADS, r -> {
        Thread t = new Thread(r, "sitmap-strip-painter");
        t.setDaemon(true);
        return t;
    });

    /**
     * Paints the layers onto any surface, in this thread; returns what was drawn. Throws
     * {@link CancellationException} when cancelled.
     */
    public RenderStats paint(Graphics2D g, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        return paint(g, viewport, layers, List.of(), options, cancelled);
    }

    /**
     * Paints base layers, then the briefing's annotations over them, then the base map's labels around the
     * annotations' own labels (which win any collision), in this thread.
     */
    public RenderStats paint(Graphics2D g, Viewport viewport, List<RenderLayer> layers, List<Annotation> annotations,
            RenderOptions options, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        applyHints(g);
        int drawn = paintGeometry(g, viewport, layers, options, cancelled);
        int placed = paintAnnotationsAndLabels(DrawSurface.java2d(g), viewport, layers, annotations, options,
                cancelled);
        return new RenderStats(drawn + annotations.size(), placed, System.nanoTime() - start);
    }

    private int paintAnnotationsAndLabels(DrawSurface surface, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled) {
        LabelPlacer placer = newPlacer(viewport, options);
        if (!annotations.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            annotationPainter.paint(surface, viewport, annotations, options, options.labels() ? placer : null);
        }
        if (!options.labels()) {
            return 0;
        }
        return placeLabels(new LabelCanvas(surface, options), viewport, collectLabels(viewport, layers, options),
                options, placer);
    }

    private static LabelPlacer newPlacer(Viewport viewport, RenderOptions options) {
        LabelPlacer placer = new LabelPlacer(viewport.width(), viewport.height());
        options.reservedAreas().forEach(placer::reserve);
        return placer;
    }

    /**
     * Paints the layers onto an image, the geometry in horizontal strips on all cores, then the labels over the
     * whole frame (placement must see every label at once). Same pixels as {@link #paint(Graphics2D, Viewport,
     * List, RenderOptions, BooleanSupplier)} up to anti-aliasing at strip seams.
     */
    public RenderStats paint(BufferedImage image, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        return paint(image, viewport, layers, List.of(), options, cancelled);
    }

    /** As {@link #paint(BufferedImage, Viewport, List, RenderOptions, BooleanSupplier)}, with annotations on top. */
    public RenderStats paint(BufferedImage image, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled) {
        if (image.getWidth() != viewport.width() || image.getHeight() != viewport.height()) {
            throw new IllegalArgumentException("Image " + image.getWidth() + "x" + image.getHeight()
                    + " does not match the viewport " + viewport.width() + "x" + viewport.height());
        }
        long start = System.nanoTime();
        // Each layer's shapes are built once, and strips of the frame are painted from them. Where every layer is
        // drawn straight into the pixels, a strip walks only the chunks of lines that reach its rows, so strips of
        // about a hundred rows cost little more than one and share the work evenly (the north of a world map holds
        // most of its coastline), and each strip's pixels stay in the core's cache. Java2D walks every path for
        // every strip, so with any layer drawn through it there is only one strip more than threads.
        List<RenderLayer> shaped = shapedLayers(viewport, layers, options);
        List<LayerBuild> builds = new ArrayList<>();
        // Build tasks, in layer order: {layer, piece}.
        List<int[]> buildTasks = new ArrayList<>();
        for (RenderLayer rl : shaped) {
            LayerBuild b = new LayerBuild(rl, piecesFor(rl));
            for (int j = 0; j < b.pieces(); j++) {
                buildTasks.add(new int[] {builds.size(), j});
            }
            builds.add(b);
        }
        List<CompletableFuture<BuiltLayer>> built = builds.stream().map(b -> b.result).toList();
        double ppt = options.pixelsPerPoint();
        // Chosen once for the frame: every strip and the annotations go the same way.
        boolean pixels = DrawSurface.pixelsWritable(image);
        boolean direct = pixels
                && shaped.stream().allMatch(l -> drawnDirectly(l.layer().style(), ppt));
        int strips = Math.max(1, direct ? Math.min(64, Math.max(threads + 1, viewport.height() / STRIP_ROWS))
                : Math.min(threads + 1, viewport.height() / 32));
        // Base-map labels are placed by one thread while the others paint (placement needs no pixels), recorded,
        // and copied into each strip once its geometry is painted. Annotations are painted with Java2D over the
        // whole frame and place their own labels first, so with any of them labels are placed and drawn after.
        boolean labelsAlongside = annotations.isEmpty() && options.labels() && !options.vectorText() && pixels;
        CompletableFuture<LabelCanvas> labels = new CompletableFuture<>();
        AtomicInteger placedLabels = new AtomicInteger();
        AtomicBoolean labelsTaken = new AtomicBoolean(!labelsAlongside);
        Runnable labeller = () -> {
            if (labelsTaken.compareAndSet(false, true)) {
                try {
                    LabelCanvas canvas = LabelCanvas.recording();
                    placedLabels.set(placeLabels(canvas, viewport, collectLabels(viewport, layers, options), options,
                            newPlacer(viewport, options)));
                    labels.complete(canvas);
                } catch (RuntimeException e) {
                    labels.completeExceptionally(e);
                    throw e;
                }
            }
        };
        // Tasks 0 to strips - 1 paint a strip's geometry; with labels placed alongside, tasks from strips on copy
        // the labels into a strip once it is painted. Strips are taken in order, so a thread copying labels only
        // waits for strips already being painted.
        List<CompletableFuture<Void>> stripPainted = new ArrayList<>();
        for (int k = 0; k < strips; k++) {
            stripPainted.add(new CompletableFuture<>());
        }
        int tasks = labelsAlongside ? 2 * strips : strips;
        AtomicInteger nextTask = new AtomicInteger();
        Runnable worker = () -> {
            for (int t = nextTask.getAndIncrement(); t < tasks; t = nextTask.getAndIncrement()) {
                int k = t % strips;
                int y0 = viewport.height() * k / strips;
                int y1 = viewport.height() * (k + 1) / strips;
                if (t >= strips) {
                    stripPainted.get(k).join();
                    labels.join().replay(image, y0, y1);
                    continue;
                }
                // A sub-image shares the frame's pixels, so each strip paints straight into its rows.
                BufferedImage strip = image.getSubimage(0, y0, viewport.width(), y1 - y0);
                Graphics2D g = strip.createGraphics();
                try {
                    applyHints(g);
                    paintBuilt(surface(g, pixels ? strip : null), y0, viewport, built.stream().map(CompletableFuture::join).iterator(),
                            options, cancelled);
                } catch (RuntimeException | Error e) {
                    // Whoever waits to copy labels into this strip must not wait for ever.
                    stripPainted.get(k).completeExceptionally(e);
                    throw e;
                } finally {
                    g.dispose();
                }
                stripPainted.get(k).complete(null);
            }
        };
        // Every thread first takes layers to build, then strips to paint: the layers' shapes are built side by
        // side, and painting starts as soon as the first is ready.
        AtomicInteger nextBuild = new AtomicInteger();
        Envelope area = cullingArea(viewport, options);
        Runnable builder = () -> {
            ShapeBuilder shapes = new ShapeBuilder(viewport, 0.5, 64 * options.pixelScale());
            for (int t = nextBuild.getAndIncrement(); t < buildTasks.size(); t = nextBuild.getAndIncrement()) {
                LayerBuild b = builds.get(buildTasks.get(t)[0]);
                if (cancelled.getAsBoolean()) {
                    b.result.completeExceptionally(new CancellationException());
                    throw new CancellationException();
                }
                b.build(buildTasks.get(t)[1], viewport, area, shapes, cancelled);
            }
        };
        Runnable work = () -> {
            builder.run();
            labeller.run();
            worker.run();
        };
        List<Future<?>> helpers = new ArrayList<>();
        int drawn = 0;
        try {
            for (int t = 1; t < Math.min(threads, strips); t++) {
                helpers.add(STRIP_PAINTERS.submit(work));
            }
            work.run();
            for (Future<?> f : helpers) {
                f.get();
            }
            List<BuiltLayer> done = built.stream().map(CompletableFuture::join).toList();
            for (BuiltLayer b : done) {
                drawn += b.features();
            }
            // Every thread of this frame is done with the paths.
            release(done);
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
        if (labelsAlongside) {
            return new RenderStats(drawn, placedLabels.get(), System.nanoTime() - start);
        }
        int placed;
        Graphics2D g = image.createGraphics();
        try {
            applyHints(g);
            placed = paintAnnotationsAndLabels(surface(g, pixels ? image : null), viewport, layers, annotations,
                    options, cancelled);
        } finally {
            g.dispose();
        }
        return new RenderStats(drawn + annotations.size(), placed, System.nanoTime() - start);
    }

    /** Sets every hint explicitly so output does not depend on platform defaults. */
    public static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }

    /** Background and every visible layer's shapes, on any surface; returns the number of features drawn. */
    private int paintGeometry(Graphics2D g, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        List<BuiltLayer> built = build(viewport, layers, options, cancelled);
        paintBuilt(DrawSurface.java2d(g), 0, viewport, built.iterator(), options, cancelled);
        release(built);
        return built.stream().mapToInt(BuiltLayer::features).sum();
    }

    /** Keeps a finished frame's paths for the next frame; only once no thread of the frame can touch them. */
    private void release(List<BuiltLayer> built) {
        for (BuiltLayer b : built) {
            for (int j = 0; j < b.pieces().length; j++) {
                buffers.give(b.layer().index(), j, b.pieces()[j]);
            }
        }
    }

    /** One visible layer's shapes in frame pixels, ready to paint into any part of the frame. */
    private record BuiltLayer(RenderLayer layer, PixelPaths[] pieces, List<double[]> points, int features) {
        /** A layer from the pieces it was built in, in order. */
        static BuiltLayer of(RenderLayer layer, BuiltPiece[] pieces) {
            PixelPaths[] paths = new PixelPaths[pieces.length];
            List<double[]> points = new ArrayList<>();
            int features = 0;
            for (int j = 0; j < pieces.length; j++) {
                paths[j] = pieces[j].paths();
                points.addAll(pieces[j].points());
                features += pieces[j].features();
            }
            return new BuiltLayer(layer, paths, points, features);
        }
    }

    /** Some of a layer's features in frame pixels: lines and rings, and point positions. */
    private record BuiltPiece(PixelPaths paths, List<double[]> points, int features) {
    }

    /**
     * A layer built in pieces by several threads: the first to take a piece finds the layer's features in view,
     * each piece builds its share of them, and the last to finish puts the layer together. A world frame's borders
     * are most of its building; in one piece they kept the other cores waiting to paint.
     */
    private final class LayerBuild {
        final RenderLayer layer;
        final CompletableFuture<BuiltLayer> result = new CompletableFuture<>();
        private final CompletableFuture<int[]> hits = new CompletableFuture<>();
        private final AtomicBoolean queried = new AtomicBoolean();
        private final BuiltPiece[] pieces;
        private final AtomicInteger remaining;

        LayerBuild(RenderLayer layer, int pieces) {
            this.layer = layer;
            this.pieces = new BuiltPiece[pieces];
            this.remaining = new AtomicInteger(pieces);
        }

        int pieces() {
            return pieces.length;
        }

        void build(int piece, Viewport viewport, Envelope area, ShapeBuilder shapes, BooleanSupplier cancelled) {
            try {
                if (queried.compareAndSet(false, true)) {
                    try {
                        hits.complete(layer.index().query(area));
                    } catch (RuntimeException e) {
                        hits.completeExceptionally(e);
                        throw e;
                    }
                }
                int[] all = hits.join();
                int n = pieces.length;
                pieces[piece] = buildPiece(viewport, layer, all, all.length * piece / n, all.length * (piece + 1) / n,
                        shapes, buffers.take(layer.index(), piece), cancelled);
                // The count's update publishes this piece to the thread that finishes the last one.
                if (remaining.decrementAndGet() == 0) {
                    result.complete(BuiltLayer.of(layer, pieces));
                }
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** Pieces a layer is built in: one per painting thread for layers of many features. */
    private int piecesFor(RenderLayer rl) {
        return rl.index().size() >= 2048 ? threads : 1;
    }

    /** The visible layers that draw shapes (place layers are drawn with their labels). */
    private static List<RenderLayer> shapedLayers(Viewport viewport, List<RenderLayer> layers, RenderOptions options) {
        List<RenderLayer> shaped = new ArrayList<>();
        for (RenderLayer rl : layers) {
            LayerStyle style = rl.layer().style();
            // Place symbols are drawn with their labels, so a town without room for its name shows nothing; a
            // layer of only labels (the base map's region names) has no shapes to build.
            if (drawn(rl, viewport, options) && style.labels() != LabelKind.PLACE
                    && (style.hasFill() || style.hasStroke())) {
                shaped.add(rl);
            }
        }
        return shaped;
    }

    /** The shapes of every visible layer that draws any, built in this thread. */
    private List<BuiltLayer> build(Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        Envelope area = cullingArea(viewport, options);
        ShapeBuilder shapes = new ShapeBuilder(viewport, 0.5, 64 * options.pixelScale());
        List<BuiltLayer> built = new ArrayList<>();
        for (RenderLayer rl : shapedLayers(viewport, layers, options)) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            int[] hits = rl.index().query(area);
            built.add(BuiltLayer.of(rl, new BuiltPiece[] {buildPiece(viewport, rl, hits, 0, hits.length, shapes,
                    buffers.take(rl.index(), 0), cancelled)}));
        }
        return built;
    }

    /** The surface for a frame whose way was chosen once: {@code pixelsOf} is its image, or null for Java2D. */
    private static DrawSurface surface(Graphics2D g, BufferedImage pixelsOf) {
        return pixelsOf == null ? new Java2DSurface(g) : new PixelSurface(g, pixelsOf);
    }

    /**
     * Paints the background and the built layers, in order, onto the surface, whose pixel (0, 0) is the frame's
     * pixel (0, {@code top}).
     */
    private void paintBuilt(DrawSurface surface, int top, Viewport viewport, Iterator<BuiltLayer> built,
            RenderOptions options, BooleanSupplier cancelled) {
        Graphics2D g = surface.graphics();
        if (options.background() != null) {
            surface.fillBackground(options.background(), viewport.width(), viewport.height());
        }
        g.translate(0, -top);
        while (built.hasNext()) {
            // Waits, on a helper thread, for the next layer to be built.
            BuiltLayer b = built.next();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            paintLayer(surface, top, b, options);
        }
        g.translate(0, top);
    }

    /** Whether a layer shows in this view: switched on, not transparent, and within its scale range. */
    private static boolean drawn(RenderLayer rl, Viewport viewport, RenderOptions options) {
        return rl.layer().visible() && rl.layer().opacity() > 0
                && rl.layer().style().drawnAtScale(scaleDenominator(viewport, options));
    }

    /**
     * The true scale of the output: the viewport's denominator assumes the standard 0.28 mm pixel, while a pixel of
     * a 300 dpi print is 0.085 mm, so the same viewport there shows a larger area per millimetre of paper.
     */
    static double scaleDenominator(Viewport viewport, RenderOptions options) {
        return viewport.scaleDenominator() * Viewport.STANDARD_PIXEL_METRES * options.dpi() / 0.0254;
    }

    /** The view in map units, with a margin so strokes and symbols straddling the edge are still drawn. */
    private static Envelope cullingArea(Viewport viewport, RenderOptions options) {
        Envelope area = viewport.worldEnvelope();
        area.expandBy(8 * options.pixelScale() * viewport.resolution());
        return area;
    }

    /** Builds features {@code hits[from]} to {@code hits[to - 1]} of a layer into frame pixels. */
    private static BuiltPiece buildPiece(Viewport viewport, RenderLayer rl, int[] hits, int from, int to,
            ShapeBuilder shapes, PixelPaths paths, BooleanSupplier cancelled) {
        double res = viewport.resolution();
        List<double[]> points = new ArrayList<>();
        for (int h = from; h < to; h++) {
            if (((h - from) & 1023) == 1023 && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Geometry geom = rl.index().geometry(hits[h], res);
            if (geom instanceof Puntal) {
                for (int k = 0; k < geom.getNumGeometries(); k++) {
                    Coordinate c = ((Point) geom.getGeometryN(k)).getCoordinate();
                    points.add(new double[] {shapes.x(c.x), shapes.y(c.y)});
                }
            } else {
                shapes.append(geom, paths);
            }
        }
        return new BuiltPiece(paths, points, to - from);
    }

    /**
     * Whether a fill's edge is hidden under an outline (its own, or another layer's borders): anti-aliasing it would
     * be paid for and never seen, and without it the fill costs a third.
     */
    private static boolean outlined(LayerStyle style, double ppt) {
        return style.edgesCovered() || style.hasStroke() && style.strokeWidth() * ppt >= 0.9;
    }

    /** Whether the stroke is thin enough for {@link ThinLineRaster}, which needs no joins. */
    private static boolean thin(LayerStyle style, double ppt) {
        return style.strokeWidth() * ppt <= ThinLineRaster.MAX_WIDTH;
    }

    /** Whether a layer's fill and stroke are both drawn straight into an int raster's pixels, not by Java2D. */
    private static boolean drawnDirectly(LayerStyle style, double ppt) {
        return (!style.hasFill() || outlined(style, ppt)) && (!style.hasStroke() || thin(style, ppt));
    }

    private void paintLayer(DrawSurface surface, int top, BuiltLayer built, RenderOptions options) {
        Graphics2D g = surface.graphics();
        RenderLayer rl = built.layer();
        LayerStyle style = rl.layer().style();
        PixelPaths[] pieces = built.pieces();
        List<double[]> points = built.points();
        Composite savedComposite = g.getComposite();
        if (rl.layer().opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) rl.layer().opacity()));
        }
        double ppt = options.pixelsPerPoint();
        if (style.hasFill()) {
            if (outlined(style, ppt)) {
                surface.fillUnaliased(pieces, top, style.fill(), rl.layer().opacity());
            } else {
                g.setColor(new Color(style.fill(), true));
                for (PixelPaths p : pieces) {
                    p.paths().forEach(g::fill);
                }
            }
        }
        if (style.hasStroke()) {
            if (thin(style, ppt)) {
                surface.strokeThin(pieces, top, style.stroke(), rl.layer().opacity(), style.strokeWidth() * ppt,
                        scaledDash(style, ppt), stroke(style, ppt));
            } else {
                g.setColor(new Color(style.stroke(), true));
                g.setStroke(stroke(style, ppt));
                for (PixelPaths p : pieces) {
                    p.paths().forEach(g::draw);
                }
            }
        }
        if (!points.isEmpty()) {
            double r = Math.max(1, style.pointRadius() * ppt);
            Color fill = new Color(style.stroke() | 0xFF000000, true);
            g.setStroke(new BasicStroke((float) Math.max(1, ppt)));
            for (double[] p : points) {
                Ellipse2D dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.draw(dot);
                g.setColor(fill);
                g.fill(dot);
            }
        }
        g.setComposite(savedComposite);
    }

    /** Label candidates of every visible layer, in no particular order. */
    private List<LabelCandidate> collectLabels(Viewport viewport, List<RenderLayer> layers, RenderOptions options) {
        List<LabelCandidate> labels = new ArrayList<>();
        double res = viewport.resolution();
        double s = 1 / res;
        double ox = viewport.width() / 2.0 - viewport.centerX() * s;
        double oy = viewport.height() / 2.0 + viewport.centerY() * s;
        Envelope view = viewport.worldEnvelope();
        Envelope inset = new Envelope(view);
        inset.expandBy(-60 * res);
        double minPopulation = minPopulation(res);
        for (RenderLayer rl : layers) {
            LayerStyle style = rl.layer().style();
            LabelKind kind = style.labels();
            if (!drawn(rl, viewport, options) || style.labelKey() == null
                    || !kindVisibleAt(kind, res)) {
                continue;
            }
            List<MapFeature> features = rl.layer().features();
            if (kind == LabelKind.PLACE) {
                PlaceList places = PlaceList.of(rl.index(), features, style.labelKey());
                for (int k = 0; k < places.size(); k++) {
                    double pop = places.population[k];
                    boolean capital = places.capital[k];
                    if ((pop >= minPopulation || capital && res < 8000) && view.contains(places.x[k], places.y[k])) {
                        labels.add(new LabelCandidate(kind, pop * (capital ? 4 : 1), places.text[k],
                                places.x[k] * s + ox, oy - places.y[k] * s, capital, pop));
                    }
                }
                continue;
            }
            rl.index().query(view, i -> {
                MapFeature feature = features.get(i);
                String text = feature.text(style.labelKey());
                if (text == null || text.isBlank()) {
                    return;
                }
                Envelope env = rl.index().geometry(i).getEnvelopeInternal();
                double pixelArea = env.getArea() * s * s;
                double minPixels = kind == LabelKind.COUNTRY ? 2500 : 1500;
                if (pixelArea < minPixels && kind != LabelKind.GENERIC) {
                    return;
                }
                // Countries often reach beyond the screen (Russia always does): name the part that is shown.
                Coordinate anchor = kind == LabelKind.COUNTRY ? rl.index().labelAnchorWithin(i, inset, res)
                        : rl.index().labelAnchor(i);
                if (anchor == null || Double.isNaN(anchor.x)) {
                    return;
                }
                labels.add(new LabelCandidate(kind, pixelArea,
                        kind == LabelKind.COUNTRY ? text.toUpperCase(Locale.ROOT) : text, anchor.x * s + ox,
                        oy - anchor.y * s, false, 0));
            });
        }
        return labels;
    }

    private static BasicStroke stroke(LayerStyle style, double ppt) {
        float w = (float) (style.strokeWidth() * ppt);
        float[] dash = scaledDash(style, ppt);
        if (dash == null) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }

    /** The style's dash pattern in pixels, or null for a solid line. */
    private static float[] scaledDash(LayerStyle style, double ppt) {
        if (style.dash() == null) {
            return null;
        }
        float[] dash = style.dash().clone();
        for (int k = 0; k < dash.length; k++) {
            dash[k] *= (float) ppt;
        }
        return dash;
    }

    /** Country names only zoomed out, region names only at regional scale: each where it helps reading. */
    private static boolean kindVisibleAt(LabelKind kind, double res) {
        return switch (kind) {
            case NONE -> false;
            case COUNTRY -> res >= 700;
            case REGION -> res >= 90 && res < 3000;
            case PLACE, GENERIC -> true;
        };
    }

    /**
     * Smallest population labelled at a resolution (map units per pixel). Collision removal decides the rest;
     * this keeps the candidate list short when zoomed out.
     */
    static double minPopulation(double res) {
        return res < 60 ? 0 : res * 12;
    }

    private int placeLabels(LabelCanvas canvas, Viewport viewport, List<LabelCandidate> labels,
            RenderOptions options, LabelPlacer placer) {
        labels.sort(Comparator.comparingInt((LabelCandidate c) -> rank(c.kind()))
                .thenComparing(Comparator.comparingDouble(LabelCandidate::priority).reversed()));
        double scale = options.pixelScale();
        float halo = (float) (1.6 * scale);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        PlaceDots dots = new PlaceDots(scale, options.vectorText());
        int placed = 0;
        for (LabelCandidate c : labels) {
            if (!screen.contains(c.x(), c.y())) {
                continue;
            }
            if (c.kind() == LabelKind.PLACE) {
                placed += placePlace(canvas, c, placer, scale, halo, dots) ? 1 : 0;
            } else {
                Font font = switch (c.kind()) {
                    case COUNTRY -> Fonts.boldSpaced((float) (13.5 * scale), 0.12f);
                    case REGION -> Fonts.italic((float) (10.5 * scale));
                    default -> Fonts.regular((float) (11 * scale));
                };
                Color color = switch (c.kind()) {
                    case COUNTRY -> COUNTRY_TEXT;
                    case REGION -> REGION_TEXT;
                    default -> PLACE_TEXT;
                };
                Rectangle2D b = TextPainter.bounds(c.text(), font);
                double x = c.x() - b.getWidth() / 2 - b.getX();
                double y = c.y() + b.getHeight() / 2 - (b.getHeight() + b.getY());
                Rectangle2D box = new Rectangle2D.Double(x + b.getX() - halo, y + b.getY() - halo,
                        b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
                if (screen.contains(box) && placer.tryPlace(box)) {
                    canvas.text(c.text(), font, x, y, color, halo);
                    placed++;
                }
            }
        }
        dots.paint(canvas);
        return placed;
    }

    private static int rank(LabelKind kind) {
        return switch (kind) {
            case COUNTRY -> 0;
            case PLACE -> 1;
            case GENERIC -> 2;
            case REGION -> 3;
            case NONE -> 4;
        };
    }

    /** A town: dot plus name to its right, else left, above or below; both must be free. */
    private static boolean placePlace(LabelCanvas canvas, LabelCandidate c, LabelPlacer placer, double scale,
            float halo, PlaceDots dots) {
        double pop = c.population();
        Font font = pop >= 1_000_000 || c.capital() ? Fonts.bold((float) (12.5 * scale))
                : pop >= 100_000 ? Fonts.regular((float) (12 * scale)) : Fonts.regular((float) (10.5 * scale));
        double r = (pop >= 1_000_000 || c.capital() ? 3.4 : pop >= 100_000 ? 2.8 : 2.2) * scale;
        Rectangle2D dotBox = new Rectangle2D.Double(c.x() - r - 1, c.y() - r - 1, 2 * r + 2, 2 * r + 2);
        if (!placer.isFree(dotBox)) {
            return false;
        }
        Rectangle2D b = TextPainter.bounds(c.text(), font);
        double gap = r + 2.5 * scale;
        double[][] origins = {
            {c.x() + gap - b.getX(), c.y() - b.getY() - b.getHeight() / 2},
            {c.x() - gap - b.getWidth() - b.getX(), c.y() - b.getY() - b.getHeight() / 2},
            {c.x() - b.getWidth() / 2 - b.getX(), c.y() - gap - b.getY() - b.getHeight()},
            {c.x() - b.getWidth() / 2 - b.getX(), c.y() + gap - b.getY()},
        };
        for (double[] o : origins) {
            Rectangle2D box = new Rectangle2D.Double(o[0] + b.getX() - halo, o[1] + b.getY() - halo,
                    b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
            if (placer.isFree(box)) {
                // The dot and its label touch each other by design; both now block later labels.
                placer.reserve(box);
                placer.reserve(dotBox);
                dots.add(c, r);
                canvas.text(c.text(), font, o[0], o[1], PLACE_TEXT, halo);
                return true;
            }
        }
        return false;
    }

    /**
     * Town dots of a frame. On vector targets they are gathered into three paths so they cost three fills instead
     * of three per town; on images each is blitted from a small pre-drawn sprite (per size and quarter-pixel
     * offset), since rasterising hundreds of tiny anti-aliased circles cost several milliseconds a frame.
     */
    private static final class PlaceDots {
        private final Path2D.Double rings = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final Path2D.Double discs = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final Path2D.Double holes = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final List<LabelCandidate> places = new ArrayList<>();
        private final List<Double> radii = new ArrayList<>();
        private final double outline;
        private final boolean vector;

        PlaceDots(double scale, boolean vector) {
            this.outline = 1.2 * scale;
            this.vector = vector;
        }

        void add(LabelCandidate c, double r) {
            if (!vector) {
                places.add(c);
                radii.add(r);
                return;
            }
            double o = r + outline;
            rings.append(new Ellipse2D.Double(c.x() - o, c.y() - o, 2 * o, 2 * o), false);
            discs.append(new Ellipse2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r), false);
            if (c.capital()) {
                double ir = r * 0.45;
                holes.append(new Ellipse2D.Double(c.x() - ir, c.y() - ir, 2 * ir, 2 * ir), false);
            }
        }

        void paint(LabelCanvas canvas) {
            if (!vector) {
                for (int k = 0; k < places.size(); k++) {
                    LabelCandidate c = places.get(k);
                    DotSprites.draw(canvas, c.x(), c.y(), radii.get(k), outline, c.capital());
                }
                return;
            }
            Graphics2D g = canvas.graphics();
            g.setColor(Color.WHITE);
            g.fill(rings);
            g.setColor(PLACE_TEXT);
            g.fill(discs);
            g.setColor(Color.WHITE);
            g.fill(holes);
        }

        /** Draws one dot: white ring, dark disc, and for a capital a white centre. */
        static void paintDot(Graphics2D g, double x, double y, double r, double outline, boolean capital) {
            double o = r + outline;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - o, y - o, 2 * o, 2 * o));
            g.setColor(PLACE_TEXT);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            if (capital) {
                double ir = r * 0.45;
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(x - ir, y - ir, 2 * ir, 2 * ir));
            }
        }
    }

    /** Pre-drawn town dots, per size, capital or not, and position within a pixel in quarter steps. */
    private static final class DotSprites {
        private static final Map<DotKey, BufferedImage> CACHE = new ConcurrentHashMap<>();

        private record DotKey(double r, double outline, boolean capital, int phaseX, int phaseY) {
        }

        static void draw(LabelCanvas canvas, double x, double y, double r, double outline, boolean capital) {
            // Quarter-pixel phases keep dots where the vector path would put them, to within 1/8 pixel.
            int qx = (int) Math.floor(x * 4 + 0.5);
            int qy = (int) Math.floor(y * 4 + 0.5);
            int px = Math.floorDiv(qx, 4);
            int py = Math.floorDiv(qy, 4);
            DotKey key = new DotKey(r, outline, capital, qx - 4 * px, qy - 4 * py);
            if (CACHE.size() > 1024) {
                // Only a run of exports at many different DPIs gets here; start again rather than grow.
                CACHE.clear();
            }
            BufferedImage sprite = CACHE.computeIfAbsent(key, DotSprites::render);
            int half = sprite.getWidth() / 2;
            canvas.image(sprite, px - half, py - half);
        }

        private static BufferedImage render(DotKey k) {
            int half = (int) Math.ceil(k.r() + k.outline()) + 2;
            BufferedImage img = new BufferedImage(2 * half, 2 * half, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            applyHints(g);
            PlaceDots.paintDot(g, half + k.phaseX() / 4.0, half + k.phaseY() / 4.0, k.r(), k.outline(), k.capital());
            g.dispose();
            return img;
        }
    }

    private record LabelCandidate(LabelKind kind, double priority, String text, double x, double y, boolean capital,
            double population) {
    }
}
