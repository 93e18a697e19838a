package org.sitmap.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * A map projection between geographic lon/lat degrees (WGS 84) and planar map units (metres).
 *
 * <p>Implementations are stateless and thread-safe. The {@code out} arrays let hot loops project millions of
 * points without allocating.
 */
public interface Projection {

    /** A short identifier such as {@code EPSG:3857}. */
    String id();

    /** Projects lon/lat degrees into {@code out[0..1]} map units. */
    void forward(double lon, double lat, double[] out);

    /** Inverts map units into {@code out[0..1]} = lon, lat degrees. */
    void inverse(double x, double y, double[] out);

    /** The lon/lat area the projection is defined on; input outside it is clamped. */
    Envelope validArea();

    /**
     * Ratio of map distance to true ground distance at the given latitude (1 on the standard line). Used to turn
     * map resolution into a true map scale.
     */
    double scaleFactor(double lon, double lat);

    /** Makes geometries whose coordinates are packed in double arrays. */
    GeometryFactory PACKED_GEOMETRIES = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    /** A projected copy of a lon/lat geometry; the argument is left as it is. */
    default Geometry project(Geometry lonLat) {
        // Packed coordinates (one double array per line) rather than an object per vertex: drawing walks millions
        // of them per second, and arrays are read several times faster and take half the memory.
        return CoordinateMaps.mappedCopy(lonLat, PACKED_GEOMETRIES, this::forward);
    }

    /** Convenience: the projected envelope of a lon/lat envelope, sampled along its edges. */
    default Envelope forward(Envelope lonLat) {
        Envelope result = new Envelope();
        double[] p = new double[2];
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double lon = lonLat.getMinX() + t * lonLat.getWidth();
            double lat = lonLat.getMinY() + t * lonLat.getHeight();
            forward(lon, lonLat.getMinY(), p);
            result.expandToInclude(p[0], p[1]);
            forward(lon, lonLat.getMaxY(), p);
            result.expandToInclude(p[0], p[1]);
            forward(lonLat.getMinX(), lat, p);
            result.expandToInclude(p[0], p[1]);
            forward(lonLat.getMaxX(), lat, p);
            result.expandToInclude(p[0], p[1]);
        }
        return result;
    }
}
