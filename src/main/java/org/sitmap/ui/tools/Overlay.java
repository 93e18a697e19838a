package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.render.Viewport;

/** Drawing helpers for tool previews and selection handles on the overlay canvas. */
final class Overlay {
    static final Color ACCENT = Color.web("#ff8c00");
    static final double HANDLE = 7;

    private Overlay() {
    }

    /** Outlines every part of a lon/lat geometry. */
    static void outline(GraphicsContext g, Viewport v, Geometry geom, Color colour, double width, boolean fill) {
        for (int k = 0; k < geom.getNumGeometries(); k++) {
            Geometry part = geom.getGeometryN(k);
            if (part instanceof Polygon p) {
                path(g, v, List.of(p.getExteriorRing().getCoordinates()), true, colour, width, fill);
            } else if (part instanceof LineString l) {
                path(g, v, List.of(l.getCoordinates()), false, colour, width, false);
            } else if (part instanceof Point p) {
                Point2D s = v.lonLatToScreen(p.getX(), p.getY());
                g.setStroke(colour);
                g.setLineWidth(width);
                g.strokeOval(s.getX() - 9, s.getY() - 9, 18, 18);
            }
        }
    }

    /** A polyline or polygon through lon/lat coordinates. */
    static void path(GraphicsContext g, Viewport v, List<Coordinate> cs, boolean closed, Color colour, double width,
            boolean fill) {
        if (cs.isEmpty()) {
            return;
        }
        g.beginPath();
        for (int i = 0; i < cs.size(); i++) {
            Point2D p = v.lonLatToScreen(cs.get(i).x, cs.get(i).y);
            if (i == 0) {
                g.moveTo(p.getX(), p.getY());
            } else {
                g.lineTo(p.getX(), p.getY());
            }
        }
        if (closed) {
            g.closePath();
        }
        if (fill) {
            g.setFill(colour.deriveColor(0, 1, 1, 0.18));
            g.fill();
        }
        g.setStroke(colour);
        g.setLineWidth(width);
        g.setLineDashes();
        g.stroke();
    }

    /** A square vertex handle (filled when it is the active vertex). */
    static void handle(GraphicsContext g, double x, double y, boolean active) {
        g.setFill(active ? ACCENT : Color.WHITE);
        g.setStroke(Color.web("#333333"));
        g.setLineWidth(1);
        g.fillRect(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
        g.strokeRect(x - HANDLE / 2, y - HANDLE / 2, HANDLE, HANDLE);
    }

    /** A round "insert a vertex here" handle at an edge's middle. */
    static void insertHandle(GraphicsContext g, double x, double y) {
        g.setFill(Color.rgb(255, 255, 255, 0.85));
        g.setStroke(Color.web("#555555"));
        g.setLineWidth(1);
        g.fillOval(x - 4, y - 4, 8, 8);
        g.strokeOval(x - 4, y - 4, 8, 8);
    }

    /** The rubber band of a Shift+drag selection. */
    static void band(GraphicsContext g, java.awt.geom.Rectangle2D r) {
        g.setFill(ACCENT.deriveColor(0, 1, 1, 0.12));
        g.fillRect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        g.setStroke(ACCENT);
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRect(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        g.setLineDashes();
    }
}
