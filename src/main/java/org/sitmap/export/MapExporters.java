package org.sitmap.export;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The registry of exporters: every single-page {@link MapExporter} and every {@link SeriesExporter} the
 * application offers, in menu order. To add a file type, write the exporter and add it to the list here (or, for an
 * optional one, {@link #register} it at start-up). Thread-safe.
 */
public final class MapExporters {
    private static final List<MapExporter> PAGES = new CopyOnWriteArrayList<>(List.of(new PngExporter(),
            new PdfExporter()));
    /** The first that accepts a target wins; the PNG folder accepts any name, so it comes last. */
    private static final List<SeriesExporter> SERIES = List.of(new GifSeriesExporter(), new PngFolderSeriesExporter());

    private MapExporters() {
    }

    /** The single-page exporters, in menu order. */
    public static List<MapExporter> all() {
        return List.copyOf(PAGES);
    }

    /** Adds an exporter at the end of the menu; refuses a second exporter of the same file extension. */
    public static void register(MapExporter exporter) {
        String ext = exporter.format().extension();
        synchronized (PAGES) {
            if (PAGES.stream().anyMatch(e -> e.format().extension().equalsIgnoreCase(ext))) {
                throw new IllegalArgumentException("An exporter of ." + ext + " files is registered already");
            }
            PAGES.add(exporter);
        }
    }

    /** Removes a registered exporter (a test's, or an optional one being unloaded). */
    public static void unregister(MapExporter exporter) {
        PAGES.remove(exporter);
    }

    /** The exporter of {@code format}; throws when none is registered. */
    public static MapExporter forFormat(ExportFormat format) {
        for (MapExporter e : PAGES) {
            if (e.format().equals(format)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No exporter writes " + format + " files");
    }

    /** The series exporters, in the order they are asked whether they accept a target. */
    public static List<SeriesExporter> series() {
        return SERIES;
    }

    /** The series exporter that writes to {@code target}. */
    public static SeriesExporter seriesFor(Path target) {
        for (SeriesExporter e : SERIES) {
            if (e.accepts(target)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No series exporter writes to " + target);
    }
}
