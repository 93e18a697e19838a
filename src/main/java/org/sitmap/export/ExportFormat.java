package org.sitmap.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file types a map can be exported to. */
public enum ExportFormat {
    /** Raster image with the DPI recorded in its pHYs chunk. */
    PNG("png"),
    /** One vector page with real, selectable text in embedded fonts. */
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Parses {@code png} or {@code pdf} (case-insensitive); throws with the accepted values listed. */
    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; expected png or pdf");
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
}
