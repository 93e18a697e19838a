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
        super(oneLine(name(file) + ": " + detail), cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    /** A file refused because an annotation row cannot be trusted (see {@link AnnotationDao#forEach}). */
    static BriefingFileException damaged(Path file, java.sql.SQLException e) {
        return new BriefingFileException(file, "damaged: " + withoutParserPlace(e.getMessage()) + "; it was not opened",
                e);
    }

    /** A JSON parser's message without the place in its own input it appends on a second line ("at [Source: ..."). */
    private static String withoutParserPlace(String message) {
        if (message == null) {
            return "unknown reason";
        }
        int at = message.indexOf("\n at [Source:");
        return at < 0 ? message : message.substring(0, at);
    }

    /** The message on one line: line breaks and other control characters (quoted from the file) as escapes. */
    private static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A file that could not be read, with SQLite's reason in words. */
    static BriefingFileException unreadable(Path file, java.sql.SQLException e) {
        return new BriefingFileException(file, "cannot be read: " + Messages.describe(e), e);
    }

    static String name(Path file) {
        return file == null || file.toString().isEmpty() ? "briefing" : String.valueOf(file.getFileName());
    }
}
