package org.sitmap.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.sitmap.app.DefaultExtent;
import org.sitmap.basemap.BaseMap;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.KindTool;
import org.sitmap.ui.tools.DrawTool;
import org.sitmap.ui.tools.FrameTool;
import org.sitmap.ui.tools.KindTools;
import org.sitmap.ui.tools.MeasureTool;
import org.sitmap.ui.tools.SelectTool;
import org.sitmap.ui.tools.Tool;

/**
 * The main window's content: menus, tool bar, layer panel, map and status bar, wired to a {@link MainViewModel}.
 * FX thread only.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel model;
    private final BriefingViewModel briefing;
    private final BriefingSession session;
    private final MapView mapView;
    private final AnnotationPanel annotationPanel;
    private final ToggleGroup tools = new ToggleGroup();
    private final SelectTool selectTool = new SelectTool();
    private final LayerPanel layerPanel;
    private final StatusBar statusBar = new StatusBar();
    private final Label scaleLabel = new Label();
    private final Label cursorLabel = new Label();
    private final Button cancelButton = new Button("Cancel");
    private Runnable onQuit = () -> { };
    private final StyleSheetChoice styleSheets;
    private final PlaceNameChoice placeNames;

    public MainWindow(MainViewModel model, BriefingViewModel briefing, BriefingSession session) {
        this.model = model;
        this.briefing = briefing;
        this.session = session;
        this.styleSheets = new StyleSheetChoice(briefing);
        this.mapView = new MapView(model, briefing);
        mapView.styleSheetProperty().bind(styleSheets.sheetProperty());
        this.placeNames = new PlaceNameChoice(briefing);
        mapView.placeNamesProperty().bind(placeNames.namesProperty());
        model.styleSheetProperty().bind(styleSheets.sheetProperty());
        this.layerPanel = new LayerPanel(model);
        this.annotationPanel = new AnnotationPanel(briefing);
        annotationPanel.styleSheetProperty().bind(styleSheets.sheetProperty());
        annotationPanel.setOnZoomTo(a -> model.zoomToLonLat(AnnotationPanel.paddedExtent(a)));
        model.setNoticeSink(this::show);
        briefing.setNoticeSink(this::show);
        session.setNoticeSink(this::show);
        styleSheets.warnOfUnknownSheet();

        Label attribution = new Label(BaseMap.ATTRIBUTION);
        attribution.getStyleClass().add("attribution");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane mapStack = new StackPane(mapView, attribution);
        mapStack.setMinSize(0, 0);
        VBox.setVgrow(mapStack, javafx.scene.layout.Priority.ALWAYS);
        VBox mapArea = new VBox(mapStack, new TimelineBar(briefing));
        mapArea.setMinSize(0, 0);

        setTop(new VBox(menuRow(), toolBar()));
        setLeft(layerPanel);
        setCenter(mapArea);
        setRight(annotationPanel);
        setBottom(buildStatusBar());
        installDragAndDrop();
        session.fileProperty().addListener((o, was, now) -> model.zoomToLonLat(briefingExtent()));
        getStylesheets().add(MainWindow.class.getResource("sitmap.css").toExternalForm());
    }

    public MapView mapView() {
        return mapView;
    }

    public LayerPanel layerPanel() {
        return layerPanel;
    }

    public AnnotationPanel annotationPanel() {
        return annotationPanel;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    /**
     * The menus, and on the right of the same row the side of new annotations and the place search, where the tool
     * bar (which grows with every kind) cannot push them out of view.
     */
    private HBox menuRow() {
        MenuBar menus = menuBar();
        HBox.setHgrow(menus, Priority.ALWAYS);
        PlaceSearchField search = new PlaceSearchField(new PlaceSearch(model), mapView::requestFocus);
        ComboBox<BriefingSide> side = SidePicker.of(briefing.sides(), briefing.defaultSideProperty());
        side.setTooltip(new Tooltip("Side of new annotations"));
        side.setId("defaultSide");
        Label sideLabel = new Label("Side");
        HBox row = new HBox(menus, sideLabel, side, search);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.getStyleClass().add("menu-row");
        HBox.setMargin(sideLabel, new Insets(2, 4, 2, 6));
        HBox.setMargin(side, new Insets(2, 0, 2, 0));
        HBox.setMargin(search, new Insets(2, 6, 2, 6));
        return row;
    }

    /** File > Open recent, filled each time it opens. */
    private Menu recentMenu() {
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : session.recentFiles()) {
                MenuItem r = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                r.setOnAction(ev -> session.open(p));
                recent.getItems().add(r);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none yet)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none yet)"));
        return recent;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        Menu recent = recentMenu();
        file.getItems().addAll(item(AppAction.NEW_BRIEFING, this::chooseNewBriefing),
                item(AppAction.OPEN_BRIEFING, this::chooseOpenBriefing), recent,
                item(AppAction.OPEN_SUDAN_EXAMPLE, session::openSudanExample),
                item(AppAction.SAVE_AS, this::chooseSaveAs), new SeparatorMenuItem(),
                item(AppAction.OPEN_GEOJSON, this::chooseAndOpen),
                item(AppAction.IMPORT_ANNOTATIONS, this::chooseImport),
                item(AppAction.EXPORT_ANNOTATIONS, this::chooseExport), new SeparatorMenuItem(),
                item(AppAction.EXPORT_MAP, this::openExportDialog), new SeparatorMenuItem(),
                item(AppAction.QUIT, () -> onQuit.run()));
        Menu view = new Menu("View");
        view.getItems().addAll(item(AppAction.ZOOM_IN, model::zoomIn), item(AppAction.ZOOM_OUT, model::zoomOut),
                item(AppAction.ZOOM_THEATRE, () -> model.zoomToLonLat(briefingExtent())),
                item(AppAction.ZOOM_LAYER, () -> model.zoomToLayer(layerPanel.list().getSelectionModel()
                        .getSelectedItem())), new SeparatorMenuItem());
        view.getItems().addAll(placeNames.menuItems());
        view.getItems().addAll(new SeparatorMenuItem(), styleSheets.menu());
        Menu edit = new Menu("Edit");
        MenuItem undo = item(AppAction.UNDO, briefing::undo);
        undo.textProperty().bind(briefing.undoTextProperty());
        undo.disableProperty().bind(briefing.canUndoProperty().not());
        MenuItem redo = item(AppAction.REDO, briefing::redo);
        redo.textProperty().bind(briefing.redoTextProperty());
        redo.disableProperty().bind(briefing.canRedoProperty().not());
        AnnotationMenus menus = new AnnotationMenus(briefing, model, annotationPanel, this::owner);
        MenuItem paste = item(AppAction.PASTE, briefing::paste);
        MenuItem selectAll = item(AppAction.SELECT_ALL, briefing::selectAllVisible);
        MenuItem deleteVertex = item(AppAction.DELETE_VERTEX, selectTool::deleteActiveVertex);
        deleteVertex.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selectTool.activeVertexProperty().get() < 0 || mapView.toolProperty().get() != selectTool,
                selectTool.activeVertexProperty(), mapView.toolProperty()));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), item(AppAction.COPY_VIEW, this::copyView),
                menus.item(AppAction.COPY), paste, menus.item(AppAction.DUPLICATE), menus.item(AppAction.DELETE),
                deleteVertex, selectAll, new SeparatorMenuItem(), menus.item(AppAction.BRING_FORWARD),
                menus.item(AppAction.SEND_BACK), menus.item(AppAction.LOCK),
                menus.item(AppAction.SPLIT_AS_OF_DATE), new SeparatorMenuItem());
        edit.getItems().addAll(menus.settingItems());
        MenuItem clip = item(AppAction.CLIP_TO_REGION, () -> new ClipToRegion(model, briefing).run(owner()));
        clip.disableProperty().bind(Bindings.createBooleanBinding(() -> !ClipToRegion.canClip(briefing.selected()),
                briefing.selectedProperty()));
        edit.getItems().addAll(new SeparatorMenuItem(), clip, new SeparatorMenuItem(), item(AppAction.EDIT_SIDES,
                () -> SidesDialog.open(owner(), briefing.sides(), styleSheets.sheetProperty()::get)));
        menus.installContextMenus(mapView);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    static MenuItem item(AppAction action, Runnable behaviour) {
        MenuItem item = new MenuItem(action.text());
        item.setAccelerator(action.accelerator());
        item.setOnAction(e -> behaviour.run());
        item.setId(action.name());
        return item;
    }

    private ToolBar toolBar() {
        Button open = toolButton("Add layer…", AppAction.OPEN_GEOJSON, this::chooseAndOpen);
        Button in = toolButton("+", AppAction.ZOOM_IN, model::zoomIn);
        Button out = toolButton("−", AppAction.ZOOM_OUT, model::zoomOut);
        // The briefing's own area (its saved view, else its annotations), wherever in the world it is.
        Button theatre = toolButton("Theatre", AppAction.ZOOM_THEATRE, () -> model.zoomToLonLat(briefingExtent()));
        in.setId("zoomIn");
        out.setId("zoomOut");
        theatre.setId("zoomTheatre");
        ToolBar bar = new ToolBar(open, new Separator(), in, out, theatre, new Separator());
        ToggleButton pan = toolToggle("Pan", "Pan (H): drag the map", null, KeyCode.H);
        pan.setId("tool-pan");
        bar.getItems().add(pan);
        ToggleButton select = toolToggle("Select", "Select and edit (V)", selectTool, KeyCode.V);
        select.setId("tool-select");
        bar.getItems().add(select);
        bar.getItems().add(new Separator());
        // Every kind's drawing tools, in the order of the kinds, as their descriptors list them.
        for (AnnotationKind kind : AnnotationKind.values()) {
            for (KindTool t : kind.descriptor().tools()) {
                ToggleButton b = toolToggle(t.button(), t.tip(), KindTools.of(kind, t.gesture()),
                        KeyCode.getKeyCode(String.valueOf(t.key())));
                b.setId(KindTools.buttonId(kind, t.gesture()));
                bar.getItems().add(b);
            }
        }
        ToggleButton measure = toolToggle("Measure", "Measure distances, bearings and areas (G)", new MeasureTool(),
                KeyCode.G);
        measure.setId("tool-measure");
        bar.getItems().addAll(measure, new Separator());
        bar.getItems().addAll(SnapControls.create(mapView));
        pan.setSelected(true);
        tools.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // Clicking the active tool's button again unselects it: a tool stays on until another is picked.
                (was != null ? was : pan).setSelected(true);
                return;
            }
            mapView.toolProperty().set((Tool) now.getUserData());
            mapView.requestFocus();
        });
        installToolKeys(select);
        return bar;
    }

    /** Esc leaves a tool for Select; a tool's letter picks it. */
    private void installToolKeys(ToggleButton select) {
        mapView.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // Esc with no gesture half done leaves a tool for Select (Esc in a gesture is the tool's: it cancels it).
            Tool active = mapView.toolProperty().get();
            boolean picked = tools.getSelectedToggle() != null && tools.getSelectedToggle().getUserData() == active;
            if (e.getCode() == KeyCode.ESCAPE && picked && active != null && active != selectTool && !active.busy()) {
                tools.selectToggle(select);
                e.consume();
            }
        });
        mapView.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            for (Toggle t : tools.getToggles()) {
                if (((ToggleButton) t).getProperties().get(KeyCode.class) == e.getCode()) {
                    tools.selectToggle(t);
                    e.consume();
                    return;
                }
            }
        });
    }

    private ToggleButton toolToggle(String text, String tip, Tool tool, KeyCode key) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(tools);
        b.setUserData(tool);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getProperties().put(KeyCode.class, key);
        return b;
    }

    /** Activates the tool bar button whose tool draws {@code kind} (for tests and menus). */
    public void selectDrawTool(AnnotationKind kind) {
        for (Toggle t : tools.getToggles()) {
            if (t.getUserData() instanceof DrawTool d && d.kind() == kind) {
                tools.selectToggle(t);
            }
        }
    }

    private static Button toolButton(String text, AppAction action, Runnable behaviour) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(action.text() + " (" + action.accelerator().getDisplayText() + ")"));
        b.setOnAction(e -> behaviour.run());
        b.setFocusTraversable(false);
        return b;
    }

    private StatusBar buildStatusBar() {
        statusBar.setId("statusBar");
        // Hints and progress on the left, the cursor's position on the right: a tool's message stays readable while
        // the mouse is over the map.
        statusBar.textProperty().bind(model.statusTextProperty());
        cursorLabel.setId("cursorLabel");
        cursorLabel.textProperty().bind(model.cursorTextProperty());
        cursorLabel.setPadding(new Insets(0, 8, 0, 8));
        cursorLabel.setMinWidth(Region.USE_PREF_SIZE);
        scaleLabel.setId("scaleLabel");
        scaleLabel.textProperty().bind(model.scaleTextProperty());
        scaleLabel.setPadding(new Insets(0, 8, 0, 8));
        cancelButton.setId("cancelTask");
        cancelButton.setVisible(false);
        cancelButton.setManaged(false);
        cancelButton.setOnAction(e -> {
            Task<?> t = model.currentTaskProperty().get();
            if (t != null) {
                t.cancel();
            }
        });
        statusBar.getRightItems().addAll(cancelButton, cursorLabel,
                new Separator(javafx.geometry.Orientation.VERTICAL), scaleLabel);
        model.currentTaskProperty().addListener((o, was, task) -> {
            statusBar.progressProperty().unbind();
            boolean running = task != null;
            cancelButton.setVisible(running);
            cancelButton.setManaged(running);
            if (running) {
                statusBar.progressProperty().bind(task.progressProperty());
                model.statusTextProperty().bind(task.messageProperty());
            } else {
                model.statusTextProperty().unbind();
                statusBar.setProgress(0);
            }
        });
        return statusBar;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open GeoJSON");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json", "*.geojson.gz", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = WindowPlacement.withoutOwner(this, chooser::showOpenMultipleDialog);
        if (files != null) {
            files.forEach(f -> model.openGeoJson(f.toPath()));
        }
    }

    /** Where to look when a briefing opens: the same default as an export's (see {@link DefaultExtent}). */
    private org.locationtech.jts.geom.Envelope briefingExtent() {
        return DefaultExtent.of(briefing.briefing().info(), briefing.briefing().annotations());
    }

    /** Opens File > Export on the current view. */
    public ExportDialog openExportDialog() {
        ExportDialog dialog = new ExportDialog(owner(), model, briefing, done -> {
            // A temporary tool on the map; the previous one comes back when the frame is drawn or Esc is pressed.
            Tool previous = mapView.toolProperty().get();
            mapView.toolProperty().set(new FrameTool(picked -> {
                mapView.toolProperty().set(previous);
                done.accept(picked);
            }));
            mapView.requestFocus();
        });
        dialog.show();
        return dialog;
    }

    /** Puts the map as shown (the last finished frame) on the clipboard as an image. */
    public void copyView() {
        javafx.scene.image.Image frame = mapView.frameImage();
        if (frame == null) {
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putImage(frame);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        mapView.hint("Map view copied to the clipboard");
    }

    private FileChooser briefingChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sitmap briefing (GeoPackage)",
                "*.gpkg"));
        Path folder = session.folder();
        if (java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Path withExtension(File f, String ext) {
        String name = f.getName();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(ext) ? f.toPath()
                : f.toPath().resolveSibling(name + ext);
    }

    private void chooseNewBriefing() {
        File f = WindowPlacement.withoutOwner(this, briefingChooser("New briefing")::showSaveDialog);
        if (f != null) {
            Path p = withExtension(f, ".gpkg");
            String name = p.getFileName().toString();
            session.create(p, name.substring(0, name.length() - 5));
        }
    }

    private void chooseOpenBriefing() {
        File f = WindowPlacement.withoutOwner(this, briefingChooser("Open briefing")::showOpenDialog);
        if (f != null) {
            session.open(f.toPath());
        }
    }

    private void chooseSaveAs() {
        File f = WindowPlacement.withoutOwner(this, briefingChooser("Save briefing as")::showSaveDialog);
        if (f != null) {
            session.saveAs(withExtension(f, ".gpkg"));
        }
    }

    private FileChooser geoJsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GeoJSON", "*.geojson", "*.json"));
        return chooser;
    }

    private void chooseImport() {
        File f = WindowPlacement.withoutOwner(this, geoJsonChooser("Import annotations")::showOpenDialog);
        if (f != null) {
            session.importAnnotations(f.toPath());
        }
    }

    private void chooseExport() {
        File f = WindowPlacement.withoutOwner(this, geoJsonChooser("Export annotations")::showSaveDialog);
        if (f != null) {
            session.exportAnnotations(withExtension(f, ".geojson"));
        }
    }

    private void installDragAndDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean any = false;
            for (File f : e.getDragboard().getFiles()) {
                Path p = f.toPath();
                if (p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
                    session.open(p);
                    any = true;
                } else if (MainViewModel.isGeoJsonName(p)) {
                    model.openGeoJson(p);
                    any = true;
                }
            }
            e.setDropCompleted(any);
            e.consume();
        });
    }

    private void show(Notice notice) {
        NoticeAlert.show(notice, owner());
    }
}
