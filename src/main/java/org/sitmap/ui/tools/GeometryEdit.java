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

    /** Screen position of the middle of edge {@code i} (where its insert handle is drawn). */
    public static Point2D edgeMidpoint(Geometry g, Viewport v, int i) {
        List<Coordinate> vs = vertices(g);
        Coordinate a = vs.get(i);
        Coordinate b = vs.get((i + 1) % vs.size());
        Point2D pa = v.lonLatToScreen(a.x, a.y);
        Point2D pb = v.lonLatToScreen(b.x, b.y);
        return new Point2D.Double((pa.getX() + pb.getX()) / 2, (pa.getY() + pb.getY()) / 2);
    }

    /**
     * The handles worth showing for a geometry on screen: its on-screen vertices when there are at most
     * {@code maxVertices} of them (an oblast border of thousands would bury the map), and an insert handle on
     * each on-screen edge at least {@code minEdgePx} long (shorter ones leave no room between the vertices).
     */
    public static Handles handles(Geometry g, Viewport v, int maxVertices, double minEdgePx) {
        List<Coordinate> vs = vertices(g);
        Point2D[] px = new Point2D[vs.size()];
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            px[i] = v.lonLatToScreen(vs.get(i).x, vs.get(i).y);
            if (onScreen(px[i], v) && shown.size() <= maxVertices) {
                shown.add(i);
            }
        }
        if (shown.size() > maxVertices) {
            return new Handles(new int[0], new int[0], true);
        }
        List<Integer> edges = new ArrayList<>();
        for (int i = 0; i < edgeCount(g); i++) {
            Point2D a = px[i];
            Point2D b = px[(i + 1) % px.length];
            Point2D mid = new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
            if (a.distance(b) >= minEdgePx && onScreen(mid, v)) {
                edges.add(i);
            }
        }
        return new Handles(shown.stream().mapToInt(Integer::intValue).toArray(),
                edges.stream().mapToInt(Integer::intValue).toArray(), false);
    }

    private static boolean onScreen(Point2D p, Viewport v) {
        return p.getX() >= 0 && p.getY() >= 0 && p.getX() <= v.width() && p.getY() <= v.height();
    }

    /**
     * Which vertex and edge handles a shape shows; {@code tooMany} when its vertices on screen are too many to
     * show (zoom in to edit them).
     */
    public record Handles(int[] vertices, int[] edges, boolean tooMany) {
        /** The shown vertex within {@code tolerance} pixels of (sx, sy), the nearest, or -1. */
        public int vertexAt(Geometry g, Viewport v, double sx, double sy, double tolerance) {
            List<Coordinate> vs = GeometryEdit.vertices(g);
            return nearest(vertices, i -> v.lonLatToScreen(vs.get(i).x, vs.get(i).y), sx, sy, tolerance);
        }

        /** The edge whose shown insert handle is within {@code tolerance} pixels of (sx, sy), or -1. */
        public int edgeAt(Geometry g, Viewport v, double sx, double sy, double tolerance) {
            return nearest(edges, i -> edgeMidpoint(g, v, i), sx, sy, tolerance);
        }

        private static int nearest(int[] candidates, java.util.function.IntFunction<Point2D> at, double sx,
                double sy, double tolerance) {
            int best = -1;
            double bestD = tolerance;
            for (int i : candidates) {
                double d = at.apply(i).distance(sx, sy);
                if (d <= bestD) {
                    best = i;
                    bestD = d;
                }
            }
            return best;
        }
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
