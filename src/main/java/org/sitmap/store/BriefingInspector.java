package org.sitmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitmap.geo.InputFiles;

/**
 * Checks, before anything is written, that a file is a healthy Sitmap briefing: a readable file, a SQLite header,
 * SQLite's integrity check, a GeoPackage, the Sitmap tables and a schema version. Reads on a read-only connection
 * and never modifies the file (except letting SQLite roll back a crashed writer's journal when the caller is about
 * to write anyway). Stateless and thread-safe.
 */
final class BriefingInspector {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private BriefingInspector() {
    }

    /**
     * Checks that {@code file} is a healthy Sitmap briefing and returns its schema version.
     *
     * @param beforeWriting run SQLite's full {@code integrity_check}, which also finds damaged indexes that
     *     {@code quick_check} misses and that a write would spread; reading needs only the quick one
     */
    static int inspect(Path file, boolean beforeWriting) throws BriefingFileException {
        String problem = InputFiles.problem(file);
        if (problem != null) {
            throw new BriefingFileException(file, problem.startsWith("is a folder") ? "is a folder, not a briefing file"
                    : problem);
        }
        checkHeader(file);
        try (Connection c = Connections.connect(file, true)) {
            return inspectDatabase(file, c, beforeWriting);
        } catch (SQLException e) {
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("not a database") || lower.contains("malformed") || lower.contains("corrupt")) {
                throw new BriefingFileException(file, "damaged: not a readable SQLite database ("
                        + Messages.describe(e) + "); it was not opened", e);
            }
            if (beforeWriting && lower.contains("readonly_rollback") && Connections.rollBackHotJournal(file)) {
                return inspect(file, true);
            }
            if (lower.contains("readonly_rollback")) {
                throw new BriefingFileException(file, "holds an unfinished change of a Sitmap that stopped ("
                        + file.getFileName() + "-journal), which only opening it for writing can undo (open it in "
                        + "the window or import into it); it was not read", e);
            }
            throw new BriefingFileException(file, "cannot be read: " + Messages.describe(e), e);
        }
    }

    /** The first 100 bytes must be a whole SQLite header. */
    private static void checkHeader(Path file) throws BriefingFileException {
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new BriefingFileException(file, "cannot be read: " + Messages.describe(e), e);
        }
        if (n == 0) {
            throw new BriefingFileException(file, "the file is empty, not a Sitmap briefing");
        }
        if (n < SQLITE_MAGIC.length || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0,
                SQLITE_MAGIC.length)) {
            throw new BriefingFileException(file, "not a SQLite database (the file is damaged, truncated or of "
                    + "another type); it was not opened");
        }
        if (n < header.length) {
            throw new BriefingFileException(file, "damaged: the SQLite database is truncated; it was not opened");
        }
    }

    private static int inspectDatabase(Path file, Connection c, boolean beforeWriting)
            throws SQLException, BriefingFileException {
        String problems = integrityProblems(c, beforeWriting);
        if (problems != null) {
            throw new BriefingFileException(file, "damaged: the SQLite integrity check failed (" + problems
                    + "); it was not opened");
        }
        int applicationId = pragmaInt(c, "application_id");
        Set<String> tables = tables(c);
        if (applicationId != BriefingFile.GPKG_APPLICATION_ID && !tables.contains("gpkg_contents")) {
            throw new BriefingFileException(file, "not a Sitmap briefing (a SQLite database but not a "
                    + "GeoPackage); it was not opened");
        }
        if (!tables.contains(BriefingInfoDao.TABLE)) {
            throw new BriefingFileException(file, "not a Sitmap briefing (a GeoPackage from another tool: no '"
                    + BriefingInfoDao.TABLE + "' table" + (tables.contains(AnnotationDao.TABLE) ? ""
                            : " and no '" + AnnotationDao.TABLE + "' table")
                    + "); it was left untouched. Import its features as GeoJSON instead");
        }
        if (!tables.contains(AnnotationDao.TABLE)) {
            throw new BriefingFileException(file, "damaged briefing: the '" + AnnotationDao.TABLE
                    + "' table is missing; it was not opened");
        }
        int version = BriefingInfoDao.schemaVersion(c);
        if (version <= 0) {
            throw new BriefingFileException(file, "damaged briefing: no schema_version in "
                    + BriefingInfoDao.TABLE + "; it was not opened");
        }
        return version;
    }

    /**
     * What SQLite's integrity check finds, on one line: the first problem and how many more ("... and 12 more"),
     * or null when the file is sound.
     */
    private static String integrityProblems(Connection c, boolean full) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
            List<String> problems = new ArrayList<>();
            while (rs.next()) {
                for (String line : String.valueOf(rs.getString(1)).split("\n")) {
                    // "*** in database main ***" heads a row's list: no problem of its own
                    if (!line.isBlank() && !line.startsWith("***")) {
                        problems.add(line.strip());
                    }
                }
            }
            if (problems.isEmpty() || problems.size() == 1 && "ok".equalsIgnoreCase(problems.get(0))) {
                return null;
            }
            return problems.get(0) + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : "");
        }
    }

    private static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
