package org.sitmap.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.sitmap.export.DatedTitles;
import org.sitmap.export.ExportContent;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.MapComposer;
import org.sitmap.export.MapExporters;
import org.sitmap.export.SeriesExporter;

/**
 * Exports a map page, or one page per day, through the exporters registered in {@link MapExporters}: the export
 * dialog and {@code sitmap export} both call these, so a file type added to the registry is offered by both.
 * Stateless; the work runs on the caller's thread (callers in the window run it in the background).
 */
public final class MapExport {
    /** Longest series: a year and a day, so a leap year fits. */
    public static final int MAX_SERIES_DAYS = 367;

    private MapExport() {
    }

    /** Writes {@code composer}'s page with the exporter of its spec's format. */
    public static void page(MapComposer composer, Path out, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        ExportFormat format = composer.layout().spec().format();
        MapExporters.forFormat(format).export(composer, out, progress, cancelled);
    }

    /** Composes and writes one page. */
    public static void page(ExportSpec spec, ExportContent content, Path out, DoubleConsumer progress,
            BooleanSupplier cancelled) throws IOException {
        page(new MapComposer(spec, content), out, progress, cancelled);
    }

    /**
     * Writes the page of {@code spec} as of each day from {@code first} to {@code last} to {@code target}, with
     * the series exporter that accepts it (an animated GIF for a .gif name, else PNG files in a folder).
     *
     * @return the exporter used (it describes what was written)
     * @throws IllegalArgumentException when the days are out of order or more than {@link #MAX_SERIES_DAYS}
     */
    public static SeriesExporter series(ExportSpec spec, ExportContent content, LocalDate first, LocalDate last,
            Path target, int frameMillis, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        SeriesExporter exporter = MapExporters.seriesFor(target);
        series(exporter, spec, content, days(first, last), target, frameMillis, progress, cancelled);
        return exporter;
    }

    /**
     * Writes the page of {@code spec} as of each of {@code days} to {@code target} with {@code exporter}; each frame
     * carries its own date in its title where the title names {@code spec}'s date (see {@link DatedTitles}).
     */
    public static void series(SeriesExporter exporter, ExportSpec spec, ExportContent content, List<LocalDate> days,
            Path target, int frameMillis, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        ExportSpec png = spec.withFormat(ExportFormat.PNG);
        exporter.export(target, days, day -> new MapComposer(DatedTitles.onDay(png, day), content), frameMillis,
                progress, cancelled);
    }

    /** The days from {@code first} to {@code last}, both included; refuses a reversed or too long span. */
    public static List<LocalDate> days(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The last day " + last + " is before the first " + first);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_SERIES_DAYS) {
            throw new IllegalArgumentException("A series is limited to " + MAX_SERIES_DAYS + " days; got " + first
                    + " to " + last);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
