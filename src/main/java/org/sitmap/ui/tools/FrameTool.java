package org.sitmap.ui.tools;

import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Envelope;

/**
 * Drags a rectangle on the map and hands its lon/lat extent to a callback (the export dialog's "drag a frame").
 * Esc hands back null.
 */
public final class FrameTool implements Tool {
    private final Consumer<Envelope> done;
    private ToolHost host;
    private double x0;
    private double y0;
    private double x1;
    private double y1;
    private boolean dragging;

    public FrameTool(Consumer<Envelope> done) {
        this.done = done;
    }

    @Override
    public String name() {
        return "Export frame";
    }

    @Override
    public String hint() {
        return "Drag a rectangle around what the export should show · Esc keeps the current view";
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
    }

    @Override
    public void deactivate() {
        dragging = false;
    }

    @Override
    public boolean mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        x0 = x1 = e.getX();
        y0 = y1 = e.getY();
        dragging = true;
        return true;
    }

    @Override
    public boolean mouseDragged(MouseEvent e) {
        x1 = e.getX();
        y1 = e.getY();
        host.repaintOverlay();
        return true;
    }

    @Override
    public boolean mouseReleased(MouseEvent e) {
        dragging = false;
        host.repaintOverlay();
        if (Math.abs(x1 - x0) < 8 || Math.abs(y1 - y0) < 8) {
            host.hint("The frame is too small: drag a larger rectangle");
            return true;
        }
        double[] a = host.viewport().screenToLonLat(Math.min(x0, x1), Math.max(y0, y1));
        double[] b = host.viewport().screenToLonLat(Math.max(x0, x1), Math.min(y0, y1));
        done.accept(new Envelope(a[0], b[0], a[1], b[1]));
        return true;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            done.accept(null);
            return true;
        }
        return false;
    }

    @Override
    public void paintOverlay(GraphicsContext g) {
        if (!dragging) {
            return;
        }
        g.setStroke(Color.web("#c62828"));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        g.setLineDashes();
    }
}
