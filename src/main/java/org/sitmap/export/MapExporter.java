package org.sitmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Writes one composed map page to a file of one {@link ExportFormat}. Implementations are registered in
 * {@link MapExporters}; the window's export dialog and {@code sitmap export} find them there, so adding a file
 * type is one class implementing this plus one line in the registry.
 *
 * <pre>{@code
 * MapExporters.forFormat(ExportFormat.PDF).export(new MapComposer(spec, content), Path.of("map.pdf"), p -> {},
 *         () -> false);
 * }</pre>
 */
public interface MapExporter {
    /** The file type this exporter writes. */
    ExportFormat format();

    /**
     * Renders and writes the page to {@code out}; the file appears only when complete.
     *
     * @param progress receives 0..1, may be null
     * @throws CancellationException when cancelled; no file is left behind
     */
    void export(MapComposer composer, Path out, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException;
}
