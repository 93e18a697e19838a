package org.sitmap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingListener;

/**
 * Writes every change of a briefing to its file as it happens: a batch of changes is one SQLite transaction, a
 * change outside a batch one of its own. A write that fails is rolled back and reported, and the next change
 * rewrites the whole briefing so the file catches up with the model. Refuses (and reports) changes to a read-only or
 * closed file.
 *
 * <p>Not thread-safe: runs on the thread that changes the briefing.
 */
final class ChangeWriter implements BriefingListener {
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    private final Path path;
    private final Briefing briefing;
    private final String readOnlyReason;
    private Connection conn;
    private Consumer<String> onWriteError = m -> { };
    private String lastError;
    private String lastCause;
    private boolean foldFailed;
    private boolean closed;
    private boolean outOfSync;
    private boolean inBatch;
    private Exception batchError;
    private boolean refusedInBatch;

    /** @param conn the writing connection, null when the file is read-only ({@code readOnlyReason} says why) */
    ChangeWriter(Path path, Briefing briefing, Connection conn, String readOnlyReason) {
        this.path = path;
        this.briefing = briefing;
        this.conn = conn;
        this.readOnlyReason = readOnlyReason;
    }

    Connection connection() {
        return conn;
    }

    String lastError() {
        return lastError;
    }

    String lastCause() {
        return lastCause;
    }

    boolean foldFailed() {
        return foldFailed;
    }

    boolean closed() {
        return closed;
    }

    boolean outOfSync() {
        return outOfSync;
    }

    void setOnWriteError(Consumer<String> handler) {
        onWriteError = handler == null ? m -> { } : handler;
    }

    /** Tries once more to write the whole briefing when an earlier write failed; true when the file is in sync. */
    boolean catchUp() {
        if (conn != null && outOfSync) {
            apply(c -> { });
        }
        return !outOfSync;
    }

    /** Applies one change: inside a batch into the open transaction, else in a transaction of its own. */
    void apply(Work work) {
        if (refused()) {
            return;
        }
        if (inBatch) {
            if (batchError == null && !outOfSync) {
                try {
                    work.run(conn);
                } catch (SQLException | RuntimeException e) {
                    batchError = e;
                }
            }
            return;
        }
        Exception error = begin();
        if (error == null && !outOfSync) {
            try {
                work.run(conn);
            } catch (SQLException | RuntimeException e) {
                error = e;
            }
        }
        finish(error);
    }

    /**
     * Writes rows the in-memory briefing does not hold (a streamed import) in one transaction, widening the stored
     * extent by {@code added} as the work leaves it. A failure rolls back and is reported: file and briefing stay as
     * they were, so nothing needs rewriting later.
     */
    void writeBeside(Work work, Envelope added) {
        if (refused()) {
            return;
        }
        Exception error = begin();
        try {
            if (error == null) {
                work.run(conn);
                Envelope extent = extent();
                extent.expandToInclude(added);
                ContentsDao.touch(conn, AnnotationDao.TABLE, extent);
                conn.commit();
                lastError = null;
                return;
            }
        } catch (SQLException | RuntimeException e) {
            error = e;
        } finally {
            if (error != null) {
                rollBackQuietly();
            }
            resetAutoCommit();
        }
        lastCause = Messages.describe(error instanceof StreamedWrite.WriteFailure ? error.getCause() : error);
        report(BriefingFileException.name(path) + ": the changes could not be saved (" + lastCause
                + "); the file keeps the state before them");
    }

    private void rollBackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the file keeps its last committed state
        }
    }

    private void resetAutoCommit() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException ignored) {
            // reported by the caller if it matters
        }
    }

    private Exception begin() {
        try {
            conn.setAutoCommit(false);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    /** Commits (first rewriting everything if an earlier write failed) or rolls back and reports. */
    private void finish(Exception error) {
        try {
            if (error != null) {
                throw error;
            }
            if (outOfSync) {
                AnnotationDao.replaceAll(conn, briefing.annotations());
                BriefingInfoDao.write(conn, briefing.info());
            }
            ContentsDao.touch(conn, AnnotationDao.TABLE, extent());
            conn.commit();
            outOfSync = false;
            lastError = null;
        } catch (Exception e) {
            try {
                conn.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the file keeps its last committed state
            }
            outOfSync = true;
            lastCause = Messages.describe(e);
            report(BriefingFileException.name(path) + ": the last change could not be saved (" + lastCause
                    + "); the file keeps the state before it and the next change will try again");
        } finally {
            try {
                conn.setAutoCommit(true);
            } catch (SQLException ignored) {
                // reported above if it matters
            }
        }
    }

    private boolean refused() {
        if (closed) {
            report(BriefingFileException.name(path) + " is closed: the change was not saved");
            return true;
        }
        if (readOnlyReason == null) {
            return false;
        }
        if (!inBatch || !refusedInBatch) {
            refusedInBatch = inBatch;
            report(BriefingFileException.name(path) + " is read-only (" + readOnlyReason
                    + "): changes are not saved");
        }
        return true;
    }

    private void report(String message) {
        lastError = message;
        onWriteError.accept(message);
    }

    private Envelope extent() {
        Envelope e = new Envelope();
        for (Annotation a : briefing.annotations()) {
            e.expandToInclude(a.geometry().getEnvelopeInternal());
        }
        return e;
    }

    /**
     * Writes what is left, folds the WAL into the file so no sidecars stay, and closes the connection; a failure is
     * reported, never thrown. Later changes are refused.
     */
    void close() {
        if (conn != null) {
            catchUp();
            try {
                Connections.foldIntoOneFile(conn);
            } catch (Connections.ReadersStillOpen e) {
                // Not a failure: the changes are committed in the WAL, and the last program to close folds it in.
            } catch (SQLException e) {
                String name = BriefingFileException.name(path);
                lastCause = Messages.describe(e);
                foldFailed = true;
                report(name + ": the changes are saved in " + name + "-wal but could not be moved into " + name + " ("
                        + lastCause + "); keep " + name + "-wal and " + name + "-shm beside it (without them " + name
                        + " lacks those changes) and open the briefing in Sitmap once there is space, which moves "
                        + "them in");
            }
            Connections.closeQuietly(conn);
            conn = null;
        }
        closed = true;
    }

    @Override
    public void batchStarted() {
        inBatch = true;
        batchError = null;
        refusedInBatch = false;
        if (readOnlyReason == null && !closed) {
            batchError = begin();
        }
    }

    @Override
    public void added(int index, Annotation a) {
        apply(c -> AnnotationDao.insertAt(c, index, a));
    }

    @Override
    public void removed(int index, Annotation a) {
        apply(c -> AnnotationDao.removeAt(c, index, a.id()));
    }

    @Override
    public void changed(Annotation before, Annotation after) {
        apply(c -> AnnotationDao.update(c, after));
    }

    @Override
    public void moved(Annotation a, int from, int to) {
        apply(c -> AnnotationDao.move(c, a.id(), from, to));
    }

    @Override
    public void infoChanged(BriefingInfo before, BriefingInfo after) {
        apply(c -> BriefingInfoDao.write(c, after));
    }

    @Override
    public void batchFinished() {
        inBatch = false;
        if (readOnlyReason == null && !closed) {
            finish(batchError);
        }
        batchError = null;
    }
}
