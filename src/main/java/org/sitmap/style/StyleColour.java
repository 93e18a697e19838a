package org.sitmap.style;

import java.util.Locale;

/**
 * A colour of a style sheet, packed 0xAARRGGBB: a value type so that the sheet stays free of AWT and JavaFX
 * (painters convert with {@code new java.awt.Color(argb, true)}).
 *
 * <p>Immutable and thread-safe.
 */
public record StyleColour(int argb) {
    public static final StyleColour WHITE = new StyleColour(0xFFFFFFFF);
    public static final StyleColour TRANSPARENT = new StyleColour(0);

    /**
     * Parses {@code #RRGGBB} (opaque) or {@code #RRGGBBAA}.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static StyleColour parse(String text) {
        String t = text == null ? "" : text.trim();
        if (!t.matches("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?")) {
            throw new IllegalArgumentException("expected a colour such as \"#1F5FBF\" or \"#FFFFFFDC\", got \""
                    + text + "\"");
        }
        int rgb = Integer.parseInt(t.substring(1, 7), 16);
        int alpha = t.length() == 9 ? Integer.parseInt(t.substring(7), 16) : 0xFF;
        return new StyleColour(alpha << 24 | rgb);
    }

    public int red() {
        return (argb >> 16) & 0xFF;
    }

    public int green() {
        return (argb >> 8) & 0xFF;
    }

    public int blue() {
        return argb & 0xFF;
    }

    public int alpha() {
        return (argb >>> 24) & 0xFF;
    }

    /** 0xRRGGBB without alpha. */
    public int rgb() {
        return argb & 0xFFFFFF;
    }

    /** The same colour with its alpha replaced by {@code opacity} (0..1), rounded to the nearest step of 255. */
    public StyleColour withOpacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("Opacity must be between 0 and 1: " + opacity);
        }
        return new StyleColour((int) Math.round(255 * opacity) << 24 | rgb());
    }

    /** Each channel multiplied by {@code factor} (0..1) and truncated, alpha kept: a darker shade. */
    public StyleColour darker(double factor) {
        if (!(factor >= 0 && factor <= 1)) {
            throw new IllegalArgumentException("Darkening factor must be between 0 and 1: " + factor);
        }
        return new StyleColour(alpha() << 24 | (int) (red() * factor) << 16 | (int) (green() * factor) << 8
                | (int) (blue() * factor));
    }

    /** {@code #RRGGBB}, or {@code #RRGGBBAA} when not opaque: the sheet's own notation. */
    @Override
    public String toString() {
        String rgb = String.format(Locale.ROOT, "#%06X", rgb());
        return alpha() == 0xFF ? rgb : rgb + String.format(Locale.ROOT, "%02X", alpha());
    }
}
