package org.sitmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite connections a briefing file is read and written through, configured in one place, and what is done to
 * the file as a whole through them: folding the WAL back into the file, copying it, closing without a trace.
 * Stateless; every method is safe to call from any thread with its own connection.
 */
final class Connections {
    private static final int BUSY_TIMEOUT_MS = 2000;
    /** The files SQLite may keep beside a database, after the database itself (""). */
    private static final List<String> SIDECARS = List.of("", "-wal", "-shm", "-journal");

    private Connections() {
    }

    /**
     * A connection to an existing file: read-only, or for writing in WAL mode with {@code synchronous=NORMAL},
     * foreign keys and immediate transactions. Never creates the file.
     */
    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            cfg.setReadOnly(true);
        } else {
            cfg.resetOpenMode(SQLiteOpenMode.CREATE); // opening never creates: create() made the file already
            cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            cfg.enforceForeignKeys(true);
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * Lets SQLite roll back the hot journal a crashed writer left ({@code FILE-journal}), as it does on any
     * connection that may write: a plain one, without the WAL switch. True when that went through.
     */
    static boolean rollBackHotJournal(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(BUSY_TIMEOUT_MS);
        cfg.resetOpenMode(SQLiteOpenMode.CREATE);
        try (Connection c = cfg.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Moves everything in the WAL into the file and drops the WAL, so the file stands alone. Throws when SQLite
     * could not (a full disk), or {@link ReadersStillOpen} when other programs kept reading it for two seconds:
     * then the changes are safe in the WAL and the last of them to close folds it in (SQLite does so on close).
     */
    static void foldIntoOneFile(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int attempt = 0; !checkpointed(st); attempt++) {
                if (attempt == 40) {
                    throw new ReadersStillOpen();
                }
                pause();
            }
            try {
                st.execute("PRAGMA journal_mode=DELETE");
            } catch (SQLException e) {
                // Leaving WAL needs the file alone; the last program to close it folds and leaves instead.
                if (busy(e)) {
                    throw new ReadersStillOpen();
                }
                throw e;
            }
        }
    }

    private static boolean busy(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == 5 || code == 6;
    }

    private static boolean checkpointed(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            return !rs.next() || rs.getInt(1) == 0;
        } catch (SQLException e) {
            // SQLITE_BUSY or SQLITE_LOCKED, thrown after the busy timeout: another program holds the file.
            if (busy(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadersStillOpen();
        }
    }

    /** Another program still reads the file: the WAL stays until the last reader closes, which folds it in. */
    static final class ReadersStillOpen extends SQLException {
        ReadersStillOpen() {
            super("another program was reading the file", null, 5);
        }
    }

    /** Writes a consistent single-file copy of the connection's database to {@code target} (may exist empty). */
    static void vacuumInto(Connection c, Path target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /** Closes a connection that was refused its file, putting the journal back so the file's bytes are as found. */
    static void closeAsFound(Connection c) {
        if (c != null) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=DELETE");
            } catch (SQLException ignored) {
                // SQLite will fold the WAL back when the file is next opened
            }
        }
        closeQuietly(c);
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing to save on a failed connection
            }
        }
    }

    /** Deletes the file and the sidecar files SQLite may have left beside it; best effort, never throws. */
    static void deleteWithSidecars(Path file) {
        for (String suffix : SIDECARS) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: the caller has told the user what went wrong already
            }
        }
    }
}
