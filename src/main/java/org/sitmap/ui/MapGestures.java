package org.sitmap.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.sitmap.render.Viewport;
import org.sitmap.ui.tools.Tool;

/**
 * The map's mouse and keys: the active tool has each event first; what it leaves pans (a drag, the arrow keys) and
 * zooms (the wheel, a double click, + and -) the view. FX thread only.
 */
final class MapGestures {
    private final MapView view;
    private final MainViewModel model;
    private final ObjectProperty<Tool> tool;
    /** Whether the tool took the press, and so the drag and release after it. */
    private boolean toolGesture;
    private double pressX;
    private double pressY;
    private Viewport pressViewport;
    private boolean dragging;

    private MapGestures(MapView view, MainViewModel model, ObjectProperty<Tool> tool) {
        this.view = view;
        this.model = model;
        this.tool = tool;
    }

    /** Handles the map's mouse and key events from now on. */
    static void attach(MapView view, MainViewModel model, ObjectProperty<Tool> tool) {
        MapGestures g = new MapGestures(view, model, tool);
        view.setOnMousePressed(g::onPressed);
        view.setOnMouseDragged(g::onDragged);
        view.setOnMouseReleased(g::onReleased);
        view.setOnMouseMoved(e -> {
            model.updateCursor(e.getX(), e.getY());
            if (tool.get() != null) {
                tool.get().mouseMoved(e);
            }
        });
        view.setOnMouseExited(e -> model.clearCursor());
        view.setOnScroll(g::onScroll);
        view.addEventHandler(KeyEvent.KEY_PRESSED, g::onKey);
    }

    private void onPressed(MouseEvent e) {
        view.requestFocus();
        toolGesture = tool.get() != null && tool.get().mousePressed(e);
        if (toolGesture) {
            pressViewport = null;
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            pressX = e.getX();
            pressY = e.getY();
            pressViewport = model.viewport();
            dragging = false;
        }
    }

    private void onDragged(MouseEvent e) {
        if (toolGesture) {
            tool.get().mouseDragged(e);
            return;
        }
        if (pressViewport == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < 2) {
            return;
        }
        dragging = true;
        view.setCursor(Cursor.CLOSED_HAND);
        model.viewportProperty().set(pressViewport.pannedBy(dx, dy));
        model.updateCursor(e.getX(), e.getY());
    }

    private void onReleased(MouseEvent e) {
        if (toolGesture) {
            toolGesture = false;
            tool.get().mouseReleased(e);
            return;
        }
        if (dragging) {
            view.setToolCursor(Cursor.DEFAULT);
        } else if (tool.get() != null && tool.get().mouseClicked(e)) {
            // the tool used the click
        } else if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY) {
            model.zoomAt(2, e.getX(), e.getY());
        }
        pressViewport = null;
        dragging = false;
    }

    private void onScroll(ScrollEvent e) {
        double delta = e.getDeltaY();
        if (delta == 0) {
            return;
        }
        // One wheel notch (40 units) zooms by about 1.41: two notches double the scale.
        double factor = Math.pow(2, delta / 80.0);
        model.zoomAt(factor, e.getX(), e.getY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (tool.get() != null && tool.get().keyPressed(e)) {
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case LEFT -> model.panByFraction(0.25, 0);
            case RIGHT -> model.panByFraction(-0.25, 0);
            case UP -> model.panByFraction(0, 0.25);
            case DOWN -> model.panByFraction(0, -0.25);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
