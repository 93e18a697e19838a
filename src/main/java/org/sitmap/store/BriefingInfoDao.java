package org.sitmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.PlaceNames;

/**
 * The {@code sitmap_briefing} table: key/value metadata of a briefing ({@code title}, {@code author},
 * {@code situation_date}, {@code view_min_lon}, {@code view_min_lat}, {@code view_max_lon}, {@code view_max_lat},
 * {@code style_sheet}, {@code legend}: see {@link LegendEditsJson}, {@code place_names}: {@code en}, {@code local},
 * {@code uk} or {@code ru}) and the app's {@code schema_version}; the sides
 * are in {@link SideDao}'s table. Stateless; callers own the connection and its transaction.
 */
final class BriefingInfoDao {
    static final String TABLE = "sitmap_briefing";
    static final String SCHEMA_VERSION = "schema_version";
    static final String STYLE_SHEET = "style_sheet";
    static final String PLACE_NAMES = "place_names";

    private BriefingInfoDao() {
    }

    static BriefingInfo read(Connection c) throws SQLException {
        Map<String, String> m = readAll(c);
        LocalDate date = null;
        String d = m.get("situation_date");
        if (d != null && !d.isBlank()) {
            try {
                date = LocalDate.parse(d.trim());
            } catch (java.time.format.DateTimeParseException e) {
                date = null; // a hand-edited bad date should not make the briefing unreadable
            }
        }
        Envelope view = null;
        Double x1 = number(m.get("view_min_lon"));
        Double y1 = number(m.get("view_min_lat"));
        Double x2 = number(m.get("view_max_lon"));
        Double y2 = number(m.get("view_max_lat"));
        if (x1 != null && y1 != null && x2 != null && y2 != null) {
            view = new Envelope(x1, x2, y1, y2);
        }
        // A file from before style sheets names none: it is drawn as it always was (BriefingInfo's default).
        return new BriefingInfo(m.get("title"), m.get("author"), date, view, m.get(STYLE_SHEET), SideDao.read(c),
                LegendEditsJson.read(m.get(LegendEditsJson.KEY)), PlaceNames.orEnglish(m.get(PLACE_NAMES)));
    }

    static void write(Connection c, BriefingInfo info) throws SQLException {
        put(c, "title", info.title());
        put(c, "author", info.author());
        put(c, "situation_date", info.situationDate() == null ? null : info.situationDate().toString());
        Envelope v = info.view();
        put(c, "view_min_lon", v == null ? null : Double.toString(v.getMinX()));
        put(c, "view_min_lat", v == null ? null : Double.toString(v.getMinY()));
        put(c, "view_max_lon", v == null ? null : Double.toString(v.getMaxX()));
        put(c, "view_max_lat", v == null ? null : Double.toString(v.getMaxY()));
        put(c, STYLE_SHEET, info.styleSheet());
        put(c, LegendEditsJson.KEY, LegendEditsJson.write(info.legend()));
        // English, the default, is written too: the file says what its exports show.
        put(c, PLACE_NAMES, info.placeNames().code());
        SideDao.write(c, info.sides());
    }

    /** The schema version recorded in the file, or 0 when it holds none. */
    static int schemaVersion(Connection c) throws SQLException {
        String v = readAll(c).get(SCHEMA_VERSION);
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new SQLException("schema_version is not a number: \"" + v + "\"");
        }
    }

    static void setSchemaVersion(Connection c, int version) throws SQLException {
        put(c, SCHEMA_VERSION, Integer.toString(version));
    }

    static Map<String, String> readAll(Connection c) throws SQLException {
        Map<String, String> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM " + TABLE);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }

    /** Sets a key; null deletes it. */
    static void put(Connection c, String key, String value) throws SQLException {
        if (value == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + TABLE + " WHERE key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
