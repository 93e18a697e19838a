package org.sitmap.ui;

import javafx.scene.input.KeyCombination;

/**
 * What each user action is called and which key starts it; behaviour lives in the window, not here. Keys are
 * written as {@link KeyCombination#keyCombination} parses them into key codes: a key's name as KeyCode gives it
 * ("Close Bracket"), not the enum constant (CLOSE_BRACKET would be read as a typed character that never comes, and
 * shown as "Ctrl+CLOSE_BRACKET").
 */
public enum AppAction {
    NEW_BRIEFING("New briefing…", "Shortcut+N"),
    OPEN_BRIEFING("Open briefing…", "Shortcut+O"),
    OPEN_SUDAN_EXAMPLE("Open example: Sudan 2023", null),
    SAVE_AS("Save briefing as…", "Shortcut+Shift+S"),
    OPEN_GEOJSON("Add GeoJSON layer…", "Shortcut+Shift+O"),
    IMPORT_ANNOTATIONS("Import annotations (GeoJSON)…", null),
    EXPORT_ANNOTATIONS("Export annotations (GeoJSON)…", null),
    EXPORT_MAP("Export map (PNG, PDF)…", "Shortcut+E"),
    COPY_VIEW("Copy map view as image", "Shortcut+Shift+C"),
    QUIT("Quit", "Shortcut+Q"),
    ZOOM_IN("Zoom in", "Shortcut+EQUALS"),
    ZOOM_OUT("Zoom out", "Shortcut+MINUS"),
    ZOOM_THEATRE("Zoom to theatre", "Shortcut+T"),
    ZOOM_LAYER("Zoom to selected layer", "Shortcut+L"),
    UNDO("Undo", "Shortcut+Z"),
    REDO("Redo", "Shortcut+Y"),
    DELETE("Delete", "Delete"),
    DUPLICATE("Duplicate", "Shortcut+D"),
    COPY("Copy", "Shortcut+C"),
    PASTE("Paste", "Shortcut+V"),
    BRING_FORWARD("Bring forward", "Shortcut+Close Bracket"),
    SEND_BACK("Send back", "Shortcut+Open Bracket"),
    LOCK("Lock / unlock", "Shortcut+Shift+L"),
    SELECT_ALL("Select all", "Shortcut+A"),
    DELETE_VERTEX("Delete vertex", null),
    EDIT_PROPERTIES("Edit properties", null),
    ZOOM_TO_SELECTION("Zoom to", null),
    SPLIT_AS_OF_DATE("Split as of situation date", null),
    SET_SIDE("Set side", null),
    SET_DATES("Set dates…", null),
    SET_SOURCE("Set source…", null),
    CLIP_TO_REGION("Clip to region…", null),
    EDIT_SIDES("Sides…", null),
    FIND_PLACE("Find a place…", "Shortcut+F");

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
