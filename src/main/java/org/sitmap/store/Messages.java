package org.sitmap.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Says what went wrong with a file in words for its user: "the disk is full", "permission denied", instead of
 * SQLite's result codes ({@code [SQLITE_FULL] ...}) or a Java exception's class name. Stateless.
 */
public final class Messages {
    private Messages() {
    }

    /** The cause of {@code e} in a few words, on one line. */
    public static String describe(Throwable e) {
        if (e instanceof SQLException && NativeLibrary.problem() != null
                && String.valueOf(e.getMessage()).contains("Error opening connection")) {
            return NativeLibrary.problem();
        }
        if (e instanceof SQLException s) {
            String sqlite = sqlite(s);
            if (sqlite != null) {
                return sqlite;
            }
        }
        if (e instanceof java.io.IOException && e.getCause() instanceof java.io.IOException cause) {
            return describe(cause); // e.g. ImageIO's "I/O error writing PNG file!" around "No space left on device"
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getReason() == null ? "no such file or folder" : n.getReason();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lowerFirst(f.getReason());
        }
        if ("File too large".equals(e.getMessage()) || "No space left on device".equals(e.getMessage())) {
            return "the disk is full (" + lowerFirst(e.getMessage()) + ")";
        }
        if (e.getCause() != null && e.getCause() != e && (e.getMessage() == null
                || e.getMessage().equals(e.getCause().toString()))) {
            return describe(e.getCause());
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return oneLine(m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
    }

    /** SQLite's primary result codes that a user can act on, in words; null for the others. */
    private static String sqlite(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        switch (e.getErrorCode()) {
            case 13: // SQLITE_FULL
                return "the disk is full";
            case 10: // SQLITE_IOERR
                return "the disk refused a write (" + detail(e) + "; it may be full)";
            case 8: // SQLITE_READONLY
                return m.contains("rollback") ? "the file has an unfinished change of a program that stopped "
                        + "(a hot journal) and cannot be repaired read-only" : "the file or its folder is write-protected";
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return "another program is writing to the file";
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB
                return "the file is damaged (" + detail(e) + ")";
            case 14: // SQLITE_CANTOPEN
                return "it cannot be opened (missing, a folder, or no permission)";
            case 23: // SQLITE_AUTH
                return "permission denied";
            default:
                return null;
        }
    }

    /** SQLite's own words without the result code in brackets, e.g. "disk I/O error". */
    private static String detail(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
        int paren = m.lastIndexOf('(');
        if (paren >= 0 && m.endsWith(")")) {
            m = m.substring(paren + 1, m.length() - 1);
        }
        return oneLine(m);
    }

    /** The first line of {@code text}. */
    public static String oneLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
