package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.model.Annotation;
import org.sitmap.ui.BriefingViewModel;

/**
 * Selects annotations and reshapes the selected one: drag its body to move it, drag a square handle to move a
 * vertex, drag a round edge handle to insert a vertex there, Alt+click (or Delete while a vertex is active) removes
 * a vertex. Pressing on empty map deselects and pans. Each gesture is one undo step.
 */
public final class SelectTool implements Tool {
    private static final double TOLERANCE = 6;

    private enum Drag { NONE, MOVE, VERTEX }

    private ToolHost host;
    private Drag drag = Drag.NONE;
    private Annotation original;
    private Geometry preview;
    private int vertex = -1;
    private int activeVertex = -1;
    private double pressX;
    private double pressY;
    private String description;

    @Override
    public String name() {
        return "Select and edit";
    }

    @Override
    public String hint() {
        return "Click to select · drag to move · drag handles to reshape · Alt+click a vertex to delete it";
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
    }

    @Override
    public void deactivate() {
        reset();
        host.repaintOverlay();
    }

    private void reset() {
        drag = Drag.NONE;
        original = null;
        preview = null;
        vertex = -1;
    }

    @Override
    public boolean mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        BriefingViewModel b = host.briefing();
        Annotation sel = b.selected();
        pressX = e.getX();
        pressY = e.getY();
        if (sel != null && !sel.locked() && GeometryEdit.isEditable(sel.geometry())) {
            int v = GeometryEdit.vertexAt(sel.geometry(), host.viewport(), e.getX(), e.getY(), TOLERANCE);
            if (v >= 0) {
                if (e.isAltDown()) {
                    deleteVertex(sel, v);
                    return true;
                }
                startVertexDrag(sel, sel.geometry(), v, "Move vertex");
                return true;
            }
            int edge = GeometryEdit.edgeHandleAt(sel.geometry(), host.viewport(), e.getX(), e.getY(), TOLERANCE);
            if (edge >= 0) {
                Geometry inserted = GeometryEdit.insertVertex(sel.geometry(), edge,
                        GeometryEdit.lonLat(host.viewport(), e.getX(), e.getY()));
                startVertexDrag(sel, inserted, edge + 1, "Insert vertex");
                return true;
            }
        }
        String id = host.annotationAt(e.getX(), e.getY());
        if (id == null) {
            b.select(null);
            activeVertex = -1;
            host.repaintOverlay();
            return false;
        }
        if (sel == null || !sel.id().equals(id)) {
            b.select(id);
            activeVertex = -1;
        }
        Annotation target = b.selected();
        if (!target.locked()) {
            drag = Drag.MOVE;
            original = target;
            preview = target.geometry();
            description = "Move " + target.kind().label().toLowerCase(java.util.Locale.ROOT);
        }
        host.repaintOverlay();
        return true;
    }

    private void startVertexDrag(Annotation sel, Geometry start, int v, String what) {
        drag = Drag.VERTEX;
        original = sel;
        preview = start;
        vertex = v;
        activeVertex = v;
        description = what;
        host.repaintOverlay();
    }

    @Override
    public boolean mouseDragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return false;
        }
        Coordinate now = GeometryEdit.lonLat(host.viewport(), e.getX(), e.getY());
        if (drag == Drag.VERTEX) {
            preview = GeometryEdit.moveVertex(preview, vertex, host.snap(e.getX(), e.getY()).at());
        } else {
            Coordinate start = GeometryEdit.lonLat(host.viewport(), pressX, pressY);
            preview = GeometryEdit.translated(original.geometry(), now.x - start.x, now.y - start.y);
        }
        host.setToolCursor(Cursor.MOVE);
        host.repaintOverlay();
        return true;
    }

    @Override
    public boolean mouseReleased(MouseEvent e) {
        if (drag == Drag.NONE) {
            return false;
        }
        boolean moved = Math.hypot(e.getX() - pressX, e.getY() - pressY) >= 2 || description.startsWith("Insert");
        if (moved && preview != null && !preview.equalsExact(original.geometry())) {
            try {
                host.briefing().change(original, original.withGeometry(preview), description);
            } catch (IllegalArgumentException ex) {
                host.hint("Not changed: " + ex.getMessage());
            }
        }
        host.setToolCursor(Cursor.DEFAULT);
        reset();
        host.repaintOverlay();
        return true;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        Annotation sel = host.briefing().selected();
        if (sel == null) {
            return false;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            if (activeVertex >= 0 && !sel.locked()) {
                deleteVertex(sel, activeVertex);
            } else {
                host.briefing().deleteSelected();
            }
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            host.briefing().select(null);
            activeVertex = -1;
            host.repaintOverlay();
            return true;
        }
        return false;
    }

    private void deleteVertex(Annotation sel, int v) {
        Geometry g = GeometryEdit.deleteVertex(sel.geometry(), v);
        if (g == null) {
            host.hint("A shape needs at least " + (sel.geometry().getDimension() == 2 ? 3 : 2) + " vertices");
            return;
        }
        host.briefing().change(sel, sel.withGeometry(g), "Delete vertex");
        activeVertex = -1;
        host.repaintOverlay();
    }

    @Override
    public void paintOverlay(GraphicsContext g) {
        Annotation sel = host.briefing().selected();
        if (sel == null) {
            return;
        }
        Geometry shown = preview != null ? preview : sel.geometry();
        Overlay.outline(g, host.viewport(), shown, Overlay.ACCENT, 2, preview != null);
        if (sel.locked() || !GeometryEdit.isEditable(shown)) {
            return;
        }
        List<Coordinate> vs = GeometryEdit.vertices(shown);
        for (int i = 0; i < GeometryEdit.edgeCount(shown); i++) {
            Point2D m = GeometryEdit.edgeMidpoint(shown, host.viewport(), i);
            Overlay.insertHandle(g, m.getX(), m.getY());
        }
        for (int i = 0; i < vs.size(); i++) {
            Point2D p = host.viewport().lonLatToScreen(vs.get(i).x, vs.get(i).y);
            Overlay.handle(g, p.getX(), p.getY(), i == activeVertex);
        }
    }
}
