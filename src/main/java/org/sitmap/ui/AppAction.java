package org.sitmap.ui;

import javafx.scene.input.KeyCombination;

/** What each user action is called and which key starts it; behaviour lives in the window, not here. */
public enum AppAction {
    OPEN_GEOJSON("Open GeoJSON…", "Shortcut+O"),
    QUIT("Quit", "Shortcut+Q"),
    ZOOM_IN("Zoom in", "Shortcut+EQUALS"),
    ZOOM_OUT("Zoom out", "Shortcut+MINUS"),
    ZOOM_THEATRE("Zoom to theatre", "Shortcut+T"),
    ZOOM_LAYER("Zoom to selected layer", "Shortcut+L");

    private final String text;
    private final String accelerator;

    AppAction(String text, String accelerator) {
        this.text = text;
        this.accelerator = accelerator;
    }

    public String text() {
        return text;
    }

    public KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }
}
