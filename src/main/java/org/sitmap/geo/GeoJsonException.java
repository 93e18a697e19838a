package org.sitmap.geo;

/**
 * A GeoJSON file that cannot be loaded at all. The message always names the file and, where known, the place:
 * {@code countries.geojson: line 12, column 7 (feature 3): expected a number in coordinates, found "abc"}.
 */
public class GeoJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long column;
    private final int featureIndex;
    private final String detail;

    /**
     * @param file the source name shown to the user
     * @param line 1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     * @param featureIndex 0-based feature index, or -1 when not about one feature
     * @param detail what went wrong, without the file and place
     */
    public GeoJsonException(String file, long line, long column, int featureIndex, String detail) {
        super(format(file, line, column, featureIndex, detail));
        this.file = file;
        this.line = line;
        this.column = column;
        this.featureIndex = featureIndex;
        this.detail = detail == null ? null : oneLine(detail);
    }

    private static String format(String file, long line, long column, int featureIndex, String detail) {
        StringBuilder sb = new StringBuilder(file == null ? "input" : file).append(": ");
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (featureIndex >= 0) {
            sb.append(line > 0 ? " " : "").append("(feature ").append(featureIndex).append(')');
        }
        if (line > 0 || featureIndex >= 0) {
            sb.append(": ");
        }
        return oneLine(sb.append(detail).toString());
    }

    /**
     * The message on one line whatever the file held: a control character quoted from it (a line break inside a
     * "type" string) is written as an escape (backslash n, backslash u and four hex digits).
     */
    static String oneLine(String message) {
        StringBuilder sb = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (sb == null) {
                    sb = new StringBuilder(message.length() + 8).append(message, 0, i);
                }
                sb.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04x", (int) c);
                });
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? message : sb.toString();
    }

    /** The source name (usually the file name). */
    public String file() {
        return file;
    }

    /** 1-based line, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public long column() {
        return column;
    }

    /** 0-based index of the feature concerned, or -1. */
    public int featureIndex() {
        return featureIndex;
    }

    /** The message without the file name and place. */
    public String detail() {
        return detail;
    }
}
