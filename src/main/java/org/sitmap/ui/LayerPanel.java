package org.sitmap.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The layer list: topmost layer first, a visibility check box and an opacity slider per layer, and buttons to
 * reorder, zoom to and remove the selected layer. FX thread only.
 */
public final class LayerPanel extends VBox {
    private final ListView<LayerItem> list = new ListView<>();

    public LayerPanel(MainViewModel model) {
        getStyleClass().add("layer-panel");
        setSpacing(6);
        setPadding(new Insets(8));
        setPrefWidth(300);
        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");

        // The panel shows the stack top first, the model keeps drawing order (bottom first).
        ObservableList<LayerItem> topFirst = FXCollections.observableArrayList();
        Runnable sync = () -> {
            List<LayerItem> reversed = new ArrayList<>(model.layers());
            Collections.reverse(reversed);
            LayerItem selected = list.getSelectionModel().getSelectedItem();
            topFirst.setAll(reversed);
            if (selected != null) {
                list.getSelectionModel().select(selected);
            }
        };
        model.layers().addListener((ListChangeListener<LayerItem>) c -> sync.run());
        sync.run();
        list.setItems(topFirst);
        list.setId("layerList");
        list.setCellFactory(v -> new LayerCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button up = button("▲", "Move the layer up (drawn later, on top)");
        Button down = button("▼", "Move the layer down");
        Button zoom = button("Zoom to layer", "Fit the map to the layer's extent");
        Button remove = button("Remove", "Remove the layer from the map");
        zoom.setId("zoomToLayer");
        var none = Bindings.isNull(list.getSelectionModel().selectedItemProperty());
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        zoom.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        up.setOnAction(e -> model.moveUp(list.getSelectionModel().getSelectedItem()));
        down.setOnAction(e -> model.moveDown(list.getSelectionModel().getSelectedItem()));
        zoom.setOnAction(e -> model.zoomToLayer(list.getSelectionModel().getSelectedItem()));
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(4, up, down, zoom, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, list, buttons);
    }

    public ListView<LayerItem> list() {
        return list;
    }

    private static Button button(String text, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /**
     * One row: visibility, name, opacity. The check box alone toggles visibility; the name is a plain label, so a
     * click on it selects the row like anywhere else in it. Bindings follow the item the cell currently shows.
     */
    private static final class LayerCell extends ListCell<LayerItem> {
        private final CheckBox visible = new CheckBox();
        private final Label name = new Label();
        private final Slider opacity = new Slider(0, 1, 1);
        private final HBox row;
        private LayerItem bound;

        LayerCell() {
            opacity.setPrefWidth(64);
            opacity.setMinWidth(64);
            opacity.setTooltip(new Tooltip("Opacity"));
            visible.getStyleClass().add("layer-visible");
            visible.setMinWidth(Region.USE_PREF_SIZE);
            name.getStyleClass().add("layer-name");
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            row = new HBox(6, visible, name, opacity);
            // Let the row shrink to the list's width instead of growing a horizontal scroll bar.
            setPrefWidth(0);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(LayerItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                visible.selectedProperty().unbindBidirectional(bound.visibleProperty());
                opacity.valueProperty().unbindBidirectional(bound.opacityProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            name.setText(item.name());
            name.setTooltip(new Tooltip(item.name() + "\n" + item.layer().features().size() + " features\n"
                    + item.layer().source()));
            visible.setTooltip(new Tooltip("Show or hide " + item.name()));
            visible.selectedProperty().bindBidirectional(item.visibleProperty());
            opacity.valueProperty().bindBidirectional(item.opacityProperty());
            setText(null);
            setGraphic(row);
        }
    }
}
