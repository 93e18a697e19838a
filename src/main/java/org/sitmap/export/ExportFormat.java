package org.sitmap.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A file type a single map page can be exported to: its name as menus show it ("PNG") and its file extension
 * ("png"). The types on offer are those of the registered {@link MapExporter}s (see {@link MapExporters}); a new
 * type is a new exporter with its own {@code ExportFormat}, registered there. Immutable.
 *
 * @param name      upper-case name shown to the user, e.g. "PDF"
 * @param extension the usual file extension, lower case, without the dot
 */
public record ExportFormat(String name, String extension) {
    /** Raster image with the DPI recorded in its pHYs chunk. */
    public static final ExportFormat PNG = new ExportFormat("PNG", "png");
    /** One vector page with real, selectable text in embedded fonts. */
    public static final ExportFormat PDF = new ExportFormat("PDF", "pdf");

    public ExportFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extension, "extension");
        if (extension.isBlank() || extension.startsWith(".")) {
            throw new IllegalArgumentException("extension must be given without the dot: '" + extension + "'");
        }
    }

    /** The formats of the registered exporters, in menu order. */
    public static ExportFormat[] values() {
        return MapExporters.all().stream().map(MapExporter::format).toArray(ExportFormat[]::new);
    }

    /** Parses a format's extension (case-insensitive), e.g. {@code png}; throws with the accepted values listed. */
    public static ExportFormat parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        String accepted = MapExporters.all().stream().map(e -> e.format().extension())
                .collect(Collectors.joining(" or "));
        throw new IllegalArgumentException("unknown format '" + text + "'; expected " + accepted);
    }

    /** The format named by the file's extension, or null when the extension is not one we write. */
    public static ExportFormat fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    /** The name, as a menu shows it. */
    @Override
    public String toString() {
        return name;
    }
}
