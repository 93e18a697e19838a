package org.sitmap.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Rewrites a geometry's coordinates in place, point by point (projecting, rounding, moving to screen pixels): JTS's
 * {@link CoordinateSequenceFilter} written once. Stateless.
 */
public final class CoordinateMaps {
    /** Where one point goes: writes the new x and y of (x, y) to {@code out[0]} and {@code out[1]}. */
    @FunctionalInterface
    public interface PointMap {
        void map(double x, double y, double[] out);
    }

    private CoordinateMaps() {
    }

    /** Replaces every coordinate of {@code g} by what {@code map} makes of it; {@code g} is changed. */
    public static void apply(Geometry g, PointMap map) {
        double[] out = new double[2];
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                map.map(seq.getX(i), seq.getY(i), out);
                seq.setOrdinate(i, 0, out[0]);
                seq.setOrdinate(i, 1, out[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
    }

    /**
     * A copy of {@code g} made by {@code factory} whose every coordinate is what {@code map} makes of the original's,
     * in two-dimensional packed sequences; {@code g} is left as it is. Copying point by point into new arrays spares
     * the {@code Coordinate} object per vertex that {@link GeometryFactory#createGeometry} makes on the way.
     */
    public static Geometry mappedCopy(Geometry g, GeometryFactory factory, PointMap map) {
        double[] out = new double[2];
        return copy(g, factory, map, out);
    }

    private static Geometry copy(Geometry g, GeometryFactory f, PointMap map, double[] out) {
        if (g instanceof Point p) {
            return f.createPoint(sequence(p.getCoordinateSequence(), map, out));
        }
        if (g instanceof LinearRing r) {
            return f.createLinearRing(sequence(r.getCoordinateSequence(), map, out));
        }
        if (g instanceof LineString l) {
            return f.createLineString(sequence(l.getCoordinateSequence(), map, out));
        }
        if (g instanceof Polygon p) {
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = (LinearRing) copy(p.getInteriorRingN(h), f, map, out);
            }
            return f.createPolygon((LinearRing) copy(p.getExteriorRing(), f, map, out), holes);
        }
        if (g instanceof GeometryCollection c) {
            int n = c.getNumGeometries();
            if (g instanceof MultiPolygon) {
                Polygon[] parts = new Polygon[n];
                for (int i = 0; i < n; i++) {
                    parts[i] = (Polygon) copy(c.getGeometryN(i), f, map, out);
                }
                return f.createMultiPolygon(parts);
            }
            if (g instanceof MultiLineString) {
                LineString[] parts = new LineString[n];
                for (int i = 0; i < n; i++) {
                    parts[i] = (LineString) copy(c.getGeometryN(i), f, map, out);
                }
                return f.createMultiLineString(parts);
            }
            if (g instanceof MultiPoint) {
                Point[] parts = new Point[n];
                for (int i = 0; i < n; i++) {
                    parts[i] = (Point) copy(c.getGeometryN(i), f, map, out);
                }
                return f.createMultiPoint(parts);
            }
            Geometry[] parts = new Geometry[n];
            for (int i = 0; i < n; i++) {
                parts[i] = copy(c.getGeometryN(i), f, map, out);
            }
            return f.createGeometryCollection(parts);
        }
        throw new IllegalArgumentException("Unsupported geometry type: " + g.getGeometryType());
    }

    private static CoordinateSequence sequence(CoordinateSequence seq, PointMap map, double[] out) {
        int n = seq.size();
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            map.map(seq.getX(i), seq.getY(i), out);
            xy[2 * i] = out[0];
            xy[2 * i + 1] = out[1];
        }
        return new PackedCoordinateSequence.Double(xy, 2, 0);
    }
}
