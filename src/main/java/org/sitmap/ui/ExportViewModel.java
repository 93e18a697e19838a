package org.sitmap.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.app.MapExport;
import org.sitmap.basemap.BaseMap;
import org.sitmap.export.ExportContent;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.MapComposer;
import org.sitmap.export.PageSize;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;
import org.sitmap.render.RenderLayer;
import org.sitmap.style.StyleSheets;

/**
 * The state behind File > Export: the area, page, format, titles and furniture the user chose, the day-by-day span,
 * and the work (preview, export, series) done through the application layer ({@link MapExport}) on a background
 * thread. {@link ExportDialog} binds its controls to these properties; this class knows no controls, so it is
 * tested without a Stage. Properties are read and written on the FX thread; a test without the FX toolkit may use
 * {@link #spec()} and {@link #content()}.
 */
public final class ExportViewModel {
    /** The choice in the size list that lets the user type a width and height. */
    public static final String CUSTOM = "Custom size…";

    private final MainViewModel model;
    private final BriefingViewModel briefing;
    private final ObjectProperty<Envelope> extent = new SimpleObjectProperty<>(this, "extent");
    private final ObjectProperty<Object> size = new SimpleObjectProperty<>(this, "size", PageSize.presets().get(0));
    private final ObjectProperty<Integer> width = new SimpleObjectProperty<>(this, "width", 1920);
    private final ObjectProperty<Integer> height = new SimpleObjectProperty<>(this, "height", 1080);
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.PNG);
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final BooleanProperty legend = new SimpleBooleanProperty(this, "legend", true);
    private final BooleanProperty scaleBar = new SimpleBooleanProperty(this, "scaleBar", true);
    private final BooleanProperty northArrow = new SimpleBooleanProperty(this, "northArrow", true);
    private final BooleanProperty inset = new SimpleBooleanProperty(this, "inset", true);
    private final BooleanProperty attribution = new SimpleBooleanProperty(this, "attribution", true);
    private final ObjectProperty<LocalDate> seriesFrom = new SimpleObjectProperty<>(this, "seriesFrom");
    private final ObjectProperty<LocalDate> seriesTo = new SimpleObjectProperty<>(this, "seriesTo");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>(this, "preview");
    private final ObjectProperty<Task<Path>> running = new SimpleObjectProperty<>(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-export");
        t.setDaemon(true);
        return t;
    });
    private AtomicBoolean previewCancel = new AtomicBoolean();

    /** Starts on the map's current view, the briefing's title and, for a series, the span of its dates. */
    public ExportViewModel(MainViewModel model, BriefingViewModel briefing) {
        this.model = model;
        this.briefing = briefing;
        extent.set(model.viewport().lonLatEnvelope());
        title.set(briefing.briefing().info().title());
        List<LocalDate> span = dateSpan();
        if (!span.isEmpty()) {
            seriesFrom.set(span.get(0));
            seriesTo.set(span.get(1));
        }
        busy.bind(running.isNotNull());
    }

    /** The briefing exported (the legend editor edits it). */
    public BriefingViewModel briefing() {
        return briefing;
    }

    public ObjectProperty<Envelope> extentProperty() {
        return extent;
    }

    public ObjectProperty<Object> sizeProperty() {
        return size;
    }

    public ObjectProperty<Integer> widthProperty() {
        return width;
    }

    public ObjectProperty<Integer> heightProperty() {
        return height;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** Legend, scale bar, north arrow, locator inset, attribution: the furniture switches, in that order. */
    public List<BooleanProperty> furniture() {
        return List.of(legend, scaleBar, northArrow, inset, attribution);
    }

    public ObjectProperty<LocalDate> seriesFromProperty() {
        return seriesFrom;
    }

    public ObjectProperty<LocalDate> seriesToProperty() {
        return seriesTo;
    }

    /** What the dialog says under its form: the page, progress, or what went wrong. */
    public StringProperty statusProperty() {
        return status;
    }

    /** The last finished preview image; null until the first is drawn. */
    public ObjectProperty<BufferedImage> previewProperty() {
        return preview;
    }

    /** The export running now, or null. */
    public ObjectProperty<Task<Path>> runningProperty() {
        return running;
    }

    /** Whether an export is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The sizes on offer: the page presets, then {@link #CUSTOM}. */
    public List<Object> sizes() {
        List<Object> all = new ArrayList<>(PageSize.presets());
        all.add(CUSTOM);
        return all;
    }

    /** The file types on offer (the registered exporters'). */
    public List<ExportFormat> formats() {
        return List.of(ExportFormat.values());
    }

    /** The situation the export shows, as the dialog words it. */
    public String situationText() {
        LocalDate date = briefing.situationDateProperty().get();
        return date == null ? "all dates" : ExportSpec.situationText(date);
    }

    /** Back to the map's current view. */
    public void useCurrentView() {
        extent.set(model.viewport().lonLatEnvelope());
    }

    /** The extent as the dialog shows it, e.g. "34.10°–36.20° E, 50.00°–51.90° N". */
    public String extentText() {
        Envelope e = extent.get();
        return String.format(Locale.ROOT, "%.2f°–%.2f° E, %.2f°–%.2f° N", e.getMinX(), e.getMaxX(), e.getMinY(),
                e.getMaxY());
    }

    /** The export as the properties describe it. */
    public ExportSpec spec() {
        PageSize page = size.get() instanceof PageSize p ? p : PageSize.pixels(width.get(), height.get(), 96);
        String notesText = notes.get() == null || notes.get().isBlank() ? null : notes.get();
        return ExportSpec.of(extent.get(), page, format.get())
                .withTitle(title.get())
                .withSituationDate(briefing.situationDateProperty().get())
                .withNotes(notesText)
                .withFurniture(legend.get(), scaleBar.get(), northArrow.get(), inset.get(), attribution.get())
                .withStyleSheet(StyleSheets.forBriefing(briefing.briefing().info()));
    }

    /** What the window already has loaded: no second load of the base map for an export. */
    public ExportContent content() {
        List<RenderLayer> layers = model.renderLayers();
        List<RenderLayer> insetLayers = new ArrayList<>();
        List<String> userLayers = new ArrayList<>();
        for (RenderLayer rl : layers) {
            String id = rl.layer().id();
            if (id.equals("base-admin0") || id.equals("base-admin0-borders")) {
                insetLayers.add(rl);
            } else if (!id.startsWith("base-")) {
                userLayers.add(rl.layer().name());
            }
        }
        List<String> credits = new ArrayList<>(List.of(BaseMap.ATTRIBUTION));
        if (!userLayers.isEmpty()) {
            credits.add("Additional layers: " + String.join(", ", userLayers) + ".");
        }
        List<Annotation> annotations = briefing.briefing().snapshot();
        BriefingInfo info = briefing.briefing().info();
        return new ExportContent(layers, annotations, insetLayers, credits, info.legend(), info.placeNames());
    }

    /** "PNG · 1920 × 1080 px at 96 dpi" for the page as chosen. */
    public String describe() {
        ExportSpec s = spec();
        return String.format(Locale.ROOT, "%s · %d × %d px at %.0f dpi", s.format(), s.page().width(),
                s.page().height(), s.page().dpi());
    }

    /**
     * Draws the page shrunk to fit {@code paneWidth} x {@code paneHeight} in the background, cancelling an
     * earlier preview; the image arrives in {@link #previewProperty()}.
     */
    public void refreshPreview(double paneWidth, double paneHeight) {
        previewCancel.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        previewCancel = cancelled;
        ExportSpec full = spec();
        ExportContent content = content();
        double scale = Math.min(1.0, Math.min(paneWidth / full.page().width(), paneHeight / full.page().height()));
        int w = Math.max(PageSize.MIN_SIDE, (int) Math.round(full.page().width() * scale));
        int h = Math.max(PageSize.MIN_SIDE, (int) Math.round(full.page().height() * scale));
        // Same layout at preview size: the DPI shrinks with the page so text and lines keep their proportions.
        ExportSpec small = full.withPage(PageSize.pixels(w, h, full.page().dpi() * w / full.page().width()));
        status.set(describe());
        worker.execute(() -> {
            if (cancelled.get()) {
                return;
            }
            try {
                BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
                new MapComposer(small, content).paint(img, cancelled::get);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        preview.set(img);
                    }
                });
            } catch (CancellationException e) {
                // a newer preview is on its way
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.set("Preview failed: " + e.getMessage()));
            }
        });
    }

    /** Writes the export in the background; {@link #cancel()} stops it and leaves no partial file. */
    public Task<Path> exportTo(Path target) {
        ExportSpec spec = spec();
        ExportContent content = content();
        return run(target, task -> MapExport.page(spec, content, target, p -> task.progress(p), task::isCancelled));
    }

    /**
     * One map per day from {@code first} to {@code last}: an animated GIF when {@code target} ends in .gif, else
     * PNG files named by date in the folder {@code target}. In the background, with progress and cancel.
     */
    public Task<Path> exportSeriesTo(Path target, LocalDate first, LocalDate last) {
        ExportSpec spec = spec();
        ExportContent content = content();
        return run(target, task -> MapExport.series(spec, content, first, last, target, 1000, task::progress,
                task::isCancelled));
    }

    /** Cancels the running export, if any; true when there was one. */
    public boolean cancel() {
        Task<Path> task = running.get();
        if (task != null) {
            task.cancel();
        }
        return task != null;
    }

    /** Stops all work for good (the dialog closes). */
    public void dispose() {
        previewCancel.set(true);
        cancel();
        worker.shutdownNow();
    }

    /** A file name made of the title, without characters file systems refuse; "map" for none. */
    public String fileName() {
        String t = title.get();
        String s = t == null || t.isBlank() ? "map" : t.replaceAll("[^\\p{L}\\p{N} _-]+", "").trim();
        return s.isEmpty() ? "map" : s;
    }

    private Task<Path> run(Path target, ExportWork work) {
        ExportTask task = new ExportTask(target, work);
        running.set(task);
        status.set("Exporting " + target.getFileName() + "…");
        task.setOnSucceeded(e -> finish("Exported " + target));
        task.setOnCancelled(e -> finish("Export cancelled; nothing written"));
        task.setOnFailed(e -> finish("Export failed: " + MainViewModel.messageOf(task.getException())));
        worker.execute(task);
        return task;
    }

    private void finish(String message) {
        running.set(null);
        status.set(message);
    }

    /** First and last date any annotation mentions (the shown date if later), or empty. */
    private List<LocalDate> dateSpan() {
        LocalDate first = null;
        LocalDate last = null;
        for (Annotation a : briefing.briefing().annotations()) {
            for (LocalDate d : new LocalDate[] {a.validFrom(), a.validTo()}) {
                if (d != null) {
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
        }
        LocalDate shown = briefing.situationDateProperty().get();
        if (shown != null && last != null && shown.isAfter(last)) {
            last = shown;
        }
        return first == null ? List.of() : List.of(first, last);
    }

    /** The writing an export task does. */
    @FunctionalInterface
    private interface ExportWork {
        void run(ExportTask task) throws Exception;
    }

    /** A background export that reports progress and answers to cancel. */
    private static final class ExportTask extends Task<Path> {
        private final Path target;
        private final ExportWork work;

        ExportTask(Path target, ExportWork work) {
            this.target = target;
            this.work = work;
        }

        void progress(double p) {
            updateProgress(p, 1);
        }

        @Override
        protected Path call() throws Exception {
            work.run(this);
            updateProgress(1, 1);
            return target;
        }
    }
}
