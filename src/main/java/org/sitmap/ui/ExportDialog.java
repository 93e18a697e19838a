package org.sitmap.ui;

import java.awt.image.BufferedImage;
import java.io.File;
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
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.export.ExportContent;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.MapComposer;
import org.sitmap.export.PageSize;
import org.sitmap.export.PdfExporter;
import org.sitmap.export.PngExporter;
import org.sitmap.model.Annotation;
import org.sitmap.render.RenderLayer;
import org.sitmap.style.StyleSheets;

/**
 * File > Export: size, format and layout elements on the left, a live preview of the page on the right (drawn by
 * the same composer as the file, at preview size), and the export itself in the background with progress and
 * cancel. The extent is the map view at the moment the dialog opened. FX thread only.
 */
public final class ExportDialog {
    /** The preview's longest side at first; it grows with the dialog. */
    private static final int PREVIEW = 560;
    private static final int PREVIEW_MIN = 240;
    private static final String CUSTOM = "Custom size…";

    private final Stage stage = new Stage();
    private final MainViewModel model;
    private final BriefingViewModel briefing;
    private Envelope extent;
    private final Label extentText = new Label();
    private final Button frame = new Button("Drag a frame on the map…");
    private final java.util.function.Consumer<java.util.function.Consumer<Envelope>> framePicker;
    private final ComboBox<Object> size = new ComboBox<>();
    private final Spinner<Integer> width = new Spinner<>(PageSize.MIN_SIDE, 8192, 1920, 64);
    private final Spinner<Integer> height = new Spinner<>(PageSize.MIN_SIDE, 8192, 1080, 64);
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final TextField title = new TextField();
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox scaleBar = new CheckBox("Scale bar");
    private final CheckBox northArrow = new CheckBox("North arrow");
    private final CheckBox inset = new CheckBox("Locator inset");
    private final CheckBox attribution = new CheckBox("Attribution");
    private final TextArea notes = new TextArea();
    private final ImageView preview = new ImageView();
    private final StackPane previewPane = new StackPane(preview);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button("Export…");
    private final javafx.scene.control.DatePicker seriesFrom = new javafx.scene.control.DatePicker();
    private final javafx.scene.control.DatePicker seriesTo = new javafx.scene.control.DatePicker();
    private final Button exportSeries = new Button("Export series…");
    private final Button cancel = new Button("Cancel");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-export");
        t.setDaemon(true);
        return t;
    });
    private AtomicBoolean previewCancel = new AtomicBoolean();
    private Task<Path> running;

    /**
     * @param framePicker lets the user drag a frame on the map and calls back with its extent (null: cancelled);
     *                    null when the dialog offers only the current view
     */
    public ExportDialog(Window owner, MainViewModel model, BriefingViewModel briefing,
            java.util.function.Consumer<java.util.function.Consumer<Envelope>> framePicker) {
        this.model = model;
        this.briefing = briefing;
        this.extent = model.viewport().lonLatEnvelope();
        this.framePicker = framePicker;
        stage.initOwner(owner);
        // Lets whoever finds the window (tests, the shortcut's caller) reach the dialog behind it.
        stage.setUserData(this);
        // Not modal: a modal dialog makes JavaFX 21's GTK glass pin its owner's size, which un-maximised the main
        // window under openbox. Owned, it stays above the main window.
        stage.initModality(Modality.NONE);
        stage.setTitle("Export map");

        size.getItems().addAll(PageSize.presets());
        size.getItems().add(CUSTOM);
        size.getSelectionModel().selectFirst();
        size.setId("exportSize");
        format.getItems().addAll(ExportFormat.values());
        format.getSelectionModel().select(ExportFormat.PNG);
        format.setId("exportFormat");
        title.setText(briefing.briefing().info().title());
        title.setId("exportTitle");
        for (CheckBox c : List.of(legend, scaleBar, northArrow, inset, attribution)) {
            c.setSelected(true);
        }
        notes.setPromptText("Optional notes box");
        notes.setPrefRowCount(3);
        width.setEditable(true);
        height.setEditable(true);
        HBox custom = new HBox(4, width, new Label("×"), height);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(size.valueProperty().isEqualTo(CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        GridPane form = new GridPane();
        form.setId("exportForm");
        // Never squeezed: at the dialog's minimum size every control is still whole.
        form.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        frame.setId("exportFrame");
        frame.setVisible(framePicker != null);
        frame.setOnAction(e -> pickFrame());
        Button currentView = new Button("Current view");
        currentView.setOnAction(e -> setExtent(model.viewport().lonLatEnvelope()));
        showExtent();
        form.addRow(row++, new Label("Extent"), new VBox(4, extentText, new HBox(4, currentView, frame)));
        form.addRow(row++, new Label("Size"), size);
        form.add(custom, 1, row++);
        form.addRow(row++, new Label("Format"), format);
        form.addRow(row++, new Label("Title"), title);
        LocalDate date = briefing.situationDateProperty().get();
        form.addRow(row++, new Label("Situation"), new Label(date == null ? "all dates"
                : ExportSpec.situationText(date)));
        VBox toggles = new VBox(4, legend, scaleBar, northArrow, inset, attribution);
        form.addRow(row++, new Label("Show"), toggles);
        form.addRow(row++, new Label("Notes"), notes);
        seriesFrom.setPromptText("from");
        seriesTo.setPromptText("to");
        seriesFrom.setPrefWidth(125);
        seriesTo.setPrefWidth(125);
        seriesFrom.setId("seriesFrom");
        seriesTo.setId("seriesTo");
        for (var picker : List.of(seriesFrom, seriesTo)) {
            DatePickers.useDateText(picker, message -> {
                if (message != null) {
                    status.setText(message);
                }
            });
        }
        List<LocalDate> span = dateSpan();
        if (!span.isEmpty()) {
            seriesFrom.setValue(span.get(0));
            seriesTo.setValue(span.get(1));
        }
        exportSeries.setId("exportSeries");
        exportSeries.setOnAction(e -> chooseAndExportSeries());
        exportSeries.disableProperty().bind(seriesFrom.valueProperty().isNull().or(seriesTo.valueProperty().isNull()));
        form.addRow(row, new Label("Day by day"), new VBox(4, new HBox(4, seriesFrom, seriesTo), exportSeries,
                new Label("An animated GIF (one frame per day),\nor one PNG per day into a folder.")));

        export.setId("exportGo");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseAndExport());
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            } else {
                close();
            }
        });
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        HBox buttons = new HBox(8, progress, export, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(progress, javafx.scene.layout.Priority.ALWAYS);

        // Fixed pref and min sizes so the pane's size never depends on the image it shows; the image fits the pane.
        previewPane.setPrefSize(PREVIEW, PREVIEW);
        previewPane.setMinSize(PREVIEW_MIN, PREVIEW_MIN);
        previewPane.setStyle("-fx-background-color: #8a8a8a;");
        preview.setId("exportPreview");
        preview.setPreserveRatio(true);
        preview.fitWidthProperty().bind(previewPane.widthProperty());
        preview.fitHeightProperty().bind(previewPane.heightProperty());
        previewPane.widthProperty().addListener((o, a, b) -> refreshPreview());
        previewPane.heightProperty().addListener((o, a, b) -> refreshPreview());

        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setLeft(form);
        root.setCenter(previewPane);
        BorderPane.setMargin(previewPane, new Insets(0, 0, 0, 12));
        root.setBottom(new VBox(6, status, buttons));
        Scene scene = new Scene(root);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> stopWork());
        // Never smaller than the controls need; sized to the content when shown (see WindowPlacement).
        stage.setOnShown(e -> {
            stage.setMinWidth(root.minWidth(-1) + stage.getWidth() - scene.getWidth());
            stage.setMinHeight(root.minHeight(-1) + stage.getHeight() - scene.getHeight());
        });
        WindowPlacement.fitDialog(stage);

        for (var p : List.of(size.valueProperty(), format.valueProperty(), title.textProperty(),
                notes.textProperty(), width.valueProperty(), height.valueProperty())) {
            p.addListener((o, a, b) -> refreshPreview());
        }
        for (CheckBox c : List.of(legend, scaleBar, northArrow, inset, attribution)) {
            c.selectedProperty().addListener((o, a, b) -> refreshPreview());
        }
        refreshPreview();
    }

    public Stage stage() {
        return stage;
    }

    /** Closes the dialog, cancelling a running export first (its partial file is removed by the exporter). */
    public void close() {
        stopWork();
        stage.close();
    }

    private void stopWork() {
        previewCancel.set(true);
        if (running != null) {
            running.cancel();
        }
        worker.shutdownNow();
    }

    public void show() {
        stage.show();
    }

    /** The area the export shows (lon/lat). */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** Sets the area the export shows (lon/lat). */
    public void setExtent(Envelope lonLat) {
        this.extent = new Envelope(lonLat);
        showExtent();
        refreshPreview();
    }

    private void showExtent() {
        extentText.setText(String.format(Locale.ROOT, "%.2f°–%.2f° E, %.2f°–%.2f° N", extent.getMinX(),
                extent.getMaxX(), extent.getMinY(), extent.getMaxY()));
    }

    /** Hides the dialog while the user drags a frame on the map, then comes back with it. */
    private void pickFrame() {
        stage.hide();
        framePicker.accept(picked -> {
            if (picked != null) {
                setExtent(picked);
            }
            stage.show();
        });
    }

    /** The export as the controls describe it. */
    ExportSpec spec() {
        PageSize page = size.getValue() instanceof PageSize p ? p
                : PageSize.pixels(width.getValue(), height.getValue(), 96);
        return ExportSpec.of(extent, page, format.getValue())
                .withTitle(title.getText())
                .withSituationDate(briefing.situationDateProperty().get())
                .withNotes(notes.getText() == null || notes.getText().isBlank() ? null : notes.getText())
                .withFurniture(legend.isSelected(), scaleBar.isSelected(), northArrow.isSelected(),
                        inset.isSelected(), attribution.isSelected())
                .withStyleSheet(StyleSheets.byId(briefing.briefing().info().styleSheet()));
    }

    /** What the window already has loaded: no second load of the base map for an export. */
    private ExportContent content() {
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
        return new ExportContent(layers, annotations, insetLayers, credits);
    }

    private void refreshPreview() {
        previewCancel.set(true);
        AtomicBoolean cancelled = new AtomicBoolean();
        previewCancel = cancelled;
        ExportSpec full = spec();
        ExportContent content = content();
        double paneW = previewPane.getWidth() > 0 ? previewPane.getWidth() : PREVIEW;
        double paneH = previewPane.getHeight() > 0 ? previewPane.getHeight() : PREVIEW;
        double scale = Math.min(1.0, Math.min(paneW / full.page().width(), paneH / full.page().height()));
        int w = Math.max(PageSize.MIN_SIDE, (int) Math.round(full.page().width() * scale));
        int h = Math.max(PageSize.MIN_SIDE, (int) Math.round(full.page().height() * scale));
        // Same layout at preview size: the DPI shrinks with the page so text and lines keep their proportions.
        ExportSpec small = full.withPage(PageSize.pixels(w, h, full.page().dpi() * w / full.page().width()));
        status.setText(describe(full));
        worker.execute(() -> {
            if (cancelled.get()) {
                return;
            }
            try {
                BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
                new MapComposer(small, content).paint(img, cancelled::get);
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        preview.setImage(SwingFXUtils.toFXImage(img, null));
                    }
                });
            } catch (CancellationException e) {
                // a newer preview is on its way
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.setText("Preview failed: " + e.getMessage()));
            }
        });
    }

    /** First and last date any annotation mentions, or empty. */
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

    private void chooseAndExportSeries() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the situation day by day");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
                new FileChooser.ExtensionFilter("Folder of PNG files (give a folder name)", "*"));
        chooser.setInitialFileName(safeName(title.getText()) + ".gif");
        File f = WindowPlacement.withoutOwner(stage.getScene().getRoot(), chooser::showSaveDialog);
        if (f != null) {
            exportSeriesTo(f.toPath(), seriesFrom.getValue(), seriesTo.getValue());
        }
    }

    /**
     * One map per day from {@code first} to {@code last}: an animated GIF when {@code target} ends in .gif, else PNG
     * files named by date in the folder {@code target}. In the background, with progress and cancel.
     */
    Task<Path> exportSeriesTo(Path target, LocalDate first, LocalDate last) {
        ExportSpec spec = spec().withFormat(ExportFormat.PNG);
        ExportContent content = content();
        boolean gif = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                if (days < 1) {
                    throw new IllegalArgumentException("The last day " + last + " is before the first " + first);
                }
                if (gif) {
                    org.sitmap.export.GifSeriesWriter.write(target, 1000, days, i -> {
                        if (isCancelled()) {
                            throw new CancellationException();
                        }
                        updateProgress(i, days);
                        BufferedImage frame = new BufferedImage(spec.page().width(), spec.page().height(),
                                BufferedImage.TYPE_INT_ARGB_PRE);
                        new MapComposer(spec.withSituationDate(first.plusDays(i)), content).paint(frame,
                                this::isCancelled);
                        return frame;
                    });
                } else {
                    java.nio.file.Files.createDirectories(target);
                    for (int i = 0; i < days; i++) {
                        LocalDate day = first.plusDays(i);
                        updateProgress(i, days);
                        new PngExporter().export(new MapComposer(spec.withSituationDate(day), content),
                                target.resolve(day + ".png"), null, this::isCancelled);
                    }
                }
                updateProgress(days, days);
                return target;
            }
        };
        return run(task, target);
    }

    private static String describe(ExportSpec s) {
        return String.format(Locale.ROOT, "%s · %d × %d px at %.0f dpi", s.format(), s.page().width(),
                s.page().height(), s.page().dpi());
    }

    private void chooseAndExport() {
        ExportSpec spec = spec();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export map");
        String ext = spec.format() == ExportFormat.PDF ? "pdf" : "png";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        chooser.setInitialFileName(safeName(spec.title()) + "." + ext);
        File f = WindowPlacement.withoutOwner(stage.getScene().getRoot(), chooser::showSaveDialog);
        if (f != null) {
            Path target = f.getName().toLowerCase(Locale.ROOT).endsWith("." + ext) ? f.toPath()
                    : f.toPath().resolveSibling(f.getName() + "." + ext);
            exportTo(target);
        }
    }

    /** Writes the export in the background; the dialog shows progress and Cancel stops it (no partial file). */
    Task<Path> exportTo(Path target) {
        ExportSpec spec = spec();
        ExportContent content = content();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                MapComposer composer = new MapComposer(spec, content);
                if (spec.format() == ExportFormat.PDF) {
                    new PdfExporter().export(composer, target, p -> updateProgress(p, 1), this::isCancelled);
                } else {
                    new PngExporter().export(composer, target, p -> updateProgress(p, 1), this::isCancelled);
                }
                return target;
            }
        };
        return run(task, target);
    }

    private Task<Path> run(Task<Path> task, Path target) {
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        export.setDisable(true);
        status.setText("Exporting " + target.getFileName() + "…");
        task.setOnSucceeded(e -> finish("Exported " + target));
        task.setOnCancelled(e -> finish("Export cancelled; nothing written"));
        task.setOnFailed(e -> finish("Export failed: " + MainViewModel.messageOf(task.getException())));
        worker.execute(task);
        return task;
    }

    private void finish(String message) {
        running = null;
        progress.progressProperty().unbind();
        progress.setVisible(false);
        export.setDisable(false);
        status.setText(message);
    }

    private static String safeName(String title) {
        String s = title == null || title.isBlank() ? "map" : title.replaceAll("[^\\p{L}\\p{N} _-]+", "").trim();
        return s.isEmpty() ? "map" : s;
    }
}
