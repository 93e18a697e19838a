package org.sitmap.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * True measures on the WGS 84 ellipsoid (GeographicLib, Karney's algorithms, accurate to nanometres): areas and
 * lengths of lon/lat geometries, distances, and geodesic circles. What a briefing quotes ("the zone covers 1,250
 * km²") must not depend on the map projection, which exaggerates areas by 2.5 times at 50° N.
 *
 * <pre>{@code
 * double km2 = Geodesy.areaKm2(zone.geometry());
 * Polygon ring = Geodesy.circle(35.27, 51.19, 20, 96);   // a 20 km evacuation radius around Sudzha
 * }</pre>
 *
 * <p>Static and thread-safe: {@link Geodesic} is immutable and every call uses its own {@link PolygonArea}.
 */
public final class Geodesy {
    private static final Geodesic WGS84 = Geodesic.WGS84;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Geodesy() {
    }

    /**
     * The area in km² of a lon/lat polygon or multipolygon, edges taken as geodesics: holes are subtracted and
     * the parts of a multipolygon summed. Ring orientation does not matter.
     */
    public static double areaKm2(Geometry lonLatPolygonal) {
        if (!(lonLatPolygonal instanceof Polygonal)) {
            throw new IllegalArgumentException("Area needs a Polygon or MultiPolygon, not a "
                    + (lonLatPolygonal == null ? "null" : lonLatPolygonal.getGeometryType()));
        }
        double m2 = 0;
        for (int i = 0; i < lonLatPolygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) lonLatPolygonal.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            m2 += ringAreaM2(p.getExteriorRing().getCoordinateSequence());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                m2 -= ringAreaM2(p.getInteriorRingN(h).getCoordinateSequence());
            }
        }
        return m2 / 1e6;
    }

    /** Unsigned area of one ring in m², valid for rings smaller than half the Earth. */
    private static double ringAreaM2(CoordinateSequence ring) {
        int n = ring.size();
        // A JTS ring repeats its first vertex at the end; PolygonArea closes the ring itself.
        if (n > 1 && ring.getX(0) == ring.getX(n - 1) && ring.getY(0) == ring.getY(n - 1)) {
            n--;
        }
        if (n < 3) {
            return 0;
        }
        PolygonArea pa = new PolygonArea(WGS84, false);
        for (int i = 0; i < n; i++) {
            pa.AddPoint(ring.getY(i), ring.getX(i));
        }
        // reverse = false, sign = true: counter-clockwise positive, clockwise negative; either way |area|.
        return Math.abs(pa.Compute(false, true).area);
    }

    /** The geodesic length in km of a lon/lat line string. */
    public static double lengthKm(LineString lonLatLine) {
        if (lonLatLine == null) {
            throw new IllegalArgumentException("Line must not be null");
        }
        CoordinateSequence seq = lonLatLine.getCoordinateSequence();
        double m = 0;
        for (int i = 1; i < seq.size(); i++) {
            m += WGS84.Inverse(seq.getY(i - 1), seq.getX(i - 1), seq.getY(i), seq.getX(i),
                    GeodesicMask.DISTANCE).s12;
        }
        return m / 1000;
    }

    /** The geodesic distance in km between two lon/lat points. */
    public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        return WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000;
    }

    /**
     * The direction in which the geodesic from point 1 leaves for point 2, in degrees clockwise from true north,
     * 0 to 360 (the initial azimuth, as a compass gives it).
     */
    public static double bearingDeg(double lon1, double lat1, double lon2, double lat2) {
        double azimuth = WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.AZIMUTH).azi1;
        return azimuth < 0 ? azimuth + 360 : azimuth;
    }

    /** The lon/lat point {@code km} from a start along the geodesic leaving it at {@code bearingDeg} from north. */
    public static Coordinate destination(double lon, double lat, double bearingDeg, double km) {
        GeodesicData d = WGS84.Direct(lat, lon, bearingDeg, false, km * 1000,
                GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
        return new Coordinate(d.lon2, d.lat2);
    }

    /**
     * The lon/lat polygon of all points {@code radiusKm} from a centre, as {@code segments} vertices found with
     * the direct geodesic problem (so it is a true circle on the ground, an oval on a Mercator map). Longitudes
     * are unrolled: a circle across the antimeridian keeps continuous longitudes beyond ±180.
     */
    public static Polygon circle(double lon, double lat, double radiusKm, int segments) {
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
            throw new IllegalArgumentException("Radius must be positive and finite: " + radiusKm);
        }
        if (segments < 3) {
            throw new IllegalArgumentException("A circle needs at least 3 segments: " + segments);
        }
        if (!(Math.abs(lat) <= 90) || !Double.isFinite(lon)) {
            throw new IllegalArgumentException("Centre is not a lon/lat position: " + lon + ", " + lat);
        }
        Coordinate[] ring = new Coordinate[segments + 1];
        double s12 = radiusKm * 1000;
        int mask = GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL;
        for (int i = 0; i < segments; i++) {
            // Azimuths counter-clockwise from north, so the shell is counter-clockwise in lon/lat as OGC wants.
            double azimuth = -360.0 * i / segments;
            GeodesicData d = WGS84.Direct(lat, lon, azimuth, false, s12, mask);
            ring[i] = new Coordinate(d.lon2, d.lat2);
        }
        ring[segments] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }
}
