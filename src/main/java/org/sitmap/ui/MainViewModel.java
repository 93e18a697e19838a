package org.sitmap.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.sitmap.basemap.BaseMap;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.basemap.BaseStores;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.LayerReaders;
import org.sitmap.geo.LoadIssue;
import org.sitmap.geo.LoadResult;
import org.sitmap.geo.Projection;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.Viewport;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * State and actions of the main window: the layer stack, the viewport, the status texts and the background work
 * (loading files). The view binds to these properties and calls these methods; this class never touches a
 * control. FX thread only, except the bodies of the tasks it starts.
 */
public final class MainViewModel {
    private static final double ZOOM_STEP = 2.0;

    private static final GeometryFactory POINTS = new GeometryFactory();
    private final Projection projection = WebMercator.INSTANCE;
    /** Drawing order: index 0 is drawn first (bottom). */
    private final ObservableList<LayerItem> layers = FXCollections.observableArrayList();
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final StringProperty cursorText = new SimpleStringProperty(this, "cursorText", "");
    private final StringProperty scaleText = new SimpleStringProperty(this, "scaleText", "");
    private final StringProperty statusText = new SimpleStringProperty(this, "statusText", "");
    private final ReadOnlyObjectWrapper<Task<?>> currentTask = new ReadOnlyObjectWrapper<>(this, "currentTask");
    /** Bumped whenever something other than the viewport changes what the map shows. */
    /** The open briefing's style sheet: layers the user opens take its palette. */
    private final ObjectProperty<StyleSheet> styleSheet = new SimpleObjectProperty<>(this, "styleSheet",
            StyleSheets.standard());
    private final IntegerProperty contentRevision = new SimpleIntegerProperty(this, "contentRevision");
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "sitmap-worker");
        t.setDaemon(true);
        return t;
    });
    private Consumer<Notice> notices = n -> { };
    /** Whether the base map is being opened: the map waits for it rather than draw the annotations on nothing. */
    private boolean baseMapLoading;
    private int userLayerCount;
    private boolean viewportInitialised;
    /** A lon/lat extent asked for before the map had a size; applied at the first sizing. */
    private Envelope pendingFit;

    public MainViewModel() {
        viewport.set(Viewport.fitting(projection, projection.forward(BaseMap.THEATRE), 1280, 800));
        viewport.addListener((o, was, v) -> scaleText.set(formatScale(v)));
        scaleText.set(formatScale(viewport.get()));
    }

    public void setNoticeSink(Consumer<Notice> sink) {
        this.notices = sink == null ? n -> { } : sink;
    }

    public ObservableList<LayerItem> layers() {
        return layers;
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public Viewport viewport() {
        return viewport.get();
    }

    public StringProperty cursorTextProperty() {
        return cursorText;
    }

    public StringProperty scaleTextProperty() {
        return scaleText;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public ReadOnlyObjectProperty<Task<?>> currentTaskProperty() {
        return currentTask.getReadOnlyProperty();
    }

    public IntegerProperty contentRevisionProperty() {
        return contentRevision;
    }

    /** What the renderer should draw, bottom first. */
    /** Whether the base map is still being opened (FX thread). */
    public boolean baseMapLoading() {
        return baseMapLoading;
    }

    public List<RenderLayer> renderLayers() {
        return layers.stream().map(LayerItem::renderLayer).toList();
    }

    public void contentChanged() {
        contentRevision.set(contentRevision.get() + 1);
    }

    // ---- viewport ---------------------------------------------------------------------------------------------

    /** The map area changed size: keep the centre; the first time, fit the theatre. */
    public void setViewSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        if (!viewportInitialised) {
            viewportInitialised = true;
            Envelope first = pendingFit != null ? pendingFit : projection.forward(BaseMap.THEATRE);
            pendingFit = null;
            viewport.set(Viewport.fitting(projection, first, width, height));
        } else {
            viewport.set(viewport.get().withSize(width, height));
        }
    }

    public void zoomIn() {
        Viewport v = viewport.get();
        viewport.set(v.zoomedAt(ZOOM_STEP, v.width() / 2.0, v.height() / 2.0));
    }

    public void zoomOut() {
        Viewport v = viewport.get();
        viewport.set(v.zoomedAt(1 / ZOOM_STEP, v.width() / 2.0, v.height() / 2.0));
    }

    public void zoomAt(double factor, double sx, double sy) {
        viewport.set(viewport.get().zoomedAt(factor, sx, sy));
    }

    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().pannedBy(dx, dy));
    }

    /** Pans by a fraction of the view, for the arrow keys. */
    public void panByFraction(double fx, double fy) {
        Viewport v = viewport.get();
        panBy(fx * v.width(), fy * v.height());
    }

    /** Fits the view to a lon/lat extent (a briefing's saved view or the extent of its annotations). */
    public void zoomToLonLat(Envelope lonLat) {
        if (lonLat == null || lonLat.isNull()) {
            return;
        }
        Envelope projected = projection.forward(lonLat);
        if (!viewportInitialised) {
            pendingFit = projected;
        } else {
            zoomToProjected(projected);
        }
    }

    public void zoomToTheatre() {
        zoomToProjected(projection.forward(BaseMap.THEATRE));
    }

    public void zoomToLayer(LayerItem item) {
        if (item == null) {
            return;
        }
        Envelope b = item.renderLayer().index().bounds();
        if (b.isNull()) {
            return;
        }
        if (b.getWidth() == 0 && b.getHeight() == 0) {
            b.expandBy(5000);
        }
        b.expandBy(b.getWidth() * 0.05, b.getHeight() * 0.05);
        zoomToProjected(b);
    }

    private void zoomToProjected(Envelope projected) {
        Viewport v = viewport.get();
        viewport.set(Viewport.fitting(projection, projected, v.width(), v.height()));
    }

    public void updateCursor(double sx, double sy) {
        double[] ll = viewport.get().screenToLonLat(sx, sy);
        cursorText.set(formatLonLat(ll[0], ll[1]));
    }

    public void clearCursor() {
        cursorText.set("");
    }

    static String formatLonLat(double lon, double lat) {
        return String.format(Locale.ROOT, "%.4f° %s, %.4f° %s", Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon),
                lon >= 0 ? "E" : "W");
    }

    static String formatScale(Viewport v) {
        double denominator = v.scaleDenominator();
        // Round to two significant figures: the scale of a screen is approximate anyway.
        double magnitude = Math.pow(10, Math.floor(Math.log10(denominator)) - 1);
        long rounded = Math.round(denominator / magnitude) * (long) magnitude;
        return String.format(Locale.ROOT, "1:%,d", rounded);
    }

    /** The layer with this id (e.g. "base-admin1"), or null (also while the base map is loading). */
    public LayerItem layer(String id) {
        for (LayerItem item : layers) {
            if (id.equals(item.layer().id())) {
                return item;
            }
        }
        return null;
    }

    /** The admin-1 region of the bundled base map at lon/lat, or null (also while the base map is loading). */
    public MapFeature regionAt(double lon, double lat) {
        LayerItem item = layer("base-admin1");
        if (item == null) {
            return null;
        }
        double[] xy = new double[2];
        projection.forward(lon, lat, xy);
        Point p = POINTS.createPoint(new Coordinate(xy[0], xy[1]));
        FeatureIndex index = item.renderLayer().index();
        MapFeature[] found = {null};
        index.query(new Envelope(xy[0], xy[0], xy[1], xy[1]), i -> {
            if (found[0] == null && index.geometry(i).contains(p)) {
                found[0] = item.layer().features().get(i);
            }
        });
        return found[0];
    }

    // ---- layers -----------------------------------------------------------------------------------------------

    public void moveUp(LayerItem item) {
        int i = layers.indexOf(item);
        if (i >= 0 && i < layers.size() - 1) {
            layers.remove(i);
            layers.add(i + 1, item);
            contentChanged();
        }
    }

    public void moveDown(LayerItem item) {
        int i = layers.indexOf(item);
        if (i > 0) {
            layers.remove(i);
            layers.add(i - 1, item);
            contentChanged();
        }
    }

    public void remove(LayerItem item) {
        if (layers.remove(item)) {
            contentChanged();
        }
    }

    private LayerItem watch(LayerItem item) {
        item.visibleProperty().addListener((o, a, b) -> contentChanged());
        item.opacityProperty().addListener((o, a, b) -> contentChanged());
        return item;
    }

    // ---- background work --------------------------------------------------------------------------------------

    /** Loads the bundled base map in the background; the map shows the sea until it arrives. */
    public Task<List<LayerItem>> loadBaseMap() {
        Task<List<LayerItem>> task = new Task<>() {
            @Override
            protected List<LayerItem> call() {
                updateMessage("Loading base map…");
                // The store reads what each frame shows; only building it on a first start takes long.
                return BaseMap.open(p -> {
                    updateProgress(p * 0.9, 1);
                    if (BaseStores.building()) {
                        updateMessage("Building the base map for this version (once, about a minute)…");
                    }
                }, this::isCancelled).stream()
                        .map(b -> new LayerItem(b.layer(), b.index())).toList();
            }
        };
        baseMapLoading = true;
        task.setOnSucceeded(e -> {
            baseMapLoading = false;
            List<LayerItem> items = task.getValue();
            layers.addAll(0, items.stream().map(this::watch).toList());
            statusText.set("Base map loaded");
            contentChanged();
        });
        task.setOnFailed(e -> {
            baseMapLoading = false;
            contentChanged();
            notices.accept(new Notice(Notice.Level.ERROR, "Base map unavailable", messageOf(task.getException())));
        });
        task.setOnCancelled(e -> {
            baseMapLoading = false;
            contentChanged();
        });
        run(task);
        return task;
    }

    /** The style sheet the open briefing is drawn with; the window binds it. */
    public ObjectProperty<StyleSheet> styleSheetProperty() {
        return styleSheet;
    }

    /**
     * Opens a GeoJSON file as a new layer on top, in the background with progress and cancel. Whatever goes
     * wrong is reported with the file and the place; on failure or cancel nothing is added.
     */
    public Task<LayerItem> openGeoJson(Path file) {
        int styleIndex = userLayerCount++;
        StyleSheet sheet = styleSheet.get();
        Task<LayerItem> task = new Task<>() {
            private LoadResult result;

            @Override
            protected LayerItem call() throws Exception {
                updateMessage("Loading " + file.getFileName() + "…");
                result = LayerReaders.read(file, p -> updateProgress(p * 0.85, 1), this::isCancelled);
                updateMessage("Indexing " + file.getFileName() + "…");
                String name = file.getFileName().toString();
                MapLayer layer = new MapLayer(BaseMapStyles.userLayerId(styleIndex), name, result.features(),
                        BaseMapStyles.userLayer(sheet, styleIndex), file.toString());
                LayerIndex index = LayerIndex.build(layer.features(), projection, this::isCancelled);
                updateProgress(1, 1);
                return new LayerItem(layer, index);
            }

            @Override
            protected void succeeded() {
                LayerItem item = getValue();
                layers.add(watch(item));
                contentChanged();
                zoomToLayer(item);
                statusText.set(String.format(Locale.ROOT, "Opened %s: %,d features", item.name(),
                        item.layer().features().size()));
                List<LoadIssue> issues = result.issues();
                if (!issues.isEmpty()) {
                    notices.accept(new Notice(Notice.Level.WARNING, file.getFileName() + ": " + issues.size()
                            + (issues.size() == 1 ? " problem" : " problems") + " repaired or skipped",
                            summarise(issues)));
                }
            }
        };
        task.setOnFailed(e -> notices.accept(new Notice(Notice.Level.ERROR,
                "Cannot open " + file.getFileName(), messageOf(task.getException()))));
        task.setOnCancelled(e -> statusText.set("Cancelled loading " + file.getFileName() + "; nothing added"));
        run(task);
        return task;
    }

    private static String summarise(List<LoadIssue> issues) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(12, issues.size());
        for (int i = 0; i < shown; i++) {
            sb.append(issues.get(i)).append('\n');
        }
        if (issues.size() > shown) {
            sb.append("… and ").append(issues.size() - shown).append(" more");
        }
        return sb.toString().strip();
    }

    static String messageOf(Throwable t) {
        if (t instanceof GeoJsonException g) {
            return g.getMessage();
        }
        if (t instanceof OutOfMemoryError) {
            return "Not enough memory to load this file. Close other layers or start Sitmap with more memory.";
        }
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (t instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private void run(Task<?> task) {
        currentTask.set(task);
        task.runningProperty().addListener((o, was, running) -> {
            if (!running && currentTask.get() == task) {
                currentTask.set(null);
            }
        });
        workers.execute(task);
    }

    /** True when the file looks like something File > Open GeoJSON accepts (used to filter drops). */
    public static boolean isGeoJsonName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file)
                && (n.endsWith(".geojson") || n.endsWith(".json") || n.endsWith(".geojson.gz") || n.endsWith(".gz"));
    }

    public void shutdown() {
        Task<?> t = currentTask.get();
        if (t != null) {
            t.cancel();
        }
        workers.shutdownNow();
    }
}
