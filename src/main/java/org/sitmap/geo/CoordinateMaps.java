package org.sitmap.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

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
}
