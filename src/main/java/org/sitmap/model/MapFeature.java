package org.sitmap.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a map layer: a geometry in lon/lat (WGS 84, x = longitude, y = latitude) and its attributes.
 *
 * <p>Immutable as far as this class is concerned; the geometry must not be modified after construction because
 * spatial indexes and cached simplifications are built from it. Thread-safe for reading.
 */
public final class MapFeature {
    private volatile Geometry geometry;
    private final Supplier<Geometry> source;
    private final Map<String, Object> properties;

    public MapFeature(Geometry geometry, Map<String, Object> properties) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.source = null;
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(properties);
    }

    /**
     * A feature whose geometry is read when first asked for: the base map's store hands out features for their
     * names, and decoding every border just to read a name would cost more than the frame.
     */
    public MapFeature(Supplier<Geometry> geometry, Map<String, Object> properties) {
        this.source = Objects.requireNonNull(geometry, "geometry");
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(properties);
    }

    public Geometry geometry() {
        Geometry g = geometry;
        if (g == null) {
            g = Objects.requireNonNull(source.get(), "geometry");
            geometry = g;
        }
        return g;
    }

    /** Attributes as parsed: String, Long/Double, Boolean, null, or nested List/Map for JSON arrays and objects. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** The attribute as text, or null when absent. */
    public String text(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }

    /** The attribute as a number, or {@code fallback} when absent or not numeric. */
    public double number(String key, double fallback) {
        Object v = properties.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
