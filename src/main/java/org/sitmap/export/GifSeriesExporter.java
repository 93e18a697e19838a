package org.sitmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/** A series as one animated GIF that loops forever (see {@link GifSeriesWriter}). Stateless; thread-safe. */
public final class GifSeriesExporter implements SeriesExporter {
    @Override
    public String description() {
        return "animated GIF, one frame per day";
    }

    @Override
    public boolean accepts(Path target) {
        return target.getFileName() != null
                && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
    }

    @Override
    public void export(Path target, List<LocalDate> days, Function<LocalDate, MapComposer> page, int frameMillis,
            DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        DoubleConsumer p = progress == null ? x -> { } : progress;
        GifSeriesWriter.write(target, frameMillis, days.size(), i -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            p.accept((double) i / days.size());
            MapComposer composer = page.apply(days.get(i));
            PageSize size = composer.layout().spec().page();
            BufferedImage frame = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            composer.paint(frame, cancelled);
            return frame;
        });
        p.accept(1.0);
    }
}
