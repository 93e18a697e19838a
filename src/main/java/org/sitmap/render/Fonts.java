package org.sitmap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every map is drawn with. They ship inside the application (DejaVu, free licence) so a map looks the
 * same on every machine and in every export, whatever fonts the system has.
 *
 * <p>Thread-safe: fonts are loaded once and {@link Font} is immutable.
 */
public final class Fonts {
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    private static final Font ITALIC = load("DejaVuSans-Oblique.ttf");

    private Fonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    /** Bold with wider letter spacing, for names spread over a large area (countries). */
    public static Font boldSpaced(float size, float tracking) {
        return BOLD.deriveFont(java.util.Map.of(java.awt.font.TextAttribute.SIZE, size,
                java.awt.font.TextAttribute.TRACKING, tracking));
    }

    public static Font italic(float size) {
        return ITALIC.deriveFont(size);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font missing from the application: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Bundled font " + file + " is not a TrueType font", e);
        }
    }
}
