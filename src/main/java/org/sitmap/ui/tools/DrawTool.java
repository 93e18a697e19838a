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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/**
 * Draws a new annotation of one kind: areas and lines by clicking vertices (double-click or Enter finishes, Esc
 * cancels, Backspace removes the last vertex), points with one click. The annotation is added with one command when
 * the shape is finished; until then only a preview is drawn. Dragging still pans the map.
 */
public final class DrawTool implements Tool {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final AnnotationKind kind;
    private final List<Coordinate> points = new ArrayList<>();
    private ToolHost host;
    private Coordinate cursor;
    private Snapper.Snap cursorSnap;

    public DrawTool(AnnotationKind kind) {
        this.kind = kind;
    }

    public AnnotationKind kind() {
        return kind;
    }

    @Override
    public String name() {
        return "Draw " + kind.label().toLowerCase(Locale.ROOT);
    }

    @Override
    public String hint() {
        return switch (kind.shape()) {
            case POINT -> "Click to place the " + kind.label().toLowerCase(Locale.ROOT);
            case LINE -> "Click points from origin to destination · double-click or Enter to finish · "
                    + "Backspace removes the last point · Esc cancels";
            case AREA -> "Click the corners · double-click or Enter to close the shape · Backspace removes the last"
                    + " point · Esc cancels";
        };
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
        points.clear();
    }

    @Override
    public void deactivate() {
        points.clear();
        cursor = null;
        cursorSnap = null;
        host.repaintOverlay();
    }

    /** The points clicked so far (lon/lat), for tests. */
    public List<Coordinate> points() {
        return List.copyOf(points);
    }

    @Override
    public boolean mouseClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        Coordinate c = host.snap(e.getX(), e.getY()).at();
        if (kind.shape() == AnnotationKind.Shape.POINT) {
            finish(List.of(c));
            return true;
        }
        if (e.getClickCount() >= 2) {
            // The first click of the double-click already added this point.
            finish(points);
            return true;
        }
        points.add(c);
        host.repaintOverlay();
        return true;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        boolean wasSnapped = cursorSnap != null && cursorSnap.snapped();
        cursorSnap = host.snap(e.getX(), e.getY());
        cursor = cursorSnap.at();
        if (!points.isEmpty() || wasSnapped || cursorSnap.snapped()) {
            host.repaintOverlay();
        }
    }

    @Override
    public boolean busy() {
        return !points.isEmpty();
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            finish(points);
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            points.clear();
            host.repaintOverlay();
            host.hint("Drawing cancelled");
            return true;
        }
        if (e.getCode() == KeyCode.BACK_SPACE && !points.isEmpty()) {
            points.remove(points.size() - 1);
            host.repaintOverlay();
            return true;
        }
        return false;
    }

    private void finish(List<Coordinate> cs) {
        List<Coordinate> clean = new ArrayList<>();
        for (Coordinate c : cs) {
            if (clean.isEmpty() || !clean.get(clean.size() - 1).equals2D(c)) {
                clean.add(c);
            }
        }
        int needed = switch (kind.shape()) {
            case POINT -> 1;
            case LINE -> 2;
            case AREA -> 3;
        };
        if (clean.size() < needed) {
            host.hint(needsMorePoints(kind, needed, clean.size()));
            return;
        }
        Geometry g = switch (kind.shape()) {
            case POINT -> FACTORY.createPoint(clean.get(0));
            case LINE -> FACTORY.createLineString(clean.toArray(Coordinate[]::new));
            case AREA -> {
                clean.add(clean.get(0));
                Geometry polygon = FACTORY.createPolygon(clean.toArray(Coordinate[]::new));
                // A self-crossing outline (a bow-tie) becomes the areas it encloses.
                yield polygon.isValid() ? polygon : org.locationtech.jts.geom.util.GeometryFixer.fix(polygon);
            }
        };
        points.clear();
        Annotation a = host.briefing().newAnnotation(kind, g);
        host.briefing().add(a);
        host.repaintOverlay();
        host.hint("Added " + a.displayName() + " · edit its details in the panel on the right");
    }

    /** "A controlled zone needs at least 3 points: click 1 more, then double-click or press Enter". */
    static String needsMorePoints(AnnotationKind kind, int needed, int have) {
        String name = kind.label().toLowerCase(Locale.ROOT);
        String article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "An " : "A ";
        return article + name + " needs at least " + needed + " points: click " + (needed - have) + " more, then"
                + " double-click or press Enter";
    }

    @Override
    public void paintOverlay(GraphicsContext g) {
        ToolMarks.snap(g, host.viewport(), cursorSnap);
        if (points.isEmpty()) {
            return;
        }
        List<Coordinate> shown = new ArrayList<>(points);
        if (cursor != null) {
            shown.add(cursor);
        }
        boolean area = kind.shape() == AnnotationKind.Shape.AREA;
        Overlay.path(g, host.viewport(), shown, area && shown.size() > 2, Overlay.ACCENT, 2, area);
        for (Coordinate c : points) {
            Point2D p = host.viewport().lonLatToScreen(c.x, c.y);
            Overlay.handle(g, p.getX(), p.getY(), false);
        }
    }
}
