package org.sitmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Writes a day-by-day series of map pages (the same page for each situation date) to one target: an animated GIF,
 * or a folder of images. Registered in {@link MapExporters}, which picks the one that {@link #accepts} a target.
 */
public interface SeriesExporter {
    /** What the target becomes, in words for a user, e.g. "animated GIF, one frame per day". */
    String description();

    /** Whether this exporter writes to {@code target} (judged by its name). */
    boolean accepts(Path target);

    /**
     * Writes one page per day, asking {@code page} for each day's page in order.
     *
     * @param frameMillis how long each day is shown, where the format animates
     * @param progress    receives 0..1, may be null
     * @throws CancellationException when cancelled
     */
    void export(Path target, List<LocalDate> days, Function<LocalDate, MapComposer> page, int frameMillis,
            DoubleConsumer progress, BooleanSupplier cancelled) throws IOException;
}
