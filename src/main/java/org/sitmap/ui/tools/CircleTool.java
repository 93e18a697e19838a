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
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.geo.Geodesy;
import org.sitmap.geo.Measurement;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/**
 * Draws an evacuation area as a circle: press at the centre (it snaps like any vertex), drag out the radius, release.
 * The preview is the true geodesic circle with its radius in km; the annotation is a Point with {@code radius_km},
 * as the file format keeps circles. Esc cancels; a radius under {@link #MIN_RADIUS_KM} is refused.
 */
public final class CircleTool implements Tool {
    /** Smaller circles are almost always a click meant for something else. */
    static final double MIN_RADIUS_KM = 0.1;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private ToolHost host;
    private Coordinate centre;
    private double radiusKm;
    private Point2D rim;
    private Snapper.Snap hover;

    @Override
    public String name() {
        return "Draw evacuation circle";
    }

    @Override
    public String hint() {
        return "Press at the centre and drag out the radius · Esc cancels";
    }

    @Override
    public Cursor cursor() {
        return Cursor.CROSSHAIR;
    }

    @Override
    public void activate(ToolHost h) {
        this.host = h;
        reset();
    }

    @Override
    public void deactivate() {
        reset();
        hover = null;
        host.repaintOverlay();
    }

    private void reset() {
        centre = null;
        rim = null;
        radiusKm = 0;
    }

    @Override
    public boolean mousePressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        centre = host.snap(e.getX(), e.getY()).at();
        radiusKm = 0;
        rim = null;
        return true;
    }

    @Override
    public boolean mouseDragged(MouseEvent e) {
        if (centre == null) {
            return false;
        }
        Coordinate edge = GeometryEdit.lonLat(host.viewport(), e.getX(), e.getY());
        radiusKm = Geodesy.distanceKm(centre.x, centre.y, edge.x, edge.y);
        rim = new Point2D.Double(e.getX(), e.getY());
        host.hint("Radius " + Measurement.km(radiusKm) + " · release to add the evacuation area · Esc cancels");
        host.repaintOverlay();
        return true;
    }

    @Override
    public boolean mouseReleased(MouseEvent e) {
        if (centre == null) {
            return false;
        }
        Coordinate c = centre;
        double r = radiusKm;
        reset();
        host.repaintOverlay();
        if (r < MIN_RADIUS_KM) {
            host.hint("An evacuation circle needs a radius of at least " + MIN_RADIUS_KM
                    + " km: press at the centre and drag outwards");
            return true;
        }
        // Two decimals (10 m) are what a briefing can state; more would only look precise.
        double rounded = Math.round(r * 100) / 100.0;
        Polygon shape = Geodesy.circle(c.x, c.y, rounded, 48);
        Annotation a = host.briefing().newAnnotation(AnnotationKind.EVACUATION, shape).toBuilder()
                .geometry(FACTORY.createPoint(c)).attribute(Annotation.RADIUS_KM, rounded).build();
        host.briefing().add(a);
        host.hint("Added " + a.displayName() + " with a radius of " + Measurement.km(rounded)
                + " · edit its details in the panel on the right");
        return true;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        boolean was = hover != null && hover.snapped();
        hover = host.snap(e.getX(), e.getY());
        if (was || hover.snapped()) {
            host.repaintOverlay();
        }
    }

    @Override
    public boolean busy() {
        return centre != null;
    }

    @Override
    public boolean keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && centre != null) {
            reset();
            host.repaintOverlay();
            host.hint("Circle cancelled");
            return true;
        }
        return false;
    }

    @Override
    public void paintOverlay(GraphicsContext g) {
        if (centre == null) {
            ToolMarks.snap(g, host.viewport(), hover);
            return;
        }
        Point2D c = host.viewport().lonLatToScreen(centre.x, centre.y);
        Overlay.handle(g, c.getX(), c.getY(), true);
        if (rim == null || radiusKm <= 0) {
            return;
        }
        Polygon circle = Geodesy.circle(centre.x, centre.y, radiusKm, 96);
        Overlay.path(g, host.viewport(), List.of(circle.getExteriorRing().getCoordinates()), true, Overlay.ACCENT, 2,
                true);
        g.setStroke(Overlay.ACCENT);
        g.setLineWidth(1);
        g.setLineDashes(5, 4);
        g.strokeLine(c.getX(), c.getY(), rim.getX(), rim.getY());
        g.setLineDashes();
        ToolMarks.label(g, rim.getX() + 12, rim.getY(), Measurement.km(radiusKm));
    }
}
