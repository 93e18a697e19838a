package org.sitmap.ui.tools;

import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A way the mouse and keyboard act on the map (JOSM's map modes, JTS TestBuilder's tools). The map view hands
 * events to the active tool first; what the tool does not consume falls through to panning and zooming. A tool
 * changes the briefing once, through one command, when its gesture ends; until then it only draws previews on the
 * overlay. FX thread only.
 */
public interface Tool {
    /** Shown in the tool bar's tooltip and the status bar. */
    String name();

    /** How to use it, for the status bar. */
    String hint();

    default Cursor cursor() {
        return Cursor.DEFAULT;
    }

    /** Called when the tool becomes active on a host. */
    void activate(ToolHost host);

    /** Called when another tool takes over: drop previews and half-done gestures. */
    void deactivate();

    /** @return true if consumed (the map then does not pan) */
    default boolean mousePressed(MouseEvent e) {
        return false;
    }

    default boolean mouseDragged(MouseEvent e) {
        return false;
    }

    default boolean mouseReleased(MouseEvent e) {
        return false;
    }

    /** A press and release without a drag. */
    default boolean mouseClicked(MouseEvent e) {
        return false;
    }

    default void mouseMoved(MouseEvent e) {
    }

    default boolean keyPressed(KeyEvent e) {
        return false;
    }

    /** True while a gesture is half done (points clicked, a drag under way): Esc then belongs to the tool. */
    default boolean busy() {
        return false;
    }

    /** Paints previews and handles in screen pixels over the map. */
    default void paintOverlay(GraphicsContext g) {
    }
}
