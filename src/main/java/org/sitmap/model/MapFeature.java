package org.sitmap.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a map layer: a geometry in lon/lat (WGS 84, x = longitude, y = latitude) and its attributes.
 *
 * <p>Immutable as far as this class is concerned; the geometry must not be modified after construction because
 * spatial indexes and cached simplifications are built from it. Thread-safe for reading.
 */
public final class MapFeature {
    private final Geometry geometry;
    private final Map<String, Object> properties;

    public MapFeature(Geometry geometry, Map<String, Object> properties) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(properties);
    }

    public Geometry geometry() {
        return geometry;
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
