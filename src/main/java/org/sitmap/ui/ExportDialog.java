package org.sitmap.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.PageSize;

/**
 * File > Export: size, format and layout elements on the left, a live preview of the page on the right (drawn by
 * the same composer as the file, at preview size), and the export itself in the background with progress and
 * cancel. The view: its controls are bound to an {@link ExportViewModel}, which does the work. The extent is the
 * map view at the moment the dialog opened. FX thread only.
 */
public final class ExportDialog {
    /** The preview's longest side at first; it grows with the dialog. */
    private static final int PREVIEW = 560;
    private static final int PREVIEW_MIN = 240;
    private static final String[] FURNITURE = {"Legend", "Scale bar", "North arrow", "Locator inset", "Attribution"};

    private final Stage stage = new Stage();
    private final ExportViewModel vm;
    private final Consumer<Consumer<Envelope>> framePicker;
    private final ImageView preview = new ImageView();
    private final StackPane previewPane = new StackPane(preview);
    private final Label status = new Label();
    private final Button export = new Button("Export…");
    private final DatePicker seriesFrom = new DatePicker();
    private final DatePicker seriesTo = new DatePicker();

    /**
     * @param framePicker lets the user drag a frame on the map and calls back with its extent (null: cancelled);
     *                    null when the dialog offers only the current view
     */
    public ExportDialog(Window owner, MainViewModel model, BriefingViewModel briefing,
            Consumer<Consumer<Envelope>> framePicker) {
        this.vm = new ExportViewModel(model, briefing);
        this.framePicker = framePicker;
        stage.initOwner(owner);
        // Lets whoever finds the window (tests, the shortcut's caller) reach the dialog behind it.
        stage.setUserData(this);
        // Not modal: a modal dialog makes JavaFX 21's GTK glass pin its owner's size, which un-maximised the main
        // window under openbox. Owned, it stays above the main window.
        stage.initModality(Modality.NONE);
        stage.setTitle("Export map");
        status.textProperty().bind(vm.statusProperty());
        BorderPane root = new BorderPane();
        root.setPadding(new Insets(12));
        root.setLeft(form());
        root.setCenter(previewPane());
        BorderPane.setMargin(previewPane, new Insets(0, 0, 0, 12));
        root.setBottom(new VBox(6, status, buttons()));
        showIn(root);
        refreshOnChange();
        refreshPreview();
    }

    /** The form on the left: extent, size, format, title, situation, furniture, notes, series. */
    private GridPane form() {
        GridPane form = new GridPane();
        form.setId("exportForm");
        // Never squeezed: at the dialog's minimum size every control is still whole.
        form.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label("Extent"), extentControls());
        ComboBox<Object> size = new ComboBox<>();
        size.getItems().addAll(vm.sizes());
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        size.setId("exportSize");
        form.addRow(row++, new Label("Size"), size);
        form.add(customSize(), 1, row++);
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.getItems().addAll(vm.formats());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setId("exportFormat");
        form.addRow(row++, new Label("Format"), format);
        TextField title = new TextField();
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.setId("exportTitle");
        form.addRow(row++, new Label("Title"), title);
        form.addRow(row++, new Label("Situation"), new Label(vm.situationText()));
        form.addRow(row++, new Label("Show"), furniture());
        TextArea notes = new TextArea();
        notes.setPromptText("Optional notes box");
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        form.addRow(row++, new Label("Notes"), notes);
        form.addRow(row, new Label("Day by day"), series());
        return form;
    }

    private VBox extentControls() {
        Label extentText = new Label(vm.extentText());
        vm.extentProperty().addListener((o, a, b) -> extentText.setText(vm.extentText()));
        Button frame = new Button("Drag a frame on the map…");
        frame.setId("exportFrame");
        frame.setVisible(framePicker != null);
        frame.setOnAction(e -> pickFrame());
        Button currentView = new Button("Current view");
        currentView.setOnAction(e -> vm.useCurrentView());
        return new VBox(4, extentText, new HBox(4, currentView, frame));
    }

    private HBox customSize() {
        Spinner<Integer> width = new Spinner<>(PageSize.MIN_SIDE, 8192, vm.widthProperty().get(), 64);
        Spinner<Integer> height = new Spinner<>(PageSize.MIN_SIDE, 8192, vm.heightProperty().get(), 64);
        width.setEditable(true);
        height.setEditable(true);
        vm.widthProperty().bind(width.valueProperty());
        vm.heightProperty().bind(height.valueProperty());
        HBox custom = new HBox(4, width, new Label("×"), height);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(vm.sizeProperty().isEqualTo(ExportViewModel.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        return custom;
    }

    private VBox furniture() {
        VBox toggles = new VBox(4);
        List<BooleanProperty> switches = vm.furniture();
        for (int i = 0; i < switches.size(); i++) {
            CheckBox c = new CheckBox(FURNITURE[i]);
            c.selectedProperty().bindBidirectional(switches.get(i));
            toggles.getChildren().add(c);
        }
        Button legend = new Button("Edit legend…");
        legend.setId("exportEditLegend");
        legend.setOnAction(e -> new LegendDialog(stage, vm.briefing(), this::refreshPreview).stage().show());
        toggles.getChildren().add(1, legend);
        return toggles;
    }

    private VBox series() {
        seriesFrom.setPromptText("from");
        seriesTo.setPromptText("to");
        seriesFrom.setId("seriesFrom");
        seriesTo.setId("seriesTo");
        for (DatePicker picker : List.of(seriesFrom, seriesTo)) {
            picker.setPrefWidth(125);
            DatePickers.useDateText(picker, message -> {
                if (message != null) {
                    vm.statusProperty().set(message);
                }
            });
        }
        seriesFrom.valueProperty().bindBidirectional(vm.seriesFromProperty());
        seriesTo.valueProperty().bindBidirectional(vm.seriesToProperty());
        Button exportSeries = new Button("Export series…");
        exportSeries.setId("exportSeries");
        exportSeries.setOnAction(e -> chooseAndExportSeries());
        exportSeries.disableProperty().bind(seriesFrom.valueProperty().isNull().or(seriesTo.valueProperty().isNull()));
        return new VBox(4, new HBox(4, seriesFrom, seriesTo), exportSeries,
                new Label("An animated GIF (one frame per day),\nor one PNG per day into a folder."));
    }

    private HBox buttons() {
        export.setId("exportGo");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> {
            if (!vm.cancel()) {
                close();
            }
        });
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.busyProperty());
        vm.runningProperty().addListener((o, was, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
            }
        });
        HBox buttons = new HBox(8, progress, export, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(progress, Priority.ALWAYS);
        return buttons;
    }

    private Node previewPane() {
        // Fixed pref and min sizes so the pane's size never depends on the image it shows; the image fits the pane.
        previewPane.setPrefSize(PREVIEW, PREVIEW);
        previewPane.setMinSize(PREVIEW_MIN, PREVIEW_MIN);
        previewPane.setStyle("-fx-background-color: #8a8a8a;");
        preview.setId("exportPreview");
        preview.setPreserveRatio(true);
        preview.fitWidthProperty().bind(previewPane.widthProperty());
        preview.fitHeightProperty().bind(previewPane.heightProperty());
        vm.previewProperty().addListener((o, a, img) -> preview.setImage(img == null ? null
                : SwingFXUtils.toFXImage(img, null)));
        return previewPane;
    }

    private void showIn(BorderPane root) {
        Scene scene = new Scene(root);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.dispose());
        // Never smaller than the controls need; sized to the content when shown (see WindowPlacement).
        stage.setOnShown(e -> {
            stage.setMinWidth(root.minWidth(-1) + stage.getWidth() - scene.getWidth());
            stage.setMinHeight(root.minHeight(-1) + stage.getHeight() - scene.getHeight());
        });
        WindowPlacement.fitDialog(stage);
    }

    /** A new preview whenever the page or what is on it changes, and when the pane is resized. */
    private void refreshOnChange() {
        previewPane.widthProperty().addListener((o, a, b) -> refreshPreview());
        previewPane.heightProperty().addListener((o, a, b) -> refreshPreview());
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(vm.extentProperty(), vm.sizeProperty(), vm.formatProperty(), vm.titleProperty(),
                vm.notesProperty(), vm.widthProperty(), vm.heightProperty())) {
            p.addListener((o, a, b) -> refreshPreview());
        }
        vm.furniture().forEach(p -> p.addListener((o, a, b) -> refreshPreview()));
    }

    public Stage stage() {
        return stage;
    }

    /** The view model behind the controls. */
    public ExportViewModel viewModel() {
        return vm;
    }

    /** Closes the dialog, cancelling a running export first (its partial file is removed by the exporter). */
    public void close() {
        vm.dispose();
        stage.close();
    }

    public void show() {
        stage.show();
    }

    /** The area the export shows (lon/lat). */
    public Envelope extent() {
        return new Envelope(vm.extentProperty().get());
    }

    /** Sets the area the export shows (lon/lat). */
    public void setExtent(Envelope lonLat) {
        vm.extentProperty().set(new Envelope(lonLat));
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
        return vm.spec();
    }

    private void refreshPreview() {
        double paneW = previewPane.getWidth() > 0 ? previewPane.getWidth() : PREVIEW;
        double paneH = previewPane.getHeight() > 0 ? previewPane.getHeight() : PREVIEW;
        vm.refreshPreview(paneW, paneH);
    }

    private void chooseAndExportSeries() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the situation day by day");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Animated GIF", "*.gif"),
                new FileChooser.ExtensionFilter("Folder of PNG files (give a folder name)", "*"));
        chooser.setInitialFileName(vm.fileName() + ".gif");
        File f = WindowPlacement.withoutOwner(stage.getScene().getRoot(), chooser::showSaveDialog);
        if (f != null) {
            exportSeriesTo(f.toPath(), seriesFrom.getValue(), seriesTo.getValue());
        }
    }

    /** See {@link ExportViewModel#exportSeriesTo}. */
    Task<Path> exportSeriesTo(Path target, LocalDate first, LocalDate last) {
        return vm.exportSeriesTo(target, first, last);
    }

    private void chooseAndExport() {
        String ext = vm.formatProperty().get().extension();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export map");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        chooser.setInitialFileName(vm.fileName() + "." + ext);
        File f = WindowPlacement.withoutOwner(stage.getScene().getRoot(), chooser::showSaveDialog);
        if (f != null) {
            Path target = f.getName().toLowerCase(Locale.ROOT).endsWith("." + ext) ? f.toPath()
                    : f.toPath().resolveSibling(f.getName() + "." + ext);
            exportTo(target);
        }
    }

    /** See {@link ExportViewModel#exportTo}. */
    Task<Path> exportTo(Path target) {
        return vm.exportTo(target);
    }
}
