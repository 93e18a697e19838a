package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.model.Annotation;
import org.sitmap.render.HitTester;

/**
 * Selects annotations and reshapes the primary selected one (QGIS and JOSM habits):
 * <ul>
 * <li>click picks what lies under the pointer (points and lines first, then the smallest area); clicking the same
 * spot again picks the next one stacked there;</li>
 * <li>Shift- or Ctrl-click adds or removes an annotation; Shift+drag draws a rubber band that adds what it
 * touches; a plain drag on empty map pans;</li>
 * <li>drag the label of an annotation that is not selected to pin it there (the label engine then leaves it);
 * a selected annotation moves wherever it is grabbed, its label included;</li>
 * <li>drag a selected annotation to move the whole selection, a square handle to move a vertex, a round edge
 * handle to insert one; Alt+click a vertex removes it (Edit > Delete vertex removes the active one);</li>
 * <li>Delete or Backspace deletes the selection, Esc clears it.</li>
 * </ul>
 * Each gesture is one undo step. FX thread only.
 */
public final class SelectTool implements Tool {
    private static final double TOLERANCE = 6;
    /** Beyond this many vertices on screen a shape shows its outline only: zoom in to edit its vertices. */
    private static final int MAX_VERTEX_HANDLES = 100;
    /** Edges shorter than this (pixels) get no insert handle: it would sit on the vertex handles. */
    private static final double MIN_EDGE_FOR_INSERT = 24;
    /** Clicks closer than this (pixels) to the last one are "the same spot" and cycle through the stack. */
    private static final double SAME_SPOT = 4;

    private enum Drag { NONE, MOVE, VERTEX, BAND, LABEL }

    private ToolHost host;
    private Drag drag = Drag.NONE;
    private List<Annotation> originals = List.of();
    private List<Geometry> previews = List.of();
    private int vertex = -1;
    private final ReadOnlyIntegerWrapper activeVertex = new ReadOnlyIntegerWrapper(this, "activeVertex", -1);
    /** The annotation the active vertex belongs to: selecting another (in the list, by undo) forgets the vertex. */
    private String activeVertexOf;
    private final javafx.beans.value.ChangeListener<Annotation> forgetVertexOfOthers = (o, was, now) -> {
        if (now == null || !now.id().equals(activeVertexOf)) {
            activeVertex.set(-1);
        }
    };
    private double pressX;
    private double pressY;
    private double dragX;
    private double dragY;
    private boolean pickedAtPress;
    /** Where the last click was on the map (lon/lat): after a pan the same pixel is another spot. */
    private Coordinate lastClick;
    private String description;
    private int handlesPainted;
    /** The label being dragged to be pinned, while {@code drag == LABEL}. */
    private LabelDrag labelDrag;

    @Override
    public String name() {
        return "Select and edit";
    }

    @Override
    public String hint() {
        return "Click to select (again to pick what lies beneath) · Shift+click or Shift+drag adds · drag to move ·"
                + " drag handles to reshape · Alt+click a vertex to delete it";
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
        h.briefing().selectedProperty().addListener(forgetVertexOfOthers);
    }

    @Override
    public void deactivate() {
        host.briefing().selectedProperty().removeListener(forgetVertexOfOthers);
        reset();
        activeVertex.set(-1);
        host.repaintOverlay();
    }

    private void reset() {
        drag = Drag.NONE;
        originals = List.of();
        previews = List.of();
        vertex = -1;
        labelDrag = null;
    }

    /**
     * The vertex last clicked or dragged on the primary selected annotation (the one Edit > Delete vertex
     * removes), or -1.
     */
    public ReadOnlyIntegerProperty activeVertexProperty() {
        return activeVertex.getReadOnlyProperty();
    }

    /** How many vertex and insert handles the last overlay paint drew (for tests and the status bar). */
    public int handlesPainted() {
        return handlesPainted;
    }

    @Override
    public boolean mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || host == null) {
            return false;
        }
        pressX = dragX = e.getX();
        pressY = dragY = e.getY();
        pickedAtPress = false;
        if (e.isShiftDown() || e.isShortcutDown()) {
            // A click toggles what is under the pointer; a drag (anywhere, also over a declaration that covers
            // the whole view) draws a rubber band.
            drag = Drag.BAND;
            return true;
        }
        if (pressedHandle(e)) {
            return true;
        }
        BriefingEdits b = host.briefing();
        // A selected annotation moves wherever it is grabbed, its label included; another's label pins.
        labelDrag = LabelDrag.at(host, e.getX(), e.getY());
        if (labelDrag != null && !b.isSelected(labelDrag.id())) {
            drag = Drag.LABEL;
            return true;
        }
        List<String> stack = host.annotationsAt(e.getX(), e.getY());
        if (stack.isEmpty()) {
            return false;
        }
        if (stack.stream().noneMatch(b::isSelected)) {
            // Nothing selected lies here: pick the top of the stack, so a press-and-drag moves it at once.
            b.select(stack.get(0));
            activeVertex.set(-1);
            pickedAtPress = true;
        }
        startMove(b.selectedAnnotations());
        host.repaintOverlay();
        return true;
    }

    /** Starts a vertex drag or insert, or removes a vertex on Alt+click, when the press is on a shown handle. */
    private boolean pressedHandle(MouseEvent e) {
        Annotation sel = host.briefing().selected();
        if (sel == null || sel.locked() || !GeometryEdit.isEditable(sel.geometry())) {
            return false;
        }
        Geometry g = sel.geometry();
        GeometryEdit.Handles handles = handles(g);
        int v = handles.vertexAt(g, host.viewport(), e.getX(), e.getY(), TOLERANCE);
        if (v >= 0) {
            if (e.isAltDown()) {
                deleteVertex(sel, v);
            } else {
                startVertexDrag(sel, g, v, "Move vertex");
            }
            return true;
        }
        int edge = handles.edgeAt(g, host.viewport(), e.getX(), e.getY(), TOLERANCE);
        if (edge >= 0) {
            Geometry inserted = GeometryEdit.insertVertex(g, edge, GeometryEdit.lonLat(host.viewport(), e.getX(),
                    e.getY()));
            startVertexDrag(sel, inserted, edge + 1, "Insert vertex");
            return true;
        }
        return false;
    }

    private GeometryEdit.Handles handles(Geometry g) {
        return GeometryEdit.handles(g, host.viewport(), MAX_VERTEX_HANDLES, MIN_EDGE_FOR_INSERT);
    }

    private void startMove(List<Annotation> selection) {
        List<Annotation> movable = selection.stream().filter(a -> !a.locked()).toList();
        drag = Drag.MOVE;
        originals = movable;
        previews = List.of();
        Annotation primary = host.briefing().selected();
        description = "Move " + (movable.size() == 1 && primary != null
                ? primary.kind().label().toLowerCase(Locale.ROOT) : movable.size() + " annotations");
    }

    private void startVertexDrag(Annotation sel, Geometry start, int v, String what) {
        drag = Drag.VERTEX;
        originals = List.of(sel);
        previews = List.of(start);
        vertex = v;
        activeVertexOf = sel.id();
        activeVertex.set(v);
        description = what;
        host.repaintOverlay();
    }

    @Override
    public boolean mouseDragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return false;
        }
        dragX = e.getX();
        dragY = e.getY();
        if (drag == Drag.LABEL) {
            labelDrag.moveTo(e.getX(), e.getY());
        } else if (drag == Drag.VERTEX) {
            previews = List.of(GeometryEdit.moveVertex(previews.get(0), vertex, host.snap(e.getX(), e.getY()).at()));
        } else if (drag == Drag.MOVE && moved()) {
            Coordinate start = GeometryEdit.lonLat(host.viewport(), pressX, pressY);
            Coordinate now = GeometryEdit.lonLat(host.viewport(), e.getX(), e.getY());
            List<Geometry> out = new ArrayList<>();
            for (Annotation a : originals) {
                out.add(GeometryEdit.translated(a.geometry(), now.x - start.x, now.y - start.y));
            }
            previews = out;
        }
        host.setToolCursor(drag == Drag.BAND ? Cursor.CROSSHAIR : Cursor.MOVE);
        host.repaintOverlay();
        return true;
    }

    private boolean moved() {
        return Math.hypot(dragX - pressX, dragY - pressY) >= 2;
    }

    @Override
    public boolean mouseReleased(MouseEvent e) {
        if (drag == Drag.NONE) {
            return false;
        }
        dragX = e.getX();
        dragY = e.getY();
        switch (drag) {
            case BAND -> {
                if (moved()) {
                    selectInBand();
                } else {
                    toggleAt(e.getX(), e.getY());
                }
            }
            case MOVE -> {
                if (moved()) {
                    commit();
                } else {
                    clickAt(e.getX(), e.getY());
                }
            }
            case LABEL -> {
                if (moved()) {
                    labelDrag.commit(host);
                } else {
                    clickAt(e.getX(), e.getY());
                }
            }
            default -> {
                if (moved() || description.startsWith("Insert")) {
                    commit();
                }
            }
        }
        host.setToolCursor(Cursor.DEFAULT);
        reset();
        host.repaintOverlay();
        return true;
    }

    private void commit() {
        List<Annotation> before = new ArrayList<>();
        List<Annotation> after = new ArrayList<>();
        for (int i = 0; i < previews.size(); i++) {
            before.add(originals.get(i));
            after.add(originals.get(i).withGeometry(previews.get(i)));
        }
        if (before.isEmpty()) {
            return;
        }
        try {
            host.briefing().changeAll(before, after, description);
        } catch (IllegalArgumentException ex) {
            host.hint("Not changed: " + ex.getMessage());
        }
    }

    /** A click without a drag: the top of the stack, or the next one down when it comes again on the same spot. */
    private void clickAt(double x, double y) {
        BriefingEdits b = host.briefing();
        List<String> stack = host.annotationsAt(x, y);
        Point2D was = lastClick == null ? null : host.viewport().lonLatToScreen(lastClick.x, lastClick.y);
        boolean sameSpot = was != null && was.distance(x, y) <= SAME_SPOT;
        lastClick = GeometryEdit.lonLat(host.viewport(), x, y);
        if (stack.isEmpty()) {
            return;
        }
        String current = b.selected() == null ? null : b.selected().id();
        String pick = pickedAtPress ? current : sameSpot ? HitTester.next(stack, current) : stack.get(0);
        if (!pick.equals(current) || b.selection().size() > 1) {
            b.select(pick);
            activeVertex.set(-1);
        }
        if (stack.size() > 1) {
            host.hint((stack.indexOf(pick) + 1) + " of " + stack.size() + " here: " + b.selected().displayName()
                    + " · click again for the one beneath");
        }
    }

    private void toggleAt(double x, double y) {
        String id = host.annotationAt(x, y);
        if (id != null) {
            host.briefing().toggleSelected(id);
            activeVertex.set(-1);
        }
    }

    /** Adds what the band touches to the selection. */
    private void selectInBand() {
        List<String> ids = new ArrayList<>(host.briefing().selection());
        for (String id : host.annotationsIn(band())) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        host.briefing().selectAll(ids);
        activeVertex.set(-1);
        host.hint(ids.size() + " selected");
    }

    private Rectangle2D band() {
        return new Rectangle2D.Double(Math.min(pressX, dragX), Math.min(pressY, dragY), Math.abs(dragX - pressX),
                Math.abs(dragY - pressY));
    }

    @Override
    public boolean mouseClicked(MouseEvent e) {
        // A click on empty map (no annotation there, so the press fell through) clears the selection.
        if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && !e.isShortcutDown()) {
            host.briefing().select(null);
            activeVertex.set(-1);
            lastClick = null;
            host.repaintOverlay();
        }
        return false;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        BriefingEdits b = host.briefing();
        if (b.selected() == null) {
            return false;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            b.deleteSelected();
            activeVertex.set(-1);
            return true;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            b.select(null);
            activeVertex.set(-1);
            host.repaintOverlay();
            return true;
        }
        return false;
    }

    /** Removes the active vertex of the primary selected annotation (Edit > Delete vertex). */
    public void deleteActiveVertex() {
        Annotation sel = host == null ? null : host.briefing().selected();
        int v = activeVertex.get();
        // After an undo the same annotation may have fewer vertices than when the vertex was picked.
        if (sel != null && v >= 0 && sel.id().equals(activeVertexOf) && !sel.locked()
                && v < GeometryEdit.vertices(sel.geometry()).size()) {
            deleteVertex(sel, v);
        }
    }

    private void deleteVertex(Annotation sel, int v) {
        Geometry g = GeometryEdit.deleteVertex(sel.geometry(), v);
        if (g == null) {
            host.hint("A shape needs at least " + (sel.geometry().getDimension() == 2 ? 3 : 2) + " vertices");
            return;
        }
        host.briefing().change(sel, sel.withGeometry(g), "Delete vertex");
        activeVertex.set(-1);
        host.repaintOverlay();
    }

    @Override
    public void paintOverlay(GraphicsContext g) {
        handlesPainted = 0;
        BriefingEdits b = host.briefing();
        List<Annotation> selection = b.selectedAnnotations();
        for (Annotation a : selection) {
            int moving = originals.indexOf(a);
            boolean preview = moving >= 0 && moving < previews.size();
            Overlay.outline(g, host.viewport(), preview ? previews.get(moving) : a.geometry(), Overlay.ACCENT, 2,
                    preview);
        }
        if (drag == Drag.BAND) {
            Overlay.band(g, band());
        }
        if (drag == Drag.LABEL && moved()) {
            labelDrag.paint(g);
        }
        Annotation sel = b.selected();
        if (sel == null || sel.locked()) {
            return;
        }
        int moving = originals.indexOf(sel);
        Geometry shown = moving >= 0 && moving < previews.size() ? previews.get(moving) : sel.geometry();
        if (GeometryEdit.isEditable(shown)) {
            paintHandles(g, shown);
        }
    }

    private void paintHandles(GraphicsContext g, Geometry shown) {
        GeometryEdit.Handles handles = handles(shown);
        for (int i : handles.edges()) {
            Point2D m = GeometryEdit.edgeMidpoint(shown, host.viewport(), i);
            Overlay.insertHandle(g, m.getX(), m.getY());
        }
        List<Coordinate> vs = GeometryEdit.vertices(shown);
        for (int i : handles.vertices()) {
            Point2D p = host.viewport().lonLatToScreen(vs.get(i).x, vs.get(i).y);
            Overlay.handle(g, p.getX(), p.getY(), i == activeVertex.get());
        }
        handlesPainted = handles.edges().length + handles.vertices().length;
    }
}
