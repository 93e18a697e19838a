package org.sitmap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;

/**
 * Reads a briefing's annotations one at a time, for briefings larger than memory ({@code sitmap dump}). Read-only
 * as {@link BriefingFile#openReadOnly}: no lock, no migration, never written; a damaged file is refused the same way.
 * Stateless.
 */
public final class BriefingStream {
    /** Receives each annotation of {@link #forEach} in drawing order. */
    @FunctionalInterface
    public interface Sink {
        /** Called once, after the file proved sound and before the first annotation, with the briefing's details. */
        default void begin(BriefingInfo info) throws IOException {
        }

        void accept(Annotation a) throws IOException;
    }

    private BriefingStream() {
    }

    /**
     * Hands every annotation of {@code file} to {@code sink} in drawing order, holding one at a time. Every row is
     * checked in a first pass, so a damaged file is refused before the sink sees anything.
     *
     * @return the briefing's details
     * @throws IOException when the sink fails
     */
    public static BriefingInfo forEach(Path file, Sink sink) throws BriefingFileException, IOException {
        BriefingFile.inspect(file, false);
        try (Connection c = Connections.connect(file, true)) {
            BriefingInfo info;
            try {
                info = BriefingInfoDao.read(c);
                AnnotationDao.forEach(c, a -> { });
            } catch (AnnotationDao.DamagedRowException e) {
                throw BriefingFileException.damaged(file, e);
            }
            sink.begin(info);
            AnnotationDao.forEach(c, a -> {
                try {
                    sink.accept(a);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return info;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SQLException e) {
            throw BriefingFileException.unreadable(file, e);
        }
    }
}
