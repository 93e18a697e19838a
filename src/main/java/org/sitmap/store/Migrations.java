package org.sitmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing schema as versioned SQL scripts in {@code org/sitmap/store/migrations/V<n>__<what>.sql}, applied in
 * order. The app's schema version lives in {@code sitmap_briefing.schema_version}: {@code PRAGMA user_version} must
 * stay 10300, the GeoPackage version. A script's statements end with a semicolon at the end of a line; lines
 * starting with {@code --} are comments. Stateless and thread-safe.
 */
public final class Migrations {
    /** The scripts, oldest first; script {@code i} brings the schema to version {@code i + 1}. */
    static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__drawing_order_and_lock.sql",
            "V3__style_sheet.sql", "V4__briefing_sides.sql");

    /** The schema version this build writes and understands. */
    public static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /**
     * Applies the scripts after {@code from} up to {@code to} in one transaction; the connection must be in
     * auto-commit mode and is left so. On failure nothing is changed.
     */
    static void migrate(Connection c, int from, int to) throws SQLException {
        if (from < 0 || to > LATEST || from > to) {
            throw new IllegalArgumentException("cannot migrate from schema " + from + " to " + to);
        }
        if (from == to) {
            return;
        }
        c.setAutoCommit(false);
        try {
            for (int v = from + 1; v <= to; v++) {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(script(v))) {
                        st.execute(sql);
                    }
                }
                BriefingInfoDao.setSchemaVersion(c, v);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script into statements: comment lines dropped, a statement ends with ';' at the end of a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            sb.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(sb.toString().strip());
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            out.add(sb.toString().strip());
        }
        return out;
    }
}
