package org.sitmap.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The registry of layer readers, GeoJSON first. A file goes to the reader whose extension it has; a file with
 * another name goes to the first reader (GeoJSON, which looks at the content and says plainly what a file is when
 * it is not GeoJSON). To add a format, write its {@link LayerReader} and add it to the list here (or
 * {@link #register} it at start-up). Thread-safe.
 *
 * <pre>{@code
 * LoadResult r = LayerReaders.read(Path.of("borders.geojson"), null, null);
 * }</pre>
 */
public final class LayerReaders {
    private static final List<LayerReader> READERS = new CopyOnWriteArrayList<>(List.of(new GeoJsonLayerReader()));

    private LayerReaders() {
    }

    /** The registered readers, the default first. */
    public static List<LayerReader> all() {
        return List.copyOf(READERS);
    }

    /** The reader for {@code file}: the one taking its extension, else the default. */
    public static LayerReader forFile(Path file) {
        for (LayerReader r : READERS) {
            if (r.accepts(file)) {
                return r;
            }
        }
        return READERS.get(0);
    }

    /** Reads {@code file} with {@link #forFile its reader}. */
    public static LoadResult read(Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws GeoJsonException, IOException {
        return forFile(file).read(file, progress, cancelled);
    }

    /** Adds a reader after the registered ones. */
    public static void register(LayerReader reader) {
        READERS.add(reader);
    }

    /** Removes a registered reader (never the default). */
    public static void unregister(LayerReader reader) {
        if (READERS.indexOf(reader) > 0) {
            READERS.remove(reader);
        }
    }
}
