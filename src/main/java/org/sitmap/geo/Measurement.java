package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Geodesic measures of a path of lon/lat points as the measure tool shows them: each leg's length, the total, the
 * bearing of the last leg, and the area enclosed when the path is closed. On the WGS 84 ellipsoid
 * ({@link Geodesy}), so the figures do not depend on the map projection.
 *
 * <pre>{@code
 * Measurement m = Measurement.of(List.of(kyiv, kursk), false);
 * m.totalKm();         // about 440
 * m.text();            // "Leg 1: 440.3 km · bearing 73° · total 440.3 km"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Measurement {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final List<Coordinate> points;
    private final double[] legsKm;
    private final double totalKm;
    private final boolean closed;

    private Measurement(List<Coordinate> points, boolean closed) {
        this.points = List.copyOf(points);
        this.closed = closed;
        this.legsKm = new double[Math.max(0, points.size() - 1)];
        double total = 0;
        for (int i = 0; i < legsKm.length; i++) {
            Coordinate a = points.get(i);
            Coordinate b = points.get(i + 1);
            legsKm[i] = Geodesy.distanceKm(a.x, a.y, b.x, b.y);
            total += legsKm[i];
        }
        this.totalKm = total;
    }

    /** Measures the path through {@code points}; {@code closed}: the path was finished and encloses an area. */
    public static Measurement of(List<Coordinate> points, boolean closed) {
        return new Measurement(points, closed);
    }

    public List<Double> legsKm() {
        List<Double> out = new ArrayList<>(legsKm.length);
        for (double d : legsKm) {
            out.add(d);
        }
        return out;
    }

    public double totalKm() {
        return totalKm;
    }

    /** Bearing of the last leg in degrees clockwise from north, or NaN without a leg. */
    public double lastBearingDeg() {
        if (points.size() < 2) {
            return Double.NaN;
        }
        Coordinate a = points.get(points.size() - 2);
        Coordinate b = points.get(points.size() - 1);
        return Geodesy.bearingDeg(a.x, a.y, b.x, b.y);
    }

    /** The geodesic area in km² enclosed by a closed path of three points or more, else NaN. */
    public double areaKm2() {
        if (!closed || points.size() < 3) {
            return Double.NaN;
        }
        Coordinate[] ring = new Coordinate[points.size() + 1];
        for (int i = 0; i < points.size(); i++) {
            ring[i] = points.get(i);
        }
        ring[points.size()] = points.get(0);
        return Geodesy.areaKm2(FACTORY.createPolygon(ring));
    }

    /** What the status bar says: the last leg with its bearing, the total, and the area when closed. */
    public String text() {
        if (legsKm.length == 0) {
            return "Click the next point to measure a distance";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Leg %d: %s · bearing %.0f°",
                legsKm.length, km(legsKm[legsKm.length - 1]), lastBearingDeg()));
        sb.append(" · total ").append(km(totalKm));
        double area = areaKm2();
        if (!Double.isNaN(area)) {
            sb.append(String.format(Locale.ROOT, " · area %,.1f km²", area));
        }
        return sb.toString();
    }

    /** A distance to 0.01 km under 10 km, to 0.1 km above. */
    public static String km(double km) {
        return String.format(Locale.ROOT, km < 10 ? "%.2f km" : "%,.1f km", km);
    }
}
