package org.sitmap.geo;

/** A feature that must be skipped; carries the place where the problem was seen. No stack trace (it is common). */
final class FeatureProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;

    FeatureProblem(long line, long column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }
}
