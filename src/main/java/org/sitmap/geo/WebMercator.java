package org.sitmap.geo;

import org.locationtech.jts.geom.Envelope;

/**
 * Spherical ("Web") Mercator, EPSG:3857, the projection of web maps: conformal, so town shapes and angles look
 * right at any zoom, at the price of area exaggeration towards the poles. Latitudes beyond ±85.0511° are clamped.
 *
 * <p>Thread-safe: use {@link #INSTANCE}.
 */
public final class WebMercator implements Projection {
    public static final WebMercator INSTANCE = new WebMercator();

    /** Radius of the sphere EPSG:3857 uses (the WGS 84 semi-major axis). */
    public static final double RADIUS = 6_378_137.0;
    public static final double MAX_LATITUDE = 85.0511287798066;
    /** Half the width of the world in map units. */
    public static final double HALF_WORLD = Math.PI * RADIUS;

    private static final double DEG = Math.PI / 180.0;

    private WebMercator() {
    }

    @Override
    public String id() {
        return "EPSG:3857";
    }

    @Override
    public void forward(double lon, double lat, double[] out) {
        double clampedLat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        out[0] = RADIUS * lon * DEG;
        out[1] = RADIUS * Math.log(Math.tan(Math.PI / 4 + clampedLat * DEG / 2));
    }

    @Override
    public void inverse(double x, double y, double[] out) {
        out[0] = x / RADIUS / DEG;
        out[1] = (2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2) / DEG;
    }

    @Override
    public Envelope validArea() {
        return new Envelope(-180, 180, -MAX_LATITUDE, MAX_LATITUDE);
    }

    @Override
    public double scaleFactor(double lon, double lat) {
        return 1.0 / Math.cos(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * DEG);
    }
}
