package org.sitmap.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/** A series as one PNG per day, named by date ({@code 2024-08-14.png}), in a folder created when missing. */
public final class PngFolderSeriesExporter implements SeriesExporter {
    @Override
    public String description() {
        return "one PNG per day";
    }

    /** Any name: the target is taken as a folder. */
    @Override
    public boolean accepts(Path target) {
        return true;
    }

    @Override
    public void export(Path target, List<LocalDate> days, Function<LocalDate, MapComposer> page, int frameMillis,
            DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        DoubleConsumer p = progress == null ? x -> { } : progress;
        Files.createDirectories(target);
        PngExporter png = new PngExporter();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            p.accept((double) i / days.size());
            png.export(page.apply(day), target.resolve(day + ".png"), null, cancelled);
        }
        p.accept(1.0);
    }
}
