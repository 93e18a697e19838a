package org.sitmap.render;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.geo.CoordinateMaps;
import org.sitmap.geo.Geodesy;
import org.sitmap.geo.Projection;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.EvacuationKind;

/**
 * Where an annotation lies on screen: its area as a pixel path, its line as a {@link ScreenLine} (smoothed for
 * movement arrows), its point, geodesic circles, and a quick pixel bounding box for culling (taking in circles' radii). The painter and the hit tester both go
 * through here, so what is hit is exactly what is drawn.
 *
 * <p>Stateless, thread-safe.
 */
final class AnnotationShapes {
    /** Pixels beyond the frame within which annotation paths are kept exact; further out they are cut short. */
    static final int PATH_MARGIN = 256;

    /** Vertices of a geodesic evacuation circle. */
    static final int CIRCLE_SEGMENTS = 96;
    private static final double KM_PER_DEGREE_LAT = 110.574;
    private static final double KM_PER_DEGREE_LON_EQUATOR = 111.320;

    private AnnotationShapes() {
    }

    /** True when the annotation is an evacuation area given as a centre and a radius. */
    static boolean isCircle(Annotation a) {
        return EvacuationKind.isCircle(a);
    }

    /** The geodesic circle of {@code radiusKm} around a lon/lat centre, in pixels. */
    static Path2D.Double circlePath(double lon, double lat, double radiusKm, Viewport v) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        new ShapeBuilder(v, 0.25, PATH_MARGIN).append(project(Geodesy.circle(lon, lat, radiusKm, CIRCLE_SEGMENTS), v), path);
        return path;
    }

    /** The lon/lat polygon an area annotation covers (a geodesic circle for a centre and radius). */
    static Geometry areaGeometry(Annotation a) {
        if (isCircle(a)) {
            Point p = (Point) a.geometry();
            return Geodesy.circle(p.getX(), p.getY(), a.number(Annotation.RADIUS_KM, 1), CIRCLE_SEGMENTS);
        }
        return a.geometry();
    }

    /** The area in pixels, even-odd so holes stay holes. */
    static Path2D.Double areaPath(Annotation a, Viewport v) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        // Off-screen runs are collapsed (ShapeBuilder), so a zone the size of a region stays cheap zoomed in.
        new ShapeBuilder(v, 0.25, PATH_MARGIN).append(project(areaGeometry(a), v), path);
        return path;
    }

    /** The clicked line in pixels, one vertex per source vertex (duplicates in pixels dropped). */
    static ScreenLine rawLine(Annotation a, Viewport v) {
        CoordinateSequence seq = ((LineString) a.geometry()).getCoordinateSequence();
        int n = seq.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] p = new double[2];
        for (int i = 0; i < n; i++) {
            v.projection().forward(seq.getX(i), seq.getY(i), p);
            xs[i] = v.worldToScreenX(p[0]);
            ys[i] = v.worldToScreenY(p[1]);
        }
        return ScreenLine.of(xs, ys, n);
    }

    /** The line as drawn: a smooth curve for movement arrows, the clicked polyline otherwise. */
    static ScreenLine drawnLine(Annotation a, Viewport v) {
        ScreenLine raw = rawLine(a, v);
        return a.kind() == AnnotationKind.MOVEMENT ? SmoothPath.through(raw) : raw;
    }

    static Point2D point(Annotation a, Viewport v) {
        Point p = a.geometry() instanceof Point pt ? pt : a.geometry().getCentroid();
        return v.lonLatToScreen(p.getX(), p.getY());
    }

    /**
     * The pixel box of the geometry (not of strokes, symbols or labels: callers add their margin). Cheap: the
     * lon/lat envelope's corners only, exact for Mercator, whose axes map lon and lat independently.
     */
    static Rectangle2D screenBounds(Annotation a, Viewport v) {
        double[] w = worldBounds(a, v.projection());
        double x0 = v.worldToScreenX(w[0]);
        double y0 = v.worldToScreenY(w[1]);
        double x1 = v.worldToScreenX(w[2]);
        double y1 = v.worldToScreenY(w[3]);
        return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    /**
     * The box of {@link #screenBounds} in projected map units, {minX, minY, maxX, maxY} as projected from the
     * lon/lat envelope's south-west and north-east corners (widened by the kind's reach in km).
     */
    static double[] worldBounds(Annotation a, Projection projection) {
        Envelope e = a.geometry().getEnvelopeInternal();
        double minLon = e.getMinX();
        double maxLon = e.getMaxX();
        double minLat = e.getMinY();
        double maxLat = e.getMaxY();
        double reachKm = a.kind().descriptor().reachKm(a);
        if (reachKm > 0) {
            double r = reachKm * 1.01;
            double dLat = r / KM_PER_DEGREE_LAT;
            double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(minLat) + dLat))));
            double dLon = r / (KM_PER_DEGREE_LON_EQUATOR * cos);
            minLon -= dLon;
            maxLon += dLon;
            minLat = Math.max(-90, minLat - dLat);
            maxLat = Math.min(90, maxLat + dLat);
        }
        double[] sw = new double[2];
        double[] ne = new double[2];
        projection.forward(minLon, minLat, sw);
        projection.forward(maxLon, maxLat, ne);
        return new double[] {sw[0], sw[1], ne[0], ne[1]};
    }

    /** A copy of a lon/lat geometry in projected map units. */
    static Geometry project(Geometry lonLat, Viewport v) {
        return v.projection().project(lonLat);
    }

    /** The area in pixel coordinates as a JTS geometry (for label placement inside it). */
    static Geometry screenArea(Annotation a, Viewport v) {
        Geometry g = project(areaGeometry(a), v).copy();
        CoordinateMaps.apply(g, (x, y, out) -> {
            out[0] = v.worldToScreenX(x);
            out[1] = v.worldToScreenY(y);
        });
        return g;
    }

    /** A representative inside point of an area in lon/lat (the centre for circles), for its label. */
    static Point2D labelPoint(Annotation a, Viewport v) {
        if (isCircle(a)) {
            return point(a, v);
        }
        Geometry g = a.geometry();
        Geometry largest = g;
        if (g.getNumGeometries() > 1) {
            double best = -1;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                double area = p.getEnvelopeInternal().getArea();
                if (area > best) {
                    best = area;
                    largest = p;
                }
            }
        }
        Point inside = largest.getInteriorPoint();
        return v.lonLatToScreen(inside.getX(), inside.getY());
    }
}
