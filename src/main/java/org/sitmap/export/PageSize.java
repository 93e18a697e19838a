package org.sitmap.export;

import java.util.List;
import java.util.Locale;

/**
 * The size of an exported page: its pixel grid, the DPI it is meant for, and its physical size in points (1/72
 * inch). Everything on the page (line widths, text, panels) is sized in points and scaled by {@code dpi / 72}, so
 * an A4 page at 300 dpi looks like the same page at 150 dpi, only sharper, and a 3840x2160 image at 192 dpi looks
 * like 1920x1080 at 96 dpi.
 *
 * <p>Paper presets keep their exact size in points ({@link #widthPoints()}) so the PDF page is a true A4 or A3;
 * pixel presets are {@code pixels * 72 / dpi} points wide. Immutable.
 *
 * @param width        pixels across
 * @param height       pixels down
 * @param dpi          dots per inch the page is laid out for
 * @param widthPoints  physical width in points
 * @param heightPoints physical height in points
 * @param paper        true for paper presets: the map gets a white margin and a neat line
 * @param name         a short description such as {@code A4 landscape, 300 dpi} or {@code 1920x1080}
 */
public record PageSize(int width, int height, double dpi, double widthPoints, double heightPoints, boolean paper,
        String name) {
    /** Largest side accepted, in pixels. */
    public static final int MAX_SIDE = 16_384;
    /** Largest pixel count accepted: 8192 x 8192, a 256 MB frame. */
    public static final long MAX_PIXELS = 8192L * 8192L;
    /** Smallest side that still leaves room for a map. */
    public static final int MIN_SIDE = 64;

    /** ISO paper sizes in points, portrait. */
    public enum Paper {
        A4(595.276, 841.89),
        A3(841.89, 1190.551);

        private final double widthPoints;
        private final double heightPoints;

        Paper(double widthPoints, double heightPoints) {
            this.widthPoints = widthPoints;
            this.heightPoints = heightPoints;
        }

        public static Paper parse(String text) {
            for (Paper p : values()) {
                if (p.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown paper '" + text + "'; expected A4 or A3");
        }
    }

    public PageSize {
        if (!(dpi >= 10 && dpi <= 2400)) {
            throw new IllegalArgumentException("DPI must be between 10 and 2400, got " + dpi);
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("size " + width + "x" + height + " is too small; at least "
                    + MIN_SIDE + "x" + MIN_SIDE + " pixels");
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("size " + width + "x" + height + " is too large; at most "
                    + MAX_SIDE + " pixels a side and 8192x8192 pixels in all");
        }
        if (!(widthPoints > 0 && heightPoints > 0)) {
            throw new IllegalArgumentException("Physical size must be positive: " + widthPoints + "x" + heightPoints);
        }
        name = name == null ? width + "x" + height : name;
    }

    /** An image of {@code width x height} pixels meant for {@code dpi} (96 for a screen). */
    public static PageSize pixels(int width, int height, double dpi) {
        return new PageSize(width, height, dpi, width * 72.0 / dpi, height * 72.0 / dpi, false,
                width + "x" + height + (dpi == 96 ? "" : String.format(Locale.ROOT, ", %.0f dpi", dpi)));
    }

    /** A sheet of paper at {@code dpi}; the pixel grid is the paper size at that DPI, rounded. */
    public static PageSize paper(Paper paper, boolean landscape, double dpi) {
        double w = landscape ? paper.heightPoints : paper.widthPoints;
        double h = landscape ? paper.widthPoints : paper.heightPoints;
        int pw = (int) Math.round(w * dpi / 72.0);
        int ph = (int) Math.round(h * dpi / 72.0);
        return new PageSize(pw, ph, dpi, w, h, true, String.format(Locale.ROOT, "%s %s, %.0f dpi", paper.name(),
                landscape ? "landscape" : "portrait", dpi));
    }

    /** Full HD slide, 96 dpi. */
    public static PageSize hd() {
        return pixels(1920, 1080, 96);
    }

    /** 4K slide laid out like {@link #hd()} at twice the sharpness (192 dpi). */
    public static PageSize uhd() {
        return pixels(3840, 2160, 192);
    }

    /** The sizes offered by the export dialog, in order. */
    public static List<PageSize> presets() {
        return List.of(hd(), uhd(),
                paper(Paper.A4, true, 150), paper(Paper.A4, true, 300),
                paper(Paper.A4, false, 150), paper(Paper.A4, false, 300),
                paper(Paper.A3, true, 150), paper(Paper.A3, true, 300),
                paper(Paper.A3, false, 150), paper(Paper.A3, false, 300));
    }

    /** Pixels per point (1/72 inch). */
    public double pixelsPerPoint() {
        return dpi / 72.0;
    }

    @Override
    public String toString() {
        return name;
    }
}
