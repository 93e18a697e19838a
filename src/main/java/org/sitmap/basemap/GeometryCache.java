package org.sitmap.basemap;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Decoded geometry of the base-map store, least recently used first out once the vertices held pass a budget, so
 * memory stays bounded however far the user roams. Keys name a layer table, band and feature.
 *
 * <p>Thread-safe (synchronised).
 */
final class GeometryCache {
    record Key(String table, int band, int feature) {
    }

    private final long budget;
    private long vertices;
    private final LinkedHashMap<Key, Geometry> entries = new LinkedHashMap<>(1024, 0.75f, true);

    GeometryCache(long budget) {
        this.budget = budget;
    }

    synchronized Geometry get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, Geometry g) {
        Geometry old = entries.put(key, g);
        if (old != null) {
            vertices -= old.getNumPoints();
        }
        vertices += g.getNumPoints();
        var it = entries.entrySet().iterator();
        while (vertices > budget && it.hasNext()) {
            Map.Entry<Key, Geometry> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                break;
            }
            vertices -= eldest.getValue().getNumPoints();
            it.remove();
        }
    }

    synchronized long vertices() {
        return vertices;
    }

    synchronized int size() {
        return entries.size();
    }
}
