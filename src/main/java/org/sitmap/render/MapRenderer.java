package org.sitmap.render;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.sitmap.model.Annotation;
import org.sitmap.render.LayerBuilder.BuiltLayer;

/**
 * Paints map layers onto any {@link Graphics2D}: the screen's back buffer, a PNG's image, a PDF page, a test's
 * image read back pixel by pixel. One renderer for all of them is what makes exports look like the screen.
 *
 * <pre>{@code
 * BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
 * new MapRenderer().paint(img, viewport, layers, annotations, RenderOptions.screen(), () -> false);
 * }</pre>
 *
 * <p>A frame: the visible layers are built into pixels ({@link LayerBuilder}) and painted in their styles
 * ({@link LayerPainter}), on images in strips on several threads ({@link StripFrame}); then the annotations
 * ({@link AnnotationPainter}), whose labels are placed first; then the base map's labels around them
 * ({@link BaseMapLabeller}). Every frame draws on one {@link DrawSurface}, chosen once: straight into the pixels of
 * an int-packed image, or through Java2D ({@code -Dsitmap.fastPath=false} forces Java2D).
 *
 * <p>The renderer owns what it keeps between frames: its {@link RenderCaches} (glyphs, sprites, fonts, place
 * lists), the arrays shapes are built in, and, for the screen, the last base map without labels ({@link BaseFrame})
 * so a frame whose annotations alone changed repaints only them and a pan paints only the strips that came into
 * view, and the last annotation shapes ({@link AnnotationLayer}) so a pan, an edit or a date change redraws only the
 * boxes that changed ({@code -Dsitmap.keepBaseFrame=false} keeps neither). {@link #clearCaches()} drops all of it.
 *
 * <p>Thread-safe: concurrent renders on different surfaces are fine.
 */
public final class MapRenderer {
    private final AnnotationPainter annotationPainter = new AnnotationPainter();
    private final RenderCaches caches = new RenderCaches();
    private final LayerBuilder builder;
    /** Threads that paint one raster frame of this renderer, the calling thread included. */
    private final int threads;
    /** The last base map, kept for frames whose annotations alone change; null when not kept. */
    private final BaseFrame baseFrame;
    /** The last frame's annotation shapes, kept to redraw only what changed; null when not kept. */
    private final AnnotationLayer annotationLayer;
    /** See {@link #lastBaseParts()}. */
    private volatile int lastBaseParts = -1;

    /** A renderer for files and tests: a frame is painted on up to four cores. */
    public MapRenderer() {
        this(StripFrame.MAX_THREADS, false);
    }

    private MapRenderer(int threads, boolean keepBaseFrame) {
        this.threads = threads;
        this.builder = new LayerBuilder(threads);
        this.baseFrame = keepBaseFrame ? new BaseFrame() : null;
        this.annotationLayer = keepBaseFrame ? new AnnotationLayer() : null;
    }

    /**
     * A renderer for a window's frames, which keeps the last base map and leaves one core to the rest of the
     * application (the UI thread, the JIT, the collector). A frame's threads wait for each other's layers and
     * strips, so a helper the system puts off for a time slice held up the whole frame: on two cores, one frame in
     * thirty or so took 20-40 ms instead of 5, while one thread alone was as fast at the median and never over
     * 12 ms.
     *
     * <p>{@code -Dsitmap.keepBaseFrame=false} makes it paint every frame whole (to time full frames).
     */
    public static MapRenderer forScreen() {
        return new MapRenderer(StripFrame.SCREEN_THREADS,
                !"false".equalsIgnoreCase(System.getProperty("sitmap.keepBaseFrame", "true").trim()));
    }

    /**
     * A renderer for a window's frames that keeps nothing between them: every frame is painted whole, as the first
     * after a zoom is (the bench's full-frame figures).
     */
    public static MapRenderer forScreenWholeFrames() {
        return new MapRenderer(StripFrame.SCREEN_THREADS, false);
    }

    /** What this renderer keeps between frames (bounded); painters reach it during a frame. */
    public RenderCaches caches() {
        return caches;
    }

    /** Forgets everything kept between frames: caches and the last base map. */
    public void clearCaches() {
        caches.clear();
        if (baseFrame != null) {
            baseFrame.clear();
            annotationLayer.clear();
        }
    }

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
     * annotations' own labels (which win any collision), in this thread, through Java2D.
     */
    public RenderStats paint(Graphics2D g, Viewport viewport, List<RenderLayer> layers, List<Annotation> annotations,
            RenderOptions options, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        try (RenderCaches.Scope scope = caches.enter()) {
            applyHints(g);
            DrawSurface surface = DrawSurface.java2d(g);
            List<BuiltLayer> built = builder.build(viewport, layers, options, cancelled);
            LayerPainter.paintBuilt(surface, 0, viewport, built.iterator(), options, cancelled);
            builder.release(built);
            int drawn = built.stream().mapToInt(BuiltLayer::features).sum();
            Labels placed = paintAnnotationsAndLabels(surface, viewport, layers, annotations, options, cancelled);
            return new RenderStats(drawn + annotations.size(), placed.placed(), System.nanoTime() - start, false,
                    placed.annotations());
        }
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
        return paint(image, viewport, layers, annotations, options, cancelled, false);
    }

    /**
     * As {@link #paint(BufferedImage, Viewport, List, List, RenderOptions, BooleanSupplier)}, a frame painted ahead
     * of being shown ({@link PreparedFrames}): it never takes the kept annotation layer of the last frame shown.
     */
    RenderStats paintAhead(BufferedImage image, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled) {
        return paint(image, viewport, layers, annotations, options, cancelled, true);
    }

    private RenderStats paint(BufferedImage image, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled, boolean ahead) {
        if (image.getWidth() != viewport.width() || image.getHeight() != viewport.height()) {
            throw new IllegalArgumentException("Image " + image.getWidth() + "x" + image.getHeight()
                    + " does not match the viewport " + viewport.width() + "x" + viewport.height());
        }
        long start = System.nanoTime();
        boolean writesPixels = DrawSurface.pixelsWritable(image);
        BaseFrame.Key key = baseFrame != null && BaseFrame.keepable(image)
                ? BaseFrame.Key.of(image, viewport, layers, options, writesPixels) : null;
        List<Rectangle> missing = key == null ? null : baseFrame.restore(key, viewport, image);
        int drawn;
        if (missing != null) {
            drawn = baseFrame.features();
            paintParts(image, viewport, layers, options, cancelled, missing);
            if (!missing.isEmpty()) {
                baseFrame.keep(key, viewport, image, drawn);
            }
            lastBaseParts = missing.size();
        } else {
            // With no annotations to place their labels first, the base map's labels are placed within the frame.
            StripFrame frame = new StripFrame(image, viewport, layers, options, cancelled, builder, caches, threads,
                    annotations.isEmpty());
            if (key != null && frame.labelled()) {
                frame.keepUnlabelledInto(baseFrame.startKeeping(image.getWidth() * image.getHeight()));
            }
            drawn = paintWhole(frame);
            lastBaseParts = -1;
            if (key != null) {
                if (frame.labelled()) {
                    baseFrame.kept(key, viewport, drawn);
                } else {
                    baseFrame.keep(key, viewport, image, drawn);
                }
            }
            if (frame.labelled()) {
                return new RenderStats(drawn, frame.placedLabels(), System.nanoTime() - start);
            }
        }
        boolean reused = missing != null && missing.isEmpty();
        Graphics2D g = image.createGraphics();
        try (RenderCaches.Scope scope = caches.enter()) {
            applyHints(g);
            DrawSurface surface = LayerPainter.surface(g, writesPixels ? image : null);
            Labels placed = annotationLayer != null && !annotations.isEmpty() && BaseFrame.keepable(image)
                    ? paintLayered(image, surface, viewport, new Shown(layers, annotations, ahead), options, cancelled)
                    : paintAnnotationsAndLabels(surface, viewport, layers, annotations, options, cancelled);
            return new RenderStats(drawn + annotations.size(), placed.placed(), System.nanoTime() - start, reused,
                    placed.annotations());
        } finally {
            g.dispose();
        }
    }

    /** Runs a whole frame's base map; returns the features it drew. */
    private int paintWhole(StripFrame frame) {
        List<BuiltLayer> built = frame.run();
        int drawn = built.stream().mapToInt(BuiltLayer::features).sum();
        // Every thread of this frame is done with the paths.
        builder.release(built);
        return drawn;
    }

    /**
     * Paints the base map (no labels) into the parts of the image a pan brought into view, each as a frame of its
     * own: the same map through a viewport cut to the part.
     */
    private void paintParts(BufferedImage image, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled, List<Rectangle> parts) {
        for (Rectangle r : parts) {
            BufferedImage part = image.getSubimage(r.x, r.y, r.width, r.height);
            paintWhole(new StripFrame(part, AnnotationLayer.cut(viewport, r), layers, options, cancelled, builder,
                    caches, threads, false));
        }
    }

    /**
     * How the last frame's base map was painted: -1 whole, else the number of parts painted over the kept one
     * shifted (0: the same view, copied). For tests and the bench.
     */
    int lastBaseParts() {
        return lastBaseParts;
    }

    /**
     * As {@link #paintAnnotationsAndLabels}, the shapes through the kept {@link AnnotationLayer} (only what changed
     * since the last frame is drawn), the labels placed afresh over them on a thread of their own while the shapes
     * are drawn ({@link LabelsBeside}): the annotations', then the base map's around them (recorded, and copied in
     * after the annotations' are drawn, where the surface takes label sprites). A frame past its shapes is finished
     * whatever the cancel flag says: its labels take milliseconds, and stopping there left the start-up's off-screen
     * frame ({@code WarmStart}) with the label engine cold, the window's first frame half a second later.
     */
    private Labels paintLayered(BufferedImage image, DrawSurface surface, Viewport viewport, Shown shown,
            RenderOptions options, BooleanSupplier cancelled) {
        checkCancel(cancelled);
        List<RenderLayer> layers = shown.layers();
        LabelPlacer placer = BaseMapLabeller.newPlacer(viewport, options);
        // Where the surface takes label sprites, the base map's labels are placed beside the shapes too, recorded.
        boolean recordBase = options.labels() && surface.writesPixels() && !options.vectorText();
        List<Future<PlacedLabels>> placing = new ArrayList<>(1);
        try {
            annotationLayer.paintOver(image, viewport, shown.annotations(), options, surface.writesPixels(),
                    shown.ahead(),
                    (s, v, drawn, sprites, stop) -> {
                        // Bands of the layer may be drawn on other threads, each within the frame's caches.
                        try (RenderCaches.Scope scope = caches.enter()) {
                            annotationPainter.paintShapes(s, v, drawn, options, sprites, stop);
                        }
                    },
                    cancelled, visible -> placing.add(LabelsBeside.start(caches, () -> {
                        AnnotationLabeller annotations = annotationPainter.placeLabels(viewport, visible, options,
                                placer);
                        return recordBase ? PlacedLabels.withBase(annotations, viewport, layers, options, placer)
                                : new PlacedLabels(annotations, null, 0);
                    })));
        } catch (RuntimeException ex) {
            // The placer finishes on its own; its labels go with this frame.
            placing.forEach(f -> f.cancel(false));
            throw ex;
        }
        PlacedLabels placed = LabelsBeside.join(placing.get(0));
        Map<String, Rectangle2D> boxes = annotationPainter.paintPlaced(surface, placed.annotations());
        if (!options.labels()) {
            return new Labels(0, boxes);
        }
        if (placed.base() != null) {
            // Drawn after the annotations' labels, as in line: the placer kept them apart.
            placed.base().replay(image, 0, image.getHeight());
            return new Labels(placed.basePlaced(), boxes);
        }
        return new Labels(BaseMapLabeller.label(new LabelCanvas(surface, options), viewport, layers, options, placer),
                boxes);
    }

    /**
     * A frame's labels placed beside its shapes: the annotations' (null when the options draw none), then, if
     * recorded, the base map's around them and how many.
     */
    private record PlacedLabels(AnnotationLabeller annotations, LabelCanvas base, int basePlaced) {
        static PlacedLabels withBase(AnnotationLabeller annotations, Viewport viewport, List<RenderLayer> layers,
                RenderOptions options, LabelPlacer placer) {
            LabelCanvas base = LabelCanvas.recording();
            return new PlacedLabels(annotations, base, BaseMapLabeller.label(base, viewport, layers, options, placer));
        }
    }

    /** What a layered frame shows, and whether it is painted ahead of being shown. */
    private record Shown(List<RenderLayer> layers, List<Annotation> annotations, boolean ahead) {
    }

    /** The labels a frame placed: how many of the base map's, and where the annotations' main ones went. */
    private record Labels(int placed, Map<String, Rectangle2D> annotations) {
    }

    private static void checkCancel(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    /** How many boxes of the kept annotation layer the last frame redrew: -1 for all of it (tests, bench). */
    int lastAnnotationBoxes() {
        return annotationLayer == null ? -1 : annotationLayer.lastRedrawn();
    }

    private Labels paintAnnotationsAndLabels(DrawSurface surface, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled) {
        LabelPlacer placer = BaseMapLabeller.newPlacer(viewport, options);
        Map<String, Rectangle2D> boxes = Map.of();
        if (!annotations.isEmpty()) {
            checkCancel(cancelled);
            boxes = annotationPainter.paint(surface, viewport, annotations, options, placer);
        }
        if (!options.labels()) {
            return new Labels(0, boxes);
        }
        return new Labels(BaseMapLabeller.label(new LabelCanvas(surface, options), viewport, layers, options, placer),
                boxes);
    }

    /**
     * Places the annotations' labels of a frame as {@link #paint} would, drawing nothing; returns how many were
     * placed. Times the label engine alone ({@code dev bench}).
     */
    public int placeLabels(Viewport viewport, List<Annotation> annotations, RenderOptions options) {
        try (RenderCaches.Scope scope = caches.enter()) {
            return annotationPainter.placeLabels(viewport, annotations, options);
        }
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
}
