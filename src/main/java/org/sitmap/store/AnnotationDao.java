package org.sitmap.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

/**
 * The {@code annotations} feature table: one row per annotation, {@code z_order} equal to its drawing index (0 is
 * drawn first). Reads every schema version (columns added later are optional). Stateless; callers own the
 * connection and its transaction.
 */
final class AnnotationDao {
    static final String TABLE = "annotations";

    private static final String COLUMNS = "geom, uid, kind, title, notes, side, confidence, status, valid_from, "
            + "valid_to, source, source_url, created, modified, locked, attributes";

    private AnnotationDao() {
    }

    /** Inserts at drawing position {@code index}, moving the ones at and above it up by one. */
    static void insertAt(Connection c, int index, Annotation a) throws SQLException {
        shift(c, index, Integer.MAX_VALUE, +1);
        insert(c, a, index);
    }

    /** Deletes by uid and closes the gap at {@code index}. */
    static void removeAt(Connection c, int index, String uid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE uid = ?")) {
            ps.setString(1, uid);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no annotation " + uid + " in the file");
            }
        }
        shift(c, index + 1, Integer.MAX_VALUE, -1);
    }

    /** Moves one annotation from drawing position {@code from} to {@code to}, renumbering those in between. */
    static void move(Connection c, String uid, int from, int to) throws SQLException {
        if (from < to) {
            shift(c, from + 1, to, -1);
        } else if (from > to) {
            shift(c, to, from - 1, +1);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET z_order = ? WHERE uid = ?")) {
            ps.setInt(1, to);
            ps.setString(2, uid);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no annotation " + uid + " in the file");
            }
        }
    }

    /** Rewrites every column of the row with the annotation's uid (z_order unchanged). */
    static void update(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET geom = ?, uid = ?, kind = ?, "
                + "title = ?, notes = ?, side = ?, confidence = ?, status = ?, valid_from = ?, valid_to = ?, "
                + "source = ?, source_url = ?, created = ?, modified = ?, locked = ?, attributes = ? WHERE uid = ?")) {
            bind(ps, a);
            ps.setString(17, a.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no annotation " + a.id() + " in the file");
            }
        }
    }

    /** Replaces the whole table with {@code annotations} in drawing order. */
    static void replaceAll(Connection c, List<Annotation> annotations) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE)) {
            ps.executeUpdate();
        }
        for (int i = 0; i < annotations.size(); i++) {
            insert(c, annotations.get(i), i);
        }
    }

    static void insert(Connection c, Annotation a, int zOrder) throws SQLException {
        try (PreparedStatement ps = insertStatement(c)) {
            bindInsert(ps, a, zOrder);
            ps.executeUpdate();
        }
    }

    /** A statement that inserts one annotation, bound by {@link #bindInsert} (reused for batches). */
    static PreparedStatement insertStatement(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO " + TABLE + " (" + COLUMNS
                + ", z_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    static void bindInsert(PreparedStatement ps, Annotation a, int zOrder) throws SQLException {
        bind(ps, a);
        ps.setInt(17, zOrder);
    }

    private static void shift(Connection c, int fromInclusive, int toInclusive, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE
                + " SET z_order = z_order + ? WHERE z_order >= ? AND z_order <= ?")) {
            ps.setInt(1, delta);
            ps.setInt(2, fromInclusive);
            ps.setInt(3, toInclusive);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Annotation a) throws SQLException {
        ps.setBytes(1, GeoPackageGeometry.encode(a.geometry()));
        ps.setString(2, a.id());
        ps.setString(3, a.kind().code());
        ps.setString(4, a.title());
        ps.setString(5, a.notes());
        ps.setString(6, a.side().code());
        ps.setString(7, a.confidence().code());
        setText(ps, 8, a.status() == null ? null : a.status().code());
        setText(ps, 9, a.validFrom() == null ? null : a.validFrom().toString());
        setText(ps, 10, a.validTo() == null ? null : a.validTo().toString());
        ps.setString(11, a.source());
        ps.setString(12, a.sourceUrl());
        ps.setString(13, a.created().toString());
        ps.setString(14, a.modified().toString());
        ps.setInt(15, a.locked() ? 1 : 0);
        ps.setString(16, JsonAttributes.write(a.attributes()));
    }

    private static void setText(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    /** Every annotation in drawing order; works on every schema version, older and newer. */
    static List<Annotation> readAll(Connection c) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        forEach(c, out::add);
        return out;
    }

    /** Receives each annotation of {@link #forEach} as its row is read. */
    @FunctionalInterface
    interface RowSink {
        void accept(Annotation a) throws SQLException;
    }

    /** Hands every annotation to {@code sink} in drawing order, one row in memory at a time. */
    static void forEach(Connection c, RowSink sink) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE + " LIMIT 0");
                ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        boolean hasOrder = columns.contains("z_order");
        boolean hasLocked = columns.contains("locked");
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + TABLE
                + (hasOrder ? " ORDER BY z_order, fid" : " ORDER BY fid"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Annotation a;
                try {
                    a = row(rs, hasLocked);
                } catch (IllegalArgumentException | IOException | java.time.DateTimeException e) {
                    throw new DamagedRowException(describeRow(rs) + ": " + e.getMessage(), e);
                }
                sink.accept(a);
            }
        }
    }

    /** An annotation row that cannot be read back: its message names the annotation and the reason. */
    static final class DamagedRowException extends SQLException {
        private static final long serialVersionUID = 1L;

        DamagedRowException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** "the annotation "Title" (id x)" as far as the row can tell. */
    private static String describeRow(ResultSet rs) throws SQLException {
        String title = rs.getString("title");
        String uid = rs.getString("uid");
        return "the annotation" + (title == null || title.isBlank() ? "" : " \"" + title + "\"")
                + (uid == null ? " with fid " + rs.getLong("fid") : " (id " + uid + ")");
    }

    private static Annotation row(ResultSet rs, boolean hasLocked) throws SQLException, IOException {
        Geometry g = GeoPackageGeometry.decode(rs.getBytes("geom"), GeoJsonLoader.GEOMETRY_FACTORY);
        AnnotationKind kind = AnnotationKind.fromCode(rs.getString("kind"));
        Annotation.Builder b = Annotation.builder(kind, g).id(rs.getString("uid"))
                .title(rs.getString("title")).notes(rs.getString("notes"))
                .side(Side.fromCode(rs.getString("side")))
                .confidence(Confidence.fromCode(rs.getString("confidence")))
                .source(rs.getString("source")).sourceUrl(rs.getString("source_url"));
        String status = rs.getString("status");
        if (status != null) {
            b.status(ZoneStatus.fromCode(status));
        }
        String from = rs.getString("valid_from");
        String to = rs.getString("valid_to");
        b.validFrom(from == null ? null : LocalDate.parse(from)).validTo(to == null ? null : LocalDate.parse(to));
        String created = rs.getString("created");
        String modified = rs.getString("modified");
        b.created(created == null ? null : Instant.parse(created));
        b.modified(modified == null ? null : Instant.parse(modified));
        if (hasLocked) {
            b.locked(rs.getInt("locked") != 0);
        }
        for (Map.Entry<String, Object> e : JsonAttributes.read(rs.getString("attributes")).entrySet()) {
            b.attribute(e.getKey(), e.getValue());
        }
        return b.build();
    }
}
