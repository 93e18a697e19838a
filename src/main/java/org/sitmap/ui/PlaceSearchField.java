package org.sitmap.ui;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.sitmap.basemap.PlaceIndex;

/**
 * The tool bar's "Find a place…" field: as the analyst types, a list under it shows matching towns and regions
 * (Cyrillic or Latin); Up/Down choose, Enter or a click goes there, Esc closes the list. Shortcut+F focuses the
 * field from anywhere in the window. FX thread only.
 */
public final class PlaceSearchField extends TextField {
    private static final int SHOWN = 12;

    private final PlaceSearch search;
    private final Runnable afterGo;
    private final ListView<PlaceIndex.Place> list = new ListView<>();
    private final Popup popup = new Popup();

    /** @param afterGo run after the map moved to a place (gives the map the keyboard back) */
    public PlaceSearchField(PlaceSearch search, Runnable afterGo) {
        this.search = search;
        this.afterGo = afterGo;
        setId("placeSearch");
        setPromptText("Find a place…");
        setPrefColumnCount(16);
        setTooltip(new Tooltip("Find a town or region, in Latin or Cyrillic letters ("
                + AppAction.FIND_PLACE.accelerator().getDisplayText() + ")"));
        list.setId("placeResults");
        list.setFocusTraversable(false);
        list.setPrefHeight(SHOWN * 24 + 4);
        list.setOnMouseClicked(e -> {
            PlaceIndex.Place p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                go(p);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        textProperty().addListener((o, was, now) -> refresh());
        search.readyProperty().addListener((o, was, now) -> refresh());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnAction(e -> goToChoice());
        sceneProperty().addListener((o, was, now) -> installShortcut(now));
    }

    private void installShortcut(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(AppAction.FIND_PLACE.accelerator(), () -> {
                requestFocus();
                selectAll();
            });
        }
    }

    private void refresh() {
        if (!isFocused() && getText().isBlank()) {
            popup.hide();
            return;
        }
        List<PlaceIndex.Place> found = search.search(getText(), SHOWN);
        list.getItems().setAll(found);
        if (found.isEmpty()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().selectFirst();
        list.setPrefWidth(Math.max(getWidth(), 340));
        list.setPrefHeight(Math.min(SHOWN, found.size()) * 24 + 4);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY());
        }
    }

    private void onKey(KeyEvent e) {
        var selection = list.getSelectionModel();
        if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
            selection.select(Math.min(list.getItems().size() - 1, selection.getSelectedIndex() + 1));
            list.scrollTo(selection.getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.UP && !list.getItems().isEmpty()) {
            selection.select(Math.max(0, selection.getSelectedIndex() - 1));
            list.scrollTo(selection.getSelectedIndex());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            afterGo.run();
            e.consume();
        }
    }

    private void goToChoice() {
        PlaceIndex.Place chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null || list.getItems().isEmpty()) {
            List<PlaceIndex.Place> found = search.search(getText(), 1);
            chosen = found.isEmpty() ? null : found.get(0);
        }
        if (chosen == null) {
            search.nothingFound(getText());
            return;
        }
        go(chosen);
    }

    private void go(PlaceIndex.Place p) {
        popup.hide();
        search.go(p);
        afterGo.run();
    }
}
