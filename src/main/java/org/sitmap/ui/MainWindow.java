package org.sitmap.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.sitmap.basemap.BaseMap;

/**
 * The main window's content: menus, tool bar, layer panel, map and status bar, wired to a {@link MainViewModel}.
 * FX thread only.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel model;
    private final MapView mapView;
    private final LayerPanel layerPanel;
    private final StatusBar statusBar = new StatusBar();
    private final Label scaleLabel = new Label();
    private final Button cancelButton = new Button("Cancel");
    private Runnable onQuit = () -> { };

    public MainWindow(MainViewModel model) {
        this.model = model;
        this.mapView = new MapView(model);
        this.layerPanel = new LayerPanel(model);
        model.setNoticeSink(this::show);

        Label attribution = new Label(BaseMap.ATTRIBUTION);
        attribution.getStyleClass().add("attribution");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane mapArea = new StackPane(mapView, attribution);
        mapArea.setMinSize(0, 0);

        setTop(new VBox(menuBar(), toolBar()));
        setLeft(layerPanel);
        setCenter(mapArea);
        setBottom(buildStatusBar());
        installDragAndDrop();
        getStylesheets().add(MainWindow.class.getResource("sitmap.css").toExternalForm());
    }

    public MapView mapView() {
        return mapView;
    }

    public LayerPanel layerPanel() {
        return layerPanel;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public void setOnQuit(Runnable onQuit) {
        this.onQuit = onQuit;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().addAll(item(AppAction.OPEN_GEOJSON, this::chooseAndOpen), item(AppAction.QUIT,
                () -> onQuit.run()));
        Menu view = new Menu("View");
        view.getItems().addAll(item(AppAction.ZOOM_IN, model::zoomIn), item(AppAction.ZOOM_OUT, model::zoomOut),
                item(AppAction.ZOOM_THEATRE, model::zoomToTheatre),
                item(AppAction.ZOOM_LAYER, () -> model.zoomToLayer(layerPanel.list().getSelectionModel()
                        .getSelectedItem())));
        MenuBar bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(AppAction action, Runnable behaviour) {
        MenuItem item = new MenuItem(action.text());
        item.setAccelerator(action.accelerator());
        item.setOnAction(e -> behaviour.run());
        item.setId(action.name());
        return item;
    }

    private ToolBar toolBar() {
        Button open = toolButton("Open…", AppAction.OPEN_GEOJSON, this::chooseAndOpen);
        Button in = toolButton("+", AppAction.ZOOM_IN, model::zoomIn);
        Button out = toolButton("−", AppAction.ZOOM_OUT, model::zoomOut);
        Button theatre = toolButton("Theatre", AppAction.ZOOM_THEATRE, model::zoomToTheatre);
        in.setId("zoomIn");
        out.setId("zoomOut");
        theatre.setId("zoomTheatre");
        return new ToolBar(open, new Separator(), in, out, theatre);
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
        statusBar.textProperty().bind(Bindings.createStringBinding(() -> {
            String cursor = model.cursorTextProperty().get();
            return cursor.isEmpty() ? model.statusTextProperty().get() : cursor;
        }, model.cursorTextProperty(), model.statusTextProperty()));
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
        statusBar.getRightItems().addAll(cancelButton, new Separator(javafx.geometry.Orientation.VERTICAL),
                scaleLabel);
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
        Window owner = getScene() == null ? null : getScene().getWindow();
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            files.forEach(f -> model.openGeoJson(f.toPath()));
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
                if (MainViewModel.isGeoJsonName(p)) {
                    model.openGeoJson(p);
                    any = true;
                }
            }
            e.setDropCompleted(any);
            e.consume();
        });
    }

    private void show(Notice notice) {
        Alert.AlertType type = switch (notice.level()) {
            case INFO -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        };
        Alert alert = new Alert(type);
        alert.setTitle("Sitmap");
        alert.setHeaderText(notice.title());
        TextArea text = new TextArea(notice.text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, notice.text().split("\n").length + 1));
        text.setId("noticeText");
        alert.getDialogPane().setContent(text);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }
}
