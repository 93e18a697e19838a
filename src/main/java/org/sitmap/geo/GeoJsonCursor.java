package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Where the GeoJSON reader stands in the text: the streaming parser, the feature being read, the place of the
 * current token, and the failures, progress and cancellation that go with a place. Shared by the member, geometry
 * and value readers of one load. Not thread-safe.
 */
final class GeoJsonCursor {
    final JsonParser parser;
    private final ParserBase base;
    private final String source;
    private final GeoJsonInput input;
    private final long totalBytes;
    private final DoubleConsumer progress;
    private final BooleanSupplier cancelled;
    private int lastPercent = -1;
    /** Index of the feature being read, or -1 outside features. */
    int currentFeature = -1;

    GeoJsonCursor(JsonParser parser, String source, GeoJsonInput input, long totalBytes, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        this.parser = parser;
        this.base = parser instanceof ParserBase pb ? pb : null;
        this.source = source;
        this.input = input;
        this.totalBytes = totalBytes;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Line of the current token (1-based). */
    long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** Column of the current token (1-based, in bytes). */
    long column() {
        return parser.currentTokenLocation().getColumnNr();
    }

    /** {@link #line()} without allocating, for the per-array hot path; the current token must be a value. */
    int tokenLine() {
        return base != null ? base.getTokenLineNr() : (int) line();
    }

    /** {@link #column()} without allocating: Jackson's {@code getTokenColumnNr()} counts one past the token. */
    int tokenColumn() {
        return base != null ? base.getTokenColumnNr() - 1 : (int) column();
    }

    /** A problem of the current feature at the current token. */
    FeatureProblem problem(String message) {
        return new FeatureProblem(line(), column(), message);
    }

    /** A problem that stops the load. */
    GeoJsonException fatal(long line, long column, int feature, String message) {
        return new GeoJsonException(source, line, column, feature, message);
    }

    GeoJsonException unexpectedEnd() {
        return fatal(line(), column(), currentFeature, "unexpected end of file"
                + (currentFeature >= 0 ? " inside feature " + currentFeature : "") + "; the file looks truncated");
    }

    void checkCancelled() {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException("loading " + source + " was cancelled");
        }
    }

    BooleanSupplier cancelled() {
        return cancelled;
    }

    /** Reports progress by bytes read, at most once per percent. */
    void reportProgress() {
        if (progress == null || totalBytes <= 0) {
            return;
        }
        int percent = (int) Math.min(99, input.bytesRead() * 100 / totalBytes);
        if (percent > lastPercent) {
            lastPercent = percent;
            progress.accept(percent / 100.0);
        }
    }

    /** A token as a message shows it: a short string in quotes, a number as written, "an object". */
    String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "the end of the file";
        }
        switch (t) {
            case VALUE_STRING:
                return "\"" + GeoJsonMessages.brief(parser.getText()) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
            case VALUE_NULL:
                return parser.getText();
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return "'" + GeoJsonMessages.brief(parser.getText()) + "'";
        }
    }
}
