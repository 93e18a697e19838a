package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.sitmap.render.Viewport;

/**
 * Vertex-level edits of the geometries the tools reshape: a polygon's outer ring (holes are kept as they are), a
 * line's points, a point. Vertex {@code i} is the i-th distinct vertex (a ring's closing point is not counted);
 * edge {@code i} runs from vertex i to the next. Hit tests work in screen pixels through the viewport, so they are
 * exact at any zoom. Stateless.
 */
public final class GeometryEdit {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeometryEdit() {
    }

    /** True for geometries whose vertices the select tool can drag. */
    public static boolean isEditable(Geometry g) {
        return g instanceof Polygon || g instanceof LineString || g instanceof Point;
    }

    /** The editable vertices (lon/lat), without a ring's closing repeat. */
    public static List<Coordinate> vertices(Geometry g) {
        Coordinate[] cs;
        boolean ring;
        if (g instanceof Polygon p) {
            cs = p.getExteriorRing().getCoordinates();
            ring = true;
        } else if (g instanceof LineString l) {
            cs = l.getCoordinates();
            ring = false;
        } else if (g instanceof Point p) {
            return List.of(p.getCoordinate());
        } else {
            return List.of();
        }
        List<Coordinate> out = new ArrayList<>(cs.length);
        for (int i = 0; i < cs.length - (ring ? 1 : 0); i++) {
            out.add(cs[i]);
        }
        return out;
    }

    /** Number of edges: n for a ring, n - 1 for a line, 0 for a point. */
    public static int edgeCount(Geometry g) {
        int n = vertices(g).size();
        return g instanceof Polygon ? n : g instanceof LineString ? n - 1 : 0;
    }

    /** Rebuilds the geometry with new vertices, keeping a polygon's holes. */
    public static Geometry withVertices(Geometry g, List<Coordinate> vs) {
        if (g instanceof Polygon p) {
            Coordinate[] ring = new Coordinate[vs.size() + 1];
            for (int i = 0; i < vs.size(); i++) {
                ring[i] = vs.get(i).copy();
            }
            ring[vs.size()] = vs.get(0).copy();
            var holes = new org.locationtech.jts.geom.LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = (org.locationtech.jts.geom.LinearRing) p.getInteriorRingN(h).copy();
            }
            return g.getFactory().createPolygon(g.getFactory().createLinearRing(ring), holes);
        }
        if (g instanceof LineString) {
            return g.getFactory().createLineString(vs.stream().map(Coordinate::copy).toArray(Coordinate[]::new));
        }
        if (g instanceof Point) {
            return g.getFactory().createPoint(vs.get(0).copy());
        }
        throw new IllegalArgumentException("Cannot edit the vertices of a " + g.getGeometryType());
    }

    public static Geometry moveVertex(Geometry g, int index, Coordinate to) {
        List<Coordinate> vs = new ArrayList<>(vertices(g));
        vs.set(index, new Coordinate(to));
        return withVertices(g, vs);
    }

    /** Inserts a vertex in edge {@code edge} (after vertex {@code edge}). */
    public static Geometry insertVertex(Geometry g, int edge, Coordinate at) {
        List<Coordinate> vs = new ArrayList<>(vertices(g));
        vs.add(edge + 1, new Coordinate(at));
        return withVertices(g, vs);
    }

    /** Removes a vertex, or returns null when the shape would become degenerate (ring < 3, line < 2). */
    public static Geometry deleteVertex(Geometry g, int index) {
        List<Coordinate> vs = new ArrayList<>(vertices(g));
        int min = g instanceof Polygon ? 3 : g instanceof LineString ? 2 : Integer.MAX_VALUE;
        if (vs.size() <= min) {
            return null;
        }
        vs.remove(index);
        return withVertices(g, vs);
    }

    /** The geometry moved by (dLon, dLat) degrees. */
    public static Geometry translated(Geometry g, double dLon, double dLat) {
        return AffineTransformation.translationInstance(dLon, dLat).transform(g);
    }

    /** Index of the vertex within {@code tolerance} pixels of (sx, sy), the nearest one, or -1. */
    public static int vertexAt(Geometry g, Viewport v, double sx, double sy, double tolerance) {
        List<Coordinate> vs = vertices(g);
        int best = -1;
        double bestD = tolerance;
        for (int i = 0; i < vs.size(); i++) {
            Point2D p = v.lonLatToScreen(vs.get(i).x, vs.get(i).y);
            double d = p.distance(sx, sy);
            if (d <= bestD) {
                best = i;
                bestD = d;
            }
        }
        return best;
    }

    /** Screen position of the middle of edge {@code i} (where its insert handle is drawn). */
    public static Point2D edgeMidpoint(Geometry g, Viewport v, int i) {
        List<Coordinate> vs = vertices(g);
        Coordinate a = vs.get(i);
        Coordinate b = vs.get((i + 1) % vs.size());
        Point2D pa = v.lonLatToScreen(a.x, a.y);
        Point2D pb = v.lonLatToScreen(b.x, b.y);
        return new Point2D.Double((pa.getX() + pb.getX()) / 2, (pa.getY() + pb.getY()) / 2);
    }

    /** Index of the edge whose midpoint handle is within {@code tolerance} pixels, or -1. */
    public static int edgeHandleAt(Geometry g, Viewport v, double sx, double sy, double tolerance) {
        int n = edgeCount(g);
        for (int i = 0; i < n; i++) {
            if (edgeMidpoint(g, v, i).distance(sx, sy) <= tolerance) {
                return i;
            }
        }
        return -1;
    }

    /** lon/lat of a pixel. */
    public static Coordinate lonLat(Viewport v, double sx, double sy) {
        double[] ll = v.screenToLonLat(sx, sy);
        return new Coordinate(ll[0], ll[1]);
    }

    static GeometryFactory factory() {
        return FACTORY;
    }
}
