package org.sitmap.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sitmap.geo.LayerIndex;
import org.sqlite.SQLiteConfig;

/**
 * The opened base-map store (see {@link BaseStoreWriter} for its layout): checked when opened, then read by the
 * layer indexes and feature lists it hands out, which read rows as frames need them and keep decoded geometry in
 * one bounded cache.
 *
 * <p>Thread-safe: reads are serialised on the one read-only connection; decoding happens outside the lock.
 */
public final class BaseStore implements AutoCloseable {
    /** Vertices of decoded geometry kept between frames, about 16 bytes each. */
    static final long CACHE_VERTICES = 3_000_000;

    private final Path file;
    private final Connection connection;
    private final Map<String, StoreLayerIndex> indexes = new LinkedHashMap<>();
    private final Map<String, StoredFeatures> features = new HashMap<>();
    private final GeometryCache cache = new GeometryCache(CACHE_VERTICES);
    private final AtomicLong rowsRead = new AtomicLong();

    /** A store that is missing, damaged, of another format or made from other sources than the application's. */
    public static final class UnusableStoreException extends Exception {
        UnusableStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private BaseStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens and checks a store made from the sources {@code sourceKey} names.
     *
     * @throws UnusableStoreException with the reason when it cannot be trusted (then it is rebuilt)
     */
    public static BaseStore open(Path file, String sourceKey) throws UnusableStoreException {
        if (!Files.isRegularFile(file)) {
            throw new UnusableStoreException(file + " does not exist", null);
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setCacheSize(-8192);
            c = config.createConnection("jdbc:sqlite:" + file);
            BaseStore store = new BaseStore(file, c);
            store.check(sourceKey);
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw new UnusableStoreException(file + " cannot be read: " + e.getMessage(), e);
        } catch (UnusableStoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already unusable; the caller reports why.
            }
        }
    }

    private void check(String sourceKey) throws SQLException, UnusableStoreException {
        Map<String, String> meta = new HashMap<>();
        Set<String> tables = new HashSet<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT key, value FROM " + BaseStoreWriter.META)) {
                while (r.next()) {
                    meta.put(r.getString(1), r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
        }
        if (!BaseStoreWriter.FORMAT.equals(meta.get("format"))) {
            throw new UnusableStoreException(file + " is of format " + meta.get("format") + ", not "
                    + BaseStoreWriter.FORMAT, null);
        }
        if (!sourceKey.equals(meta.get("source"))) {
            throw new UnusableStoreException(file + " was built from other base-map files", null);
        }
        if (!tables.contains(PackedColumns.TABLE)) {
            throw new UnusableStoreException(file + " lacks the table " + PackedColumns.TABLE, null);
        }
        if (!"yes".equals(meta.get("complete"))) {
            throw new UnusableStoreException(file + " was not finished", null);
        }
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT layer_id, table_name, features, vertices, banded, min_x, min_y,"
                        + " max_x, max_y FROM " + BaseStoreWriter.LAYERS)) {
            while (r.next()) {
                String table = r.getString(2);
                boolean banded = r.getInt(5) == 1;
                StoreLayerIndex index = new StoreLayerIndex(this, table, r.getInt(3), r.getLong(4), banded,
                        new org.locationtech.jts.geom.Envelope(r.getDouble(6), r.getDouble(8), r.getDouble(7),
                                r.getDouble(9)));
                indexes.put(r.getString(1), index);
                if (!tables.contains(table) || !tables.contains(BaseStoreWriter.rtree(table))) {
                    throw new UnusableStoreException(file + " lacks the table " + table, null);
                }
                for (int b = BaseStoreWriter.FIRST_STORED_BAND; banded && b < LayerIndex.BANDS; b++) {
                    if (!tables.contains(BaseStoreWriter.bandTable(table, b))) {
                        throw new UnusableStoreException(file + " lacks the table "
                                + BaseStoreWriter.bandTable(table, b), null);
                    }
                }
            }
        }
        for (Map.Entry<String, StoreLayerIndex> e : indexes.entrySet()) {
            // The last row must be where the count says: a cut-off or truncated table fails here.
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT max(fid) FROM "
                    + BaseStoreWriter.quote(e.getValue().table()))) {
                if (!r.next() || r.getInt(1) != e.getValue().size()) {
                    throw new UnusableStoreException(file + " has a damaged table " + e.getValue().table(), null);
                }
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The index of base layer {@code layerId}. */
    public StoreLayerIndex index(String layerId) {
        StoreLayerIndex index = indexes.get(layerId);
        if (index == null) {
            throw new IllegalArgumentException("The base-map store " + file + " has no layer " + layerId);
        }
        return index;
    }

    /** The features of base layer {@code layerId}, made as they are asked for. */
    public synchronized StoredFeatures features(String layerId) {
        return features.computeIfAbsent(layerId, id -> new StoredFeatures(index(id)));
    }

    /** Rows read from feature tables since the store was opened; tests count what a frame reads. */
    public long rowsRead() {
        return rowsRead.get();
    }

    void countRows(int n) {
        rowsRead.addAndGet(n);
    }

    GeometryCache cache() {
        return cache;
    }

    /** Work on the connection, one at a time. */
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    synchronized <T> T read(Read<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the base-map store " + file + ": " + e.getMessage(), e);
        }
    }

    /** A blob of {@link PackedColumns} for a table. */
    byte[] packed(String table, String part) {
        return read(c -> {
            PreparedStatement p = statement("SELECT data FROM " + PackedColumns.TABLE
                    + " WHERE table_name = ? AND part = ?");
            p.setString(1, table);
            p.setString(2, part);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("The base-map store " + file + " lacks " + part + " of " + table);
                }
                return r.getBytes(1);
            }
        });
    }

    /** A prepared statement kept for the connection's life; call inside {@link #read}. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        }
        return p;
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }
}
