package org.sitmap.ui.tools;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.model.Annotation;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.Viewport;

/**
 * Pulls a pointer position onto what is already on the map, as a drawing program's snapping does: the nearest
 * vertex of an annotation or of a country or region border within a tolerance in pixels, else the nearest point on
 * a border line within it, else the position itself. Borders are found through the layers' spatial index, so a
 * snap costs only the lines near the pointer. Plain Java (no JavaFX), so it is tested on its own; the map view
 * holds one and the tools ask it through {@link ToolHost#snap}. Not thread-safe: use it on the FX thread.
 */
public final class Snapper {
    public static final double DEFAULT_TOLERANCE_PX = 10;
    /** The base-map line layers whose vertices and segments attract (see {@code BaseMap}). */
    public static final Set<String> BORDER_LAYERS = Set.of("base-admin0-borders", "base-admin1-borders");

    /** What a position snapped to. */
    public enum Target { NONE, VERTEX, BORDER }

    /** A lon/lat position and what it snapped to ({@link Target#NONE}: the pointer's own position). */
    public record Snap(Coordinate at, Target target) {
        public boolean snapped() {
            return target != Target.NONE;
        }
    }

    private boolean enabled;
    private double tolerancePx = DEFAULT_TOLERANCE_PX;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public double tolerancePx() {
        return tolerancePx;
    }

    public void setTolerancePx(double px) {
        if (!(px > 0) || Double.isInfinite(px)) {
            throw new IllegalArgumentException("Snap tolerance must be a positive number of pixels: " + px);
        }
        this.tolerancePx = px;
    }

    /**
     * Where a pointer at pixel (sx, sy) puts a vertex: snapped when snapping is on and something is within the
     * tolerance, else the pixel's own lon/lat.
     *
     * @param layers      the map's layers; only visible {@link #BORDER_LAYERS} are used
     * @param annotations the annotations whose vertices attract (those shown)
     */
    public Snap snap(Viewport v, double sx, double sy, List<RenderLayer> layers, List<Annotation> annotations) {
        double[] ll = v.screenToLonLat(sx, sy);
        Snap plain = new Snap(new Coordinate(ll[0], ll[1]), Target.NONE);
        if (!enabled) {
            return plain;
        }
        Nearest vertex = new Nearest(tolerancePx);
        Nearest segment = new Nearest(tolerancePx);
        annotationVertices(v, sx, sy, annotations, vertex);
        for (RenderLayer layer : layers) {
            if (BORDER_LAYERS.contains(layer.layer().id()) && layer.layer().visible()) {
                borders(v, sx, sy, layer.index(), vertex, segment);
            }
        }
        if (vertex.at != null) {
            return new Snap(vertex.at, Target.VERTEX);
        }
        return segment.at != null ? new Snap(segment.at, Target.BORDER) : plain;
    }

    /** The best candidate so far: its distance in pixels and lon/lat. */
    private static final class Nearest {
        double distance;
        Coordinate at;

        Nearest(double tolerance) {
            this.distance = tolerance;
        }

        void offer(double d, Coordinate c) {
            if (d <= distance) {
                distance = d;
                at = c;
            }
        }
    }

    private static void annotationVertices(Viewport v, double sx, double sy, List<Annotation> annotations,
            Nearest best) {
        double[] a = v.screenToLonLat(sx - best.distance, sy + best.distance);
        double[] b = v.screenToLonLat(sx + best.distance, sy - best.distance);
        Envelope near = new Envelope(a[0], b[0], a[1], b[1]);
        for (Annotation ann : annotations) {
            Geometry g = ann.geometry();
            if (!g.getEnvelopeInternal().intersects(near)) {
                continue;
            }
            for (Coordinate c : g.getCoordinates()) {
                if (near.contains(c)) {
                    Point2D p = v.lonLatToScreen(c.x, c.y);
                    // The annotation's own coordinate, not one through the projection and back: it lands exactly.
                    best.offer(p.distance(sx, sy), c.copy());
                }
            }
        }
    }

    private static void borders(Viewport v, double sx, double sy, FeatureIndex index, Nearest vertex,
            Nearest segment) {
        double res = v.resolution();
        double wx = v.screenToWorldX(sx);
        double wy = v.screenToWorldY(sy);
        double reach = vertex.distance * res;
        Envelope near = new Envelope(wx - reach, wx + reach, wy - reach, wy + reach);
        Coordinate pointer = new Coordinate(wx, wy);
        for (int i : index.query(near)) {
            Geometry g = index.geometry(i);
            if (g instanceof Point) {
                continue;
            }
            for (Object line : LinearComponentExtracter.getLines(g)) {
                CoordinateSequence seq = ((LineString) line).getCoordinateSequence();
                visitLine(seq, pointer, res, index, vertex, segment);
            }
        }
    }

    private static void visitLine(CoordinateSequence seq, Coordinate pointer, double res, FeatureIndex index,
            Nearest vertex, Nearest segment) {
        Coordinate p0 = new Coordinate();
        Coordinate p1 = new Coordinate();
        org.locationtech.jts.geom.LineSegment s = new org.locationtech.jts.geom.LineSegment();
        for (int k = 0; k < seq.size(); k++) {
            seq.getCoordinate(k, p1);
            double d = p1.distance(pointer) / res;
            if (d <= vertex.distance) {
                vertex.offer(d, lonLat(index, p1));
            }
            if (k > 0) {
                s.setCoordinates(p0, p1);
                Coordinate closest = s.closestPoint(pointer);
                double ds = closest.distance(pointer) / res;
                if (ds <= segment.distance) {
                    segment.offer(ds, lonLat(index, closest));
                }
            }
            p0.setCoordinate(p1);
        }
    }

    private static Coordinate lonLat(FeatureIndex index, Coordinate projected) {
        double[] out = new double[2];
        index.projection().inverse(projected.x, projected.y, out);
        return new Coordinate(out[0], out[1]);
    }
}
