package org.sitmap.geo;

/**
 * A problem found while loading a GeoJSON file that did not stop the load: a feature that was skipped, or one that
 * was kept after a repair (an unclosed ring closed, a self-intersecting polygon fixed).
 *
 * @param featureIndex index of the feature in the file (0-based, counting skipped ones), or -1 when not about one
 * @param line 1-based line of the problem in the (decompressed) text, or -1 when unknown
 * @param column 1-based column (in bytes) of the problem, or -1 when unknown
 * @param message what happened, in words meant for the user
 */
public record LoadIssue(int featureIndex, long line, long column, String message) {

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
