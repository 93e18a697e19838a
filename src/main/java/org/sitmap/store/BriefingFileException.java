package org.sitmap.store;

import java.nio.file.Path;

/**
 * A briefing file that cannot be created, opened, migrated or copied. The message names the file and says what is
 * wrong in words meant for the user, e.g. {@code x.gpkg: not a SQLite database (file is damaged or truncated)}.
 */
public class BriefingFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public BriefingFileException(Path file, String detail) {
        this(file, detail, null);
    }

    public BriefingFileException(Path file, String detail, Throwable cause) {
        super(name(file) + ": " + detail, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    static String name(Path file) {
        return file == null || file.toString().isEmpty() ? "briefing" : String.valueOf(file.getFileName());
    }
}
