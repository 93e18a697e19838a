package org.sitmap.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Reads one file format of map layers into features in lon/lat, with the same repairs and typed issues whatever the
 * format ({@link FeatureRepairs}, {@link LoadIssue.Kind}). Registered in {@link LayerReaders}: a KML or GeoPackage
 * reader is one class implementing this plus one line there.
 */
public interface LayerReader {
    /** The format's name as messages and file choosers show it, e.g. "GeoJSON". */
    String name();

    /** File name endings this reader takes, lower case without the dot, longest first, e.g. "geojson.gz". */
    List<String> extensions();

    /** Whether the file's name ends in one of {@link #extensions()} (case-insensitive). */
    default boolean accepts(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return extensions().stream().anyMatch(ext -> name.endsWith("." + ext));
    }

    /**
     * Reads a file.
     *
     * @param progress  receives 0..1; may be null
     * @param cancelled polled while reading; may be null
     * @throws GeoJsonException when the file cannot be shown at all; its message names the file and the place
     * @throws CancellationException when cancelled
     */
    LoadResult read(Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws GeoJsonException, IOException;

    /**
     * Reads a file's features for drawing only: a format may leave out their properties (names, attributes) where
     * that is quicker. The same features, repairs and issues otherwise; by default, {@link #read}.
     */
    default LoadResult readShapes(Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws GeoJsonException, IOException {
        return read(file, progress, cancelled);
    }

    /**
     * What a file holds (counts, types, bounds, issues) without keeping its features, so files larger than memory can
     * be described. Formats that cannot stream read the whole file; the result's feature list may be empty.
     */
    default LoadResult summarise(Path file) throws GeoJsonException, IOException {
        return read(file, null, null);
    }
}
