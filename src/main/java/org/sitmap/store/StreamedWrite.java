package org.sitmap.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;

/**
 * Writes annotations to a briefing file as they come, past the in-memory briefing, in batches inside one
 * transaction: an import larger than memory lands whole or not at all (a kill -9 half way leaves the file as it
 * was). The {@link BriefingFile}'s briefing does not see the rows written; close the file afterwards.
 *
 * <pre>{@code
 * StreamedWrite.run(file, info, out -> AnnotationGeoJson.scan(source, (i, a) -> out.add(a)));
 * if (file.lastError() != null) ... // nothing was written
 * }</pre>
 *
 * Not thread-safe: one per write, on the thread that runs it.
 */
public final class StreamedWrite {
    /** Rows sent to SQLite at once. */
    private static final int BATCH = 500;

    /** What a streamed write writes, called once inside the transaction. */
    @FunctionalInterface
    public interface Feed {
        void writeTo(StreamedWrite out) throws Exception;
    }

    private final java.sql.Connection conn;
    private final PreparedStatement insert;
    private final Envelope extent = new Envelope();
    private int nextOrder;
    private int added;
    private int pending;

    private StreamedWrite(java.sql.Connection conn, int firstOrder) throws SQLException {
        this.conn = conn;
        this.insert = AnnotationDao.insertStatement(conn);
        this.nextOrder = firstOrder;
    }

    /**
     * Runs {@code feed} in one transaction on {@code file}, then writes {@code info}. On failure nothing is written:
     * {@link BriefingFile#lastError()} says why, and a failure of the feed itself (not of the file) is thrown as
     * it was thrown.
     *
     * @return how many annotations were added (replacements not counted), or -1 when the write failed
     */
    public static int run(BriefingFile file, BriefingInfo info, Feed feed) throws Exception {
        Exception[] feedFailure = {null};
        int[] added = {-1};
        Envelope extent = new Envelope();
        file.writer().writeBeside(c -> {
            StreamedWrite out = new StreamedWrite(c, file.briefing().size());
            try (PreparedStatement ps = out.insert) {
                feed.writeTo(out);
                out.flush();
            } catch (SQLException | WriteFailure e) {
                throw e;
            } catch (Exception e) {
                feedFailure[0] = e;
                throw new IllegalStateException(e.getMessage(), e);
            }
            BriefingInfoDao.write(c, info);
            extent.expandToInclude(out.extent);
            added[0] = out.added;
        }, extent);
        if (feedFailure[0] != null) {
            throw feedFailure[0];
        }
        return file.lastError() == null ? added[0] : -1;
    }

    /** A write that SQLite refused (full disk, ...), unchecked so it can leave a reader's callback. */
    static final class WriteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Adds {@code a} at the top of the drawing order. */
    public void add(Annotation a) {
        try {
            AnnotationDao.bindInsert(insert, a, nextOrder++);
            insert.addBatch();
            extent.expandToInclude(a.geometry().getEnvelopeInternal());
            added++;
            if (++pending == BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new WriteFailure(e);
        }
    }

    /** Rewrites the annotation with {@code a}'s id, keeping its place in the drawing order. */
    public void replace(Annotation a) {
        try {
            flush();
            AnnotationDao.update(conn, a);
            extent.expandToInclude(a.geometry().getEnvelopeInternal());
        } catch (SQLException e) {
            throw new WriteFailure(e);
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }
}
