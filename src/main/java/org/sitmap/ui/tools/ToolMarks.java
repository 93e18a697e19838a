package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sitmap.render.Viewport;

/** The drawing tools' own overlay marks: where a vertex snapped to, and figures written beside the pointer. */
final class ToolMarks {
    static final Color SNAP = Color.web("#d81b60");
    private static final Font FONT = Font.font("System", FontWeight.BOLD, 12);

    private ToolMarks() {
    }

    /** A ring round a snapped position (a square for a vertex, a circle for a point on a border line). */
    static void snap(GraphicsContext g, Viewport v, Snapper.Snap snap) {
        if (snap == null || !snap.snapped()) {
            return;
        }
        Point2D p = v.lonLatToScreen(snap.at().x, snap.at().y);
        g.setStroke(SNAP);
        g.setLineWidth(2);
        g.setLineDashes();
        if (snap.target() == Snapper.Target.VERTEX) {
            g.strokeRect(p.getX() - 6, p.getY() - 6, 12, 12);
        } else {
            g.strokeOval(p.getX() - 6, p.getY() - 6, 12, 12);
        }
    }

    /** Text on a pale box, its left edge at (x, y) centred vertically, readable over any map. */
    static void label(GraphicsContext g, double x, double y, String text) {
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(FONT);
        double w = measure.getLayoutBounds().getWidth() + 8;
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.fillRoundRect(x - 4, y - 10, w, 20, 6, 6);
        g.setFill(Color.web("#222222"));
        g.fillText(text, x, y);
    }
}
