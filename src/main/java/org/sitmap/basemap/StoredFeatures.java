package org.sitmap.basemap;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.CoordinateMaps;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.MapFeature;
import org.sitmap.model.SharedFeatures;

/**
 * The features of a base layer as stored: properties read for the whole layer on first use (a few small columns),
 * each feature's lon/lat geometry only when asked for (from the full-detail table, projected back).
 *
 * <p>Thread-safe.
 */
public final class StoredFeatures extends SharedFeatures {
    private final StoreLayerIndex index;
    private volatile Columns columns;

    /** Property columns, one array of values per property, in feature order. */
    private record Columns(String[] keys, Object[][] values) {
    }

    StoredFeatures(StoreLayerIndex index) {
        this.index = index;
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public MapFeature get(int i) {
        if (i < 0 || i >= index.size()) {
            throw new IndexOutOfBoundsException(i);
        }
        Columns c = columns();
        Map<String, Object> props = new LinkedHashMap<>();
        for (int k = 0; k < c.keys.length; k++) {
            Object v = c.values[k][i];
            if (v != null) {
                props.put(c.keys[k], v);
            }
        }
        return new MapFeature(() -> lonLat(index.geometry(i)), props);
    }

    /**
     * The lon/lat bounds of feature {@code i} without reading its geometry: Web Mercator keeps east-west and
     * north-south apart, so the corners of the projected bounds are the corners of the lon/lat bounds.
     */
    public Envelope lonLatEnvelope(int i) {
        Envelope e = index.envelope(i);
        double[] min = new double[2];
        double[] max = new double[2];
        WebMercator.INSTANCE.inverse(e.getMinX(), e.getMinY(), min);
        WebMercator.INSTANCE.inverse(e.getMaxX(), e.getMaxY(), max);
        return new Envelope(min[0], max[0], min[1], max[1]);
    }

    private static Geometry lonLat(Geometry projected) {
        Geometry g = projected.copy();
        CoordinateMaps.apply(g, WebMercator.INSTANCE::inverse);
        return g;
    }

    private Columns columns() {
        Columns c = columns;
        if (c == null) {
            synchronized (this) {
                c = columns;
                if (c == null) {
                    c = readColumns();
                    columns = c;
                }
            }
        }
        return c;
    }

    private Columns readColumns() {
        String table = index.table();
        return index.store().read(conn -> {
            List<String> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Boolean> booleans = new ArrayList<>();
            try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT column_name, property,"
                    + " boolean FROM " + BaseStoreWriter.COLUMNS + " WHERE table_name = "
                    + "'" + table.replace("'", "''") + "' ORDER BY rowid")) {
                while (r.next()) {
                    names.add(r.getString(1));
                    keys.add(r.getString(2));
                    booleans.add(r.getInt(3) == 1);
                }
            }
            Object[][] values = new Object[keys.size()][];
            for (int k = 0; k < keys.size(); k++) {
                values[k] = PackedColumns.values(index.store().packed(table, "column:" + names.get(k)), index.size(),
                        booleans.get(k));
            }
            return new Columns(keys.toArray(String[]::new), values);
        });
    }
}
