package org.sitmap.geo;

/**
 * A problem found while loading a layer file that did not stop the load: a feature that was skipped, refused or
 * kept after a repair (an unclosed ring closed, a self-intersecting polygon fixed, a shape cut at the antimeridian).
 *
 * @param featureIndex index of the feature in the file (0-based, counting skipped ones), or -1 when not about one
 * @param line 1-based line of the problem in the (decompressed) text, or -1 when unknown
 * @param column 1-based column (in bytes) of the problem, or -1 when unknown
 * @param message what happened, in words meant for the user
 * @param kind what became of the feature
 */
public record LoadIssue(int featureIndex, long line, long column, String message, Kind kind) {

    /** What became of the feature (or the file) an issue is about. */
    public enum Kind {
        /** The feature could not be read (bad JSON shape, missing geometry, bad coordinates) and is left out. */
        SKIPPED,
        /** The feature was read but fails a check no repair could fix (e.g. a polygon beyond repair): left out. */
        REFUSED,
        /** The feature (or the file) is kept after a repair or a lenient reading; the message says which. */
        REPAIRED
    }

    public LoadIssue {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be given");
        }
    }

    /** An issue about a repair (the most common kind); for messages that leave the feature in. */
    public LoadIssue(int featureIndex, long line, long column, String message) {
        this(featureIndex, line, column, message, Kind.REPAIRED);
    }

    /** Whether the feature is left out of the result. */
    public boolean leftOut() {
        return kind != Kind.REPAIRED;
    }

    /** Reads like {@code feature 17 (line 40, column 3): ring was not closed; closed it}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (featureIndex >= 0) {
            sb.append("feature ").append(featureIndex);
        }
        if (line > 0) {
            sb.append(sb.length() > 0 ? " (" : "").append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
            if (featureIndex >= 0) {
                sb.append(')');
            }
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        return sb.append(message).toString();
    }
}
