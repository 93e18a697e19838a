package org.sitmap.ui.tools;

import java.awt.geom.Rectangle2D;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.sitmap.model.Annotation;
import org.sitmap.model.LabelPins;

/**
 * Dragging an annotation's label with the Select tool pins it where it is dropped: the label's new centre is kept
 * in the briefing ({@link LabelPins}) in one undoable change, and the label engine leaves it there on screen and in
 * every export. FX thread only.
 */
final class LabelDrag {
    private final String id;
    private final Rectangle2D box;
    private final double pressX;
    private final double pressY;
    private double dx;
    private double dy;

    private LabelDrag(String id, Rectangle2D box, double pressX, double pressY) {
        this.id = id;
        this.box = box;
        this.pressX = pressX;
        this.pressY = pressY;
    }

    /** A drag of the label drawn under (x, y), or null when no annotation's label is drawn there. */
    static LabelDrag at(ToolHost host, double x, double y) {
        for (Map.Entry<String, Rectangle2D> e : host.labelBoxes().entrySet()) {
            if (e.getValue().contains(x, y)) {
                return new LabelDrag(e.getKey(), e.getValue(), x, y);
            }
        }
        return null;
    }

    /** The id of the annotation whose label is dragged. */
    String id() {
        return id;
    }

    void moveTo(double x, double y) {
        dx = x - pressX;
        dy = y - pressY;
    }

    /** Pins the label at its dropped centre as one undo step, selecting its annotation; a locked one is kept. */
    void commit(ToolHost host) {
        BriefingEdits b = host.briefing();
        b.select(id);
        Annotation a = b.selected();
        if (a == null) {
            return;
        }
        if (a.locked()) {
            host.hint(a.displayName() + " is locked: unlock it to move its label");
            return;
        }
        double[] lonLat = host.viewport().screenToLonLat(box.getCenterX() + dx, box.getCenterY() + dy);
        b.change(a, LabelPins.pinned(a, lonLat[0], lonLat[1]), "Move label");
        host.hint("Label pinned: it stays where you put it");
    }

    /** The label's box where it would be dropped. */
    void paint(GraphicsContext g) {
        Overlay.band(g, new Rectangle2D.Double(box.getX() + dx, box.getY() + dy, box.getWidth(), box.getHeight()));
    }
}
