package org.sitmap.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.sitmap.basemap.BaseStores;
import org.sitmap.model.Annotation;
import org.sitmap.model.MapFeature;
import org.sitmap.model.PlaceNames;
import org.sitmap.render.HitTester;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.PreparedFrames;
import org.sitmap.render.RenderCaches;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.RenderStats;
import org.sitmap.render.Viewport;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;
import org.sitmap.ui.tools.Snapper;
import org.sitmap.ui.tools.Tool;
import org.sitmap.ui.tools.ToolHost;

/**
 * The map on screen. Frames are painted by the shared {@link MapRenderer} on a background thread into an image;
 * the UI thread only copies finished frames in. While only annotations change (an edit) the renderer copies its
 * last base map instead of painting it again. Between frames the last image is moved and scaled to where the
 * current viewport puts it, so a drag or a wheel zoom answers at once and never shows a blank map.
 *
 * <p>FX thread only, except the render job.
 */
public final class MapView extends Region implements ToolHost {
    private static final System.Logger LOG = System.getLogger(MapView.class.getName());
    private final MainViewModel model;
    private final BriefingViewModel briefing;
    private final MapRenderer renderer = WarmStart.screenRenderer();
    private HitTester hitTester = new HitTester();
    private final Snapper snapper = new Snapper();
    private final ImageView frameView = new ImageView();
    private final Canvas overlay = new Canvas();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool");
    private final ExecutorService renderThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-render");
        t.setDaemon(true);
        return t;
    });
    /** Two back buffers: one may be copied to the screen while the next frame is painted into the other. */
    private final BufferedImage[] buffers = new BufferedImage[2];
    private int nextBuffer;
    private WritableImage frame;
    private Viewport frameViewport;
    private AtomicBoolean inFlightCancel;
    private boolean renderQueued;
    /** Frames handed to the render thread and not yet over (UI thread): while none is, a change starts one at once. */
    private int framesInFlight;
    /**
     * Frames started, and the number of the last shown (UI thread): a frame that ends after a later one was shown
     * (one painted ahead, shown at once) is stale.
     */
    private long framesStarted;
    private long lastShown;
    private RenderStats lastStats;
    /** The frames of the timeline's other days, painted while the map is idle. */
    private final DaysAhead daysAhead;
    private boolean firstMapReported;
    /** When the window first appeared ({@link System#nanoTime()}), for the start-up figure; 0 until then. */
    private long windowShownNanos;
    /** The look the map is drawn in: the open briefing's style sheet. */
    private final ObjectProperty<StyleSheet> styleSheet = new SimpleObjectProperty<>(StyleSheets.standard());
    private final ObjectProperty<PlaceNames> placeNames = new SimpleObjectProperty<>(PlaceNames.ENGLISH);
    private final StyledLayers styledLayers = new StyledLayers();

    public MapView(MainViewModel model, BriefingViewModel briefing) {
        this.model = model;
        this.briefing = briefing;
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setMinSize(200, 150);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        frameView.setManaged(false);
        frameView.setSmooth(true);
        overlay.setManaged(false);
        overlay.setMouseTransparent(true);
        getChildren().addAll(frameView, overlay);
        briefing.addContentListener(this::requestRender);
        daysAhead = new DaysAhead(renderer, renderThread, briefing.situationDateProperty(),
                () -> framesInFlight == 0 && !renderQueued, this::frameOn, briefing::timelineSpan);
        briefing.selectedProperty().addListener((o, a, b) -> repaintOverlay());
        briefing.selection().addListener((javafx.collections.ListChangeListener<String>) c -> repaintOverlay());
        tool.addListener((o, was, now) -> switchTool(was, now));
        setStyle("-fx-background-color: #c9dde8;");

        model.viewportProperty().addListener((o, was, v) -> {
            placeFrame();
            repaintOverlay();
            requestRender();
        });
        model.contentRevisionProperty().addListener((o, was, v) -> requestRender());
        placeNames.addListener((o, was, now) -> requestRender());
        styleSheet.addListener((o, was, now) -> {
            hitTester = new HitTester(RenderOptions.screen().withStyleSheet(now));
            requestRender();
        });

        MapGestures.attach(this, model, tool);
    }

    private void switchTool(Tool was, Tool now) {
        // Activate first: the old tool's deactivate repaints the overlay, which the new tool then paints.
        if (now != null) {
            now.activate(this);
        }
        if (was != null) {
            was.deactivate();
        }
        if (now != null) {
            setCursor(now.cursor());
            hint(now.name() + ": " + now.hint());
        } else {
            setCursor(Cursor.DEFAULT);
        }
        repaintOverlay();
    }

    @Override
    protected void layoutChildren() {
        int w = (int) Math.round(getWidth());
        int h = (int) Math.round(getHeight());
        Viewport v = model.viewport();
        if (w > 0 && h > 0 && (v.width() != w || v.height() != h)) {
            model.setViewSize(w, h);
        }
        if (overlay.getWidth() != w || overlay.getHeight() != h) {
            overlay.setWidth(w);
            overlay.setHeight(h);
            repaintOverlay();
        }
        placeFrame();
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    // ---- ToolHost ---------------------------------------------------------------------------------------------

    @Override
    public Viewport viewport() {
        return model.viewport();
    }

    @Override
    public BriefingViewModel briefing() {
        return briefing;
    }

    @Override
    public void repaintOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (tool.get() != null) {
            tool.get().paintOverlay(g);
        }
    }

    @Override
    public void setToolCursor(Cursor cursor) {
        setCursor(cursor == Cursor.DEFAULT && tool.get() != null ? tool.get().cursor() : cursor);
    }

    @Override
    public List<String> annotationsAt(double sx, double sy) {
        // Text labels are hit by their glyph outlines: measured with the renderer's caches, as painted.
        try (RenderCaches.Scope scope = renderer.caches().enter()) {
            return hitTester.hitStack(briefing.visibleAnnotations(), model.viewport(), sx, sy, 5);
        }
    }

    @Override
    public List<String> annotationsIn(java.awt.geom.Rectangle2D band) {
        try (RenderCaches.Scope scope = renderer.caches().enter()) {
            return hitTester.inRectangle(briefing.visibleAnnotations(), model.viewport(), band);
        }
    }

    @Override
    public Map<String, java.awt.geom.Rectangle2D> labelBoxes() {
        // The frame on screen's, not the renderer's last: that may be a frame painted ahead, not shown yet.
        return lastStats == null ? Map.of() : lastStats.annotationLabels();
    }

    @Override
    public MapFeature regionAt(double lon, double lat) {
        return model.regionAt(lon, lat);
    }

    @Override
    public void hint(String text) {
        if (!model.statusTextProperty().isBound()) {
            model.statusTextProperty().set(text);
        }
    }

    @Override
    public Snapper.Snap snap(double sx, double sy) {
        return snapper.snap(model.viewport(), sx, sy, model.renderLayers(), briefing.visibleAnnotations());
    }

    /** Whether and how far vertices snap while drawing (the tool bar's Snap controls set it). */
    public Snapper snapper() {
        return snapper;
    }

    /** The statistics of the last frame painted, for tests and the status bar. */
    public RenderStats lastStats() {
        return lastStats;
    }

    /** A copy of the frame on screen, for the clipboard; null before the first frame. */
    public javafx.scene.image.Image frameImage() {
        return frame == null ? null : new WritableImage(frame.getPixelReader(), (int) frame.getWidth(),
                (int) frame.getHeight());
    }

    /** Whether a frame painted ahead is kept for {@code day} (tests). */
    boolean frameAheadReadyFor(java.time.LocalDate day) {
        return daysAhead.readyFor(day);
    }

    /** How many frames were shown from the frames painted ahead, not painted when asked for (tests). */
    int framesShownAhead() {
        return daysAhead.taken();
    }

    /** The viewport of the frame currently on screen (may lag the model's viewport during gestures). */
    public Viewport frameViewport() {
        return frameViewport;
    }

    /** Positions the last frame where the current viewport would draw it. */
    private void placeFrame() {
        Viewport now = model.viewport();
        if (frame == null || frameViewport == null) {
            return;
        }
        double scale = frameViewport.resolution() / now.resolution();
        double x = now.worldToScreenX(frameViewport.screenToWorldX(0));
        double y = now.worldToScreenY(frameViewport.screenToWorldY(0));
        frameView.setImage(frame);
        frameView.relocate(x, y);
        frameView.setFitWidth(frameViewport.width() * scale);
        frameView.setFitHeight(frameViewport.height() * scale);
    }

    /** The style sheet the map is drawn with; the window binds it to the open briefing's. */
    /** The language the base map's place names are drawn in (the briefing's choice). */
    public ObjectProperty<PlaceNames> placeNamesProperty() {
        return placeNames;
    }

    public ObjectProperty<StyleSheet> styleSheetProperty() {
        return styleSheet;
    }

    /** Schedules a frame of the current viewport; a frame already being painted for an older one is abandoned. */

    public void requestRender() {
        if (inFlightCancel != null) {
            inFlightCancel.set(true);
        }
        daysAhead.stop();
        if (renderQueued) {
            return;
        }
        if (framesInFlight == 0 && Platform.isFxApplicationThread()) {
            // Idle: start now rather than after the pulse under way. The first frame after start-up waited half a
            // second so for the window's first layout and styling, which its render thread need not wait for.
            startRender();
            return;
        }
        renderQueued = true;
        // Coalesce bursts (a drag fires many events per frame) into one render of the latest viewport.
        Platform.runLater(this::startRender);
    }

    private void startRender() {
        renderQueued = false;
        Viewport v = model.viewport();
        // A change that arrives after the window closed (a task finishing late) has no frame to paint.
        if (v.width() <= 0 || v.height() <= 0 || renderThread.isShutdown()) {
            return;
        }
        List<RenderLayer> layers = model.renderLayers();
        if (layers.isEmpty() && model.baseMapLoading() && !BaseStores.building()) {
            // At start-up: a frame of the annotations alone would be thrown away a moment later, its cores
            // taken from the first real one. The base map's arrival asks for a frame. (Not while a first start
            // builds the store, a minute or so: the briefing is shown meanwhile.)
            return;
        }
        PreparedFrames.Request r = request(v, layers, briefing.visibleAnnotations());
        PreparedFrames.Frame done = daysAhead.take(briefing.situationDateProperty().get(), r);
        if (done != null) {
            // The timeline went to a day painted ahead: no frame to wait for.
            show(done.image(), v, done.stats(), !layers.isEmpty(), ++framesStarted);
            daysAhead.whenIdle();
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        inFlightCancel = cancel;
        int slot = nextBuffer;
        nextBuffer = 1 - nextBuffer;
        framesInFlight++;
        long number = ++framesStarted;
        renderThread.execute(() -> {
            try {
                paintFrame(r, cancel, slot, number);
            } finally {
                Platform.runLater(this::frameOver);
            }
        });
    }

    private PreparedFrames.Request request(Viewport v, List<RenderLayer> layers, List<Annotation> annotations) {
        StyleSheet sheet = styleSheet.get();
        return new PreparedFrames.Request(v, styledLayers.of(layers, sheet), annotations,
                RenderOptions.screen().withStyleSheet(sheet).withPlaceNames(placeNames.get()));
    }

    /** The frame the map would show on {@code date}; null while the base map is still loading. */
    private PreparedFrames.Request frameOn(java.time.LocalDate date) {
        Viewport v = model.viewport();
        List<RenderLayer> layers = model.renderLayers();
        if (v.width() <= 0 || v.height() <= 0 || (layers.isEmpty() && model.baseMapLoading())) {
            return null;
        }
        return request(v, layers, briefing.visibleAnnotationsOn(date));
    }

    /** A frame handed to the render thread is over, shown or not: once the map is idle, paint the days ahead. */
    private void frameOver() {
        framesInFlight--;
        if (framesInFlight == 0 && !renderQueued) {
            daysAhead.whenIdle();
        }
    }

    /** On the render thread: paints a frame into back buffer {@code slot} and has the UI thread show it. */
    private void paintFrame(PreparedFrames.Request r, AtomicBoolean cancel, int slot, long number) {
        Viewport v = r.viewport();
        if (cancel.get()) {
            return;
        }
        BufferedImage img;
        RenderStats stats;
        synchronized (buffers) {
            img = buffers[slot];
            if (img == null || img.getWidth() != v.width() || img.getHeight() != v.height()) {
                img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
                buffers[slot] = img;
            }
        }
        synchronized (img) {
            try {
                WarmStart.windowFrameStarting();
                stats = renderer.paint(img, v, r.layers(), r.annotations(), r.options(), cancel::get);
            } catch (CancellationException ex) {
                return;
            } catch (RuntimeException ex) {
                // A bug in a painter must not leave the map blank without a word: keep the last frame.
                LOG.log(System.Logger.Level.ERROR, "Map frame failed for " + v, ex);
                Platform.runLater(() -> {
                    if (!model.statusTextProperty().isBound()) {
                        model.statusTextProperty().set("Drawing the map failed: " + ex);
                    }
                });
                return;
            }
        }
        BufferedImage done = img;
        boolean withBaseMap = !r.layers().isEmpty();
        Platform.runLater(() -> show(done, v, stats, withBaseMap, number));
    }

    private void show(BufferedImage img, Viewport v, RenderStats stats, boolean withBaseMap, long number) {
        if (number < lastShown) {
            return;
        }
        lastShown = number;
        int w = img.getWidth();
        int h = img.getHeight();
        if (frame == null || (int) frame.getWidth() != w || (int) frame.getHeight() != h) {
            frame = new WritableImage(w, h);
        }
        synchronized (img) {
            int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
            frame.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        }
        frameViewport = v;
        lastStats = stats;
        placeFrame();
        if (!firstMapReported && withBaseMap && Boolean.getBoolean("sitmap.reportFirstFrame")) {
            // For the start-up figure (src/bench/window.sh, the installer): the first frame with the map on it.
            firstMapReported = true;
            long sinceStart = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean()
                    .getStartTime();
            long sinceShown = windowShownNanos == 0 ? -1 : (System.nanoTime() - windowShownNanos) / 1_000_000;
            System.err.println("sitmap: first map frame " + sinceStart + " ms after start, " + sinceShown
                    + " ms after the window appeared");
        }
    }

    /** Notes that the window has just appeared: the start-up figure counts the first map frame from here. */
    public void windowShown() {
        if (windowShownNanos == 0) {
            windowShownNanos = System.nanoTime();
        }
    }

    public void dispose() {
        daysAhead.dispose();
        renderThread.shutdownNow();
        // The renderer's caches and last base map (tens of megabytes) go with the window.
        renderer.clearCaches();
    }
}
