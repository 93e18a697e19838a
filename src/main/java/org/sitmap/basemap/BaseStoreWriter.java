package org.sitmap.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Puntal;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;

/**
 * Writes the base-map store: a GeoPackage with, per base layer, one feature table at full detail (projected to
 * Web Mercator, with an R-tree index, the label anchor and every feature property as a column) and, for layers of
 * lines and areas, one table per coarser zoom band of {@link LayerIndex} with the geometry that band draws. The band
 * geometries and anchors are made by {@link LayerIndex} itself, so frames drawn from the store are the frames drawn
 * from memory.
 *
 * <p>Not thread-safe; one writer per file.
 */
final class BaseStoreWriter {
    /** Bumped whenever the layout or the simplification changes: a store of another format is rebuilt. */
    static final String FORMAT = "sitmap-base-5";
    /**
     * The finest band kept as a table. Finer bands are made from the full-detail rows when drawn: a view there
     * holds few features, and at these resolutions simplifying removes so little that each band's table was
     * nearly as large as the full one.
     */
    static final int FIRST_STORED_BAND = 4;
    static final String META = "sitmap_base";
    static final String LAYERS = "sitmap_base_layers";
    static final String COLUMNS = "sitmap_base_columns";

    private static final String WEB_MERCATOR_WKT = "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\","
            + "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
            + "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],"
            + "PROJECTION[\"Mercator_1SP\"],PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],"
            + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,"
            + "AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
            + "EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 "
            + "+units=m +nadgrids=@null +wktext +no_defs\"],AUTHORITY[\"EPSG\",\"3857\"]]";

    private BaseStoreWriter() {
    }

    /** Table name of a base layer: its id without the {@code base-} prefix, with underscores. */
    static String table(String layerId) {
        return layerId.replaceFirst("^base-", "").replace('-', '_');
    }

    static String bandTable(String table, int band) {
        return table + "_b" + band;
    }

    static String rtree(String table) {
        return "rtree_" + table + "_geom";
    }

    /**
     * Writes {@code layers} into a new store at {@code file} (replacing it), marking it with {@code sourceKey}.
     *
     * @throws CancellationException when cancelled (the partial file is left for the caller to delete)
     */
    static void write(Path file, List<MapLayer> layers, String sourceKey, DoubleConsumer progress,
            BooleanSupplier cancelled) throws SQLException, java.io.IOException {
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA page_size = 8192");
            }
            c.setAutoCommit(false);
            createSchema(c, sourceKey);
            long total = 0;
            for (MapLayer l : layers) {
                total += l.features().size();
            }
            long done = 0;
            for (MapLayer l : layers) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                long before = done;
                long all = Math.max(1, total);
                writeLayer(c, l, p -> progress.accept((before + p * l.features().size()) / all), cancelled);
                done += l.features().size();
                c.commit();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + META + " (key, value) VALUES (?, ?)")) {
                // Written last: a store without it was cut short and is rebuilt.
                p.setString(1, "complete");
                p.setString(2, "yes");
                p.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    private static void createSchema(Connection c, String sourceKey) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1196444487");
            s.execute("PRAGMA user_version = 10300");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1,"
                    + " 'undefined', 'undefined cartesian coordinate reference system'),"
                    + " ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',"
                    + " 'undefined geographic coordinate reference system'),"
                    + " ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID["
                    + "\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
                    + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
                    + "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]', 'WGS 84 longitude/latitude')");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, '"
                    + WEB_MERCATOR_WKT + "', 'Web Mercator metres, the projection Sitmap draws in')");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
                    + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,"
                    + " max_y DOUBLE, srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),"
                    + " CONSTRAINT uk_gc_table_name UNIQUE (table_name),"
                    + " CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),"
                    + " CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,"
                    + " definition TEXT NOT NULL, scope TEXT NOT NULL,"
                    + " CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))");
            s.execute("CREATE TABLE " + META + " (key TEXT PRIMARY KEY NOT NULL, value TEXT)");
            s.execute("CREATE TABLE " + LAYERS + " (layer_id TEXT PRIMARY KEY NOT NULL, table_name TEXT NOT NULL,"
                    + " features INTEGER NOT NULL, vertices INTEGER NOT NULL, banded INTEGER NOT NULL,"
                    + " min_x REAL, min_y REAL, max_x REAL, max_y REAL)");
            s.execute("CREATE TABLE " + COLUMNS + " (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " property TEXT NOT NULL, boolean INTEGER NOT NULL, PRIMARY KEY (table_name, column_name))");
            s.execute("CREATE TABLE " + PackedColumns.TABLE + " (table_name TEXT NOT NULL, part TEXT NOT NULL,"
                    + " data BLOB NOT NULL, PRIMARY KEY (table_name, part))");
            for (String t : List.of(META, LAYERS, COLUMNS, PackedColumns.TABLE)) {
                s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('"
                        + t + "', 'attributes', '" + t + "', 'Sitmap base-map store bookkeeping')");
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + META + " (key, value) VALUES (?, ?)")) {
            p.setString(1, "format");
            p.setString(2, FORMAT);
            p.executeUpdate();
            p.setString(1, "source");
            p.setString(2, sourceKey);
            p.executeUpdate();
        }
    }

    private static void writeLayer(Connection c, MapLayer layer, DoubleConsumer progress, BooleanSupplier cancelled)
            throws SQLException {
        List<MapFeature> features = layer.features();
        String table = table(layer.id());
        LayerIndex index = LayerIndex.build(features, WebMercator.INSTANCE, cancelled);
        Map<String, String> columns = columns(features);
        boolean bands = features.stream().anyMatch(f -> !(f.geometry() instanceof Puntal));
        createTable(c, table, features, columns);
        writeRows(c, table, features, columns, index, p -> progress.accept(bands ? 0.3 * p : p), cancelled);
        writePacked(c, table, columns);
        Envelope bounds = index.bounds();
        register(c, table, layer.name(), bounds);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_extensions VALUES (?, 'geom',"
                + " 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')")) {
            p.setString(1, table);
            p.executeUpdate();
        }
        if (bands) {
            for (int b = FIRST_STORED_BAND; b < LayerIndex.BANDS; b++) {
                writeBand(c, layer, index, b);
                progress.accept(0.3 + 0.7 * (b + 1 - FIRST_STORED_BAND) / (LayerIndex.BANDS - FIRST_STORED_BAND));
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + LAYERS
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, layer.id());
            p.setString(2, table);
            p.setInt(3, features.size());
            p.setLong(4, index.vertexCount());
            p.setInt(5, bands ? 1 : 0);
            p.setDouble(6, bounds.getMinX());
            p.setDouble(7, bounds.getMinY());
            p.setDouble(8, bounds.getMaxX());
            p.setDouble(9, bounds.getMaxY());
            p.executeUpdate();
        }
    }

    /** The full-detail feature table of a layer, its R-tree, and which column holds which property. */
    private static void createTable(Connection c, String table, List<MapFeature> features,
            Map<String, String> columns) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY NOT NULL,"
                + " min_x REAL NOT NULL, max_x REAL NOT NULL, min_y REAL NOT NULL, max_y REAL NOT NULL,"
                + " label_x REAL, label_y REAL");
        for (String column : columns.values()) {
            ddl.append(", ").append(quote(column)).append(' ').append(sqlType(features, key(columns, column)));
        }
        ddl.append(", geom GEOMETRY NOT NULL)");
        try (Statement s = c.createStatement()) {
            s.execute(ddl.toString());
            s.execute("CREATE VIRTUAL TABLE " + rtree(table) + " USING rtree(id, minx, maxx, miny, maxy)");
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + COLUMNS + " VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, String> e : columns.entrySet()) {
                p.setString(1, table);
                p.setString(2, e.getValue());
                p.setString(3, e.getKey());
                p.setInt(4, sqlType(features, e.getKey()).equals("BOOLEAN") ? 1 : 0);
                p.executeUpdate();
            }
        }
    }

    /** One row per feature at full detail, projected, with its envelope in the R-tree. */
    private static void writeRows(Connection c, String table, List<MapFeature> features, Map<String, String> columns,
            LayerIndex index, DoubleConsumer progress, BooleanSupplier cancelled) throws SQLException {
        int n = features.size();
        String marks = "?, ".repeat(7 + columns.size());
        try (PreparedStatement row = c.prepareStatement("INSERT INTO \"" + table + "\" VALUES (" + marks + "?)");
                PreparedStatement box = c.prepareStatement("INSERT INTO " + rtree(table)
                        + " VALUES (?, ?, ?, ?, ?)")) {
            List<String> keys = new ArrayList<>(columns.keySet());
            for (int i = 0; i < n; i++) {
                if ((i & 1023) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    progress.accept((double) i / n);
                }
                Geometry g = index.geometry(i);
                Envelope e = g.getEnvelopeInternal();
                Coordinate anchor = index.labelAnchor(i);
                row.setInt(1, i + 1);
                box.setInt(1, i + 1);
                double[] box4 = {e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()};
                for (int k = 0; k < 4; k++) {
                    row.setDouble(2 + k, box4[k]);
                    box.setDouble(2 + k, box4[k]);
                }
                setNullable(row, 6, anchor.x);
                setNullable(row, 7, anchor.y);
                Map<String, Object> props = features.get(i).properties();
                for (int k = 0; k < keys.size(); k++) {
                    row.setObject(8 + k, value(props.get(keys.get(k))));
                }
                row.setBytes(8 + keys.size(), StoredGeometry.encode(g));
                row.executeUpdate();
                box.executeUpdate();
            }
        }
    }

    /** The envelopes, anchors and property columns of a table as written, one blob each ({@link PackedColumns}). */
    private static void writePacked(Connection c, String table, Map<String, String> columns) throws SQLException {
        List<String> names = new ArrayList<>(columns.values());
        StringBuilder sql = new StringBuilder("SELECT min_x, max_x, min_y, max_y, label_x, label_y");
        names.forEach(n -> sql.append(", ").append(quote(n)));
        sql.append(" FROM ").append(quote(table)).append(" ORDER BY fid");
        List<double[]> extents = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        names.forEach(n -> values.add(new ArrayList<>()));
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(sql.toString())) {
            while (r.next()) {
                double[] e = new double[6];
                for (int k = 0; k < 6; k++) {
                    e[k] = r.getDouble(k + 1);
                    if (r.wasNull()) {
                        e[k] = Double.NaN;
                    }
                }
                extents.add(e);
                for (int k = 0; k < names.size(); k++) {
                    values.get(k).add(r.getObject(k + 7));
                }
            }
        }
        int n = extents.size();
        double[] packed = new double[6 * n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 6; k++) {
                packed[k * n + i] = extents.get(i)[k];
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + PackedColumns.TABLE + " VALUES (?, ?, ?)")) {
            p.setString(1, table);
            p.setString(2, PackedColumns.EXTENTS);
            p.setBytes(3, PackedColumns.doubles(packed));
            p.executeUpdate();
            for (int k = 0; k < names.size(); k++) {
                p.setString(2, "column:" + names.get(k));
                p.setBytes(3, PackedColumns.values(values.get(k).toArray()));
                p.executeUpdate();
            }
        }
    }

    /** The geometries band {@code b} draws; features the band leaves out (specks) have no row. */
    private static void writeBand(Connection c, MapLayer layer, LayerIndex index, int b) throws SQLException {
        String table = bandTable(table(layer.id()), b);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"" + table + "\" (fid INTEGER PRIMARY KEY NOT NULL, geom GEOMETRY NOT NULL)");
        }
        double resolution = LayerIndex.BASE_RESOLUTION * Math.pow(2, b);
        Envelope bounds = new Envelope();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO \"" + table + "\" VALUES (?, ?)")) {
            for (int i = 0; i < index.size(); i++) {
                // Not index.geometry(i, resolution): that would keep every band of the world in memory.
                Geometry g = LayerIndex.simplified(index.geometry(i), b);
                if (g.isEmpty()) {
                    continue;
                }
                bounds.expandToInclude(g.getEnvelopeInternal());
                p.setInt(1, i + 1);
                p.setBytes(2, StoredGeometry.encode(g));
                p.executeUpdate();
            }
        }
        register(c, table, layer.name() + ", zoom band " + b + " (" + Math.round(resolution) + " to "
                + Math.round(2 * resolution) + " m per pixel)", bounds);
    }

    private static void register(Connection c, String table, String description, Envelope bounds)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier,"
                + " description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, "
                + StoredGeometry.SRS_ID + ")")) {
            p.setString(1, table);
            p.setString(2, table);
            p.setString(3, description);
            if (bounds.isNull()) {
                bounds = new Envelope(0, 0, 0, 0);
            }
            p.setDouble(4, bounds.getMinX());
            p.setDouble(5, bounds.getMinY());
            p.setDouble(6, bounds.getMaxX());
            p.setDouble(7, bounds.getMaxY());
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom',"
                + " 'GEOMETRY', " + StoredGeometry.SRS_ID + ", 0, 0)")) {
            p.setString(1, table);
            p.executeUpdate();
        }
    }

    /** Property name to column name, in order of first appearance; names the store uses itself get a suffix. */
    private static Map<String, String> columns(List<MapFeature> features) {
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>(List.of("fid", "min_x", "max_x", "min_y", "max_y", "label_x",
                "label_y", "geom"));
        for (MapFeature f : features) {
            for (String key : f.properties().keySet()) {
                if (!columns.containsKey(key)) {
                    String column = key;
                    while (containsIgnoreCase(taken, column)) {
                        column = column + "_";
                    }
                    taken.add(column);
                    columns.put(key, column);
                }
            }
        }
        return columns;
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private static String key(Map<String, String> columns, String column) {
        return columns.entrySet().stream().filter(e -> e.getValue().equals(column)).findFirst().orElseThrow()
                .getKey();
    }

    /** The column type GDAL shows: the one type all present values share, else TEXT. */
    private static String sqlType(List<MapFeature> features, String key) {
        String type = null;
        for (MapFeature f : features) {
            Object v = f.properties().get(key);
            String t = v == null ? null : v instanceof Boolean ? "BOOLEAN" : v instanceof Long || v instanceof Integer
                    ? "INTEGER" : v instanceof Number ? "REAL" : "TEXT";
            if (t == null) {
                continue;
            }
            if (type == null) {
                type = t;
            } else if (!type.equals(t)) {
                boolean numbers = !type.equals("TEXT") && !type.equals("BOOLEAN") && !t.equals("TEXT")
                        && !t.equals("BOOLEAN");
                if (!numbers) {
                    return "TEXT";
                }
                type = "REAL";
            }
        }
        return type == null ? "TEXT" : type;
    }

    /** A property value as SQLite stores it: numbers and text as they are, JSON arrays and objects as text. */
    private static Object value(Object v) {
        if (v == null || v instanceof String || v instanceof Number) {
            return v;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return v.toString();
    }

    private static void setNullable(PreparedStatement p, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            p.setNull(i, java.sql.Types.REAL);
        } else {
            p.setDouble(i, v);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
