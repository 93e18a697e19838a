package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Coordinate;
import org.sitmap.geo.Measurement;
import org.sitmap.render.Viewport;

/**
 * Measures on the ground without drawing anything: click points to see each leg's geodesic length, the total and the
 * bearing of the last leg; double-click or Enter finishes, and a path of three points or more then also gives the
 * area it encloses. Nothing is saved. Esc clears; the next click after a finished measurement starts a new one.
 */
public final class MeasureTool implements Tool {
    private static final Color INK = Color.web("#1565c0");

    private final List<Coordinate> points = new ArrayList<>();
    private ToolHost host;
    private Coordinate cursor;
    private Snapper.Snap cursorSnap;
    private boolean finished;

    @Override
    public String name() {
        return "Measure";
    }

    @Override
    public String hint() {
        return "Click points to measure distances and bearings · double-click or Enter finishes (3 points or more:"
                + " also the area) · Esc clears";
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
        clear();
    }

    @Override
    public void deactivate() {
        clear();
        host.repaintOverlay();
    }

    private void clear() {
        points.clear();
        cursor = null;
        cursorSnap = null;
        finished = false;
    }

    /** The measurement shown now: the points clicked, with the pointer as the next one while measuring. */
    public Measurement measurement() {
        List<Coordinate> shown = new ArrayList<>(points);
        if (!finished && cursor != null && !points.isEmpty()) {
            shown.add(cursor);
        }
        return Measurement.of(shown, finished);
    }

    @Override
    public boolean mouseClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        if (e.getClickCount() >= 2) {
            // The first click of the double-click already added this point.
            finish();
            return true;
        }
        if (finished) {
            clear();
        }
        points.add(host.snap(e.getX(), e.getY()).at());
        report();
        host.repaintOverlay();
        return true;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        if (finished) {
            return;
        }
        cursorSnap = host.snap(e.getX(), e.getY());
        cursor = cursorSnap.at();
        if (!points.isEmpty()) {
            report();
        }
        host.repaintOverlay();
    }

    @Override
    public boolean busy() {
        return !points.isEmpty();
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            finish();
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            clear();
            host.repaintOverlay();
            host.hint("Measurement cleared");
            return true;
        }
        if (e.getCode() == KeyCode.BACK_SPACE && !points.isEmpty() && !finished) {
            points.remove(points.size() - 1);
            report();
            host.repaintOverlay();
            return true;
        }
        return false;
    }

    private void finish() {
        if (points.size() < 2) {
            host.hint("A measurement needs at least 2 points: click where it starts and where it ends");
            return;
        }
        finished = true;
        cursor = null;
        cursorSnap = null;
        report();
        host.repaintOverlay();
    }

    private void report() {
        Measurement m = measurement();
        String prefix = finished ? "Measured: " : "";
        host.hint(prefix + m.text() + (finished && m.legsKm().size() > 1
                ? String.format(Locale.ROOT, " (%d legs)", m.legsKm().size()) : ""));
    }

    @Override
    public void paintOverlay(GraphicsContext g) {
        Viewport v = host.viewport();
        ToolMarks.snap(g, v, cursorSnap);
        if (points.isEmpty()) {
            return;
        }
        Measurement m = measurement();
        List<Coordinate> shown = new ArrayList<>(points);
        if (!finished && cursor != null) {
            shown.add(cursor);
        }
        boolean area = finished && points.size() >= 3;
        Overlay.path(g, v, shown, area, INK, 2, area);
        List<Double> legs = m.legsKm();
        for (int i = 0; i < legs.size(); i++) {
            Point2D a = v.lonLatToScreen(shown.get(i).x, shown.get(i).y);
            Point2D b = v.lonLatToScreen(shown.get(i + 1).x, shown.get(i + 1).y);
            ToolMarks.label(g, (a.getX() + b.getX()) / 2 + 6, (a.getY() + b.getY()) / 2 - 12,
                    Measurement.km(legs.get(i)));
        }
        for (Coordinate c : points) {
            Point2D p = v.lonLatToScreen(c.x, c.y);
            Overlay.handle(g, p.getX(), p.getY(), false);
        }
        if (legs.isEmpty()) {
            return;
        }
        Coordinate last = shown.get(shown.size() - 1);
        Point2D p = v.lonLatToScreen(last.x, last.y);
        String summary = String.format(Locale.ROOT, "total %s · %.0f°", Measurement.km(m.totalKm()),
                m.lastBearingDeg());
        if (area) {
            summary += String.format(Locale.ROOT, " · %,.1f km²", m.areaKm2());
        }
        ToolMarks.label(g, p.getX() + 14, p.getY() + 16, summary);
    }
}
