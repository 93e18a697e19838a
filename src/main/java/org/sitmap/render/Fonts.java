package org.sitmap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.sitmap.model.MapFeature;
import org.sitmap.model.PlaceNames;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * The fonts every map is drawn with. They ship inside the application (DejaVu, free licence) so a map looks the
 * same on every machine and in every export, whatever fonts the system has.
 *
 * <p>Thread-safe: fonts are loaded once and {@link Font} is immutable; sizes derived during a frame are kept in
 * its {@link RenderCaches}.
 */
public final class Fonts {
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    private static final Font ITALIC = load("DejaVuSans-Oblique.ttf");

    private Fonts() {
    }

    private record Variant(Font face, float size, float tracking) {
    }

    public static Font regular(float size) {
        return derived(REGULAR, size, 0);
    }

    public static Font bold(float size) {
        return derived(BOLD, size, 0);
    }

    /** Bold with wider letter spacing, for names spread over a large area (countries). */
    public static Font boldSpaced(float size, float tracking) {
        return derived(BOLD, size, tracking);
    }

    public static Font italic(float size) {
        return derived(ITALIC, size, 0);
    }

    /**
     * The name a base-map label shows in {@code names}: its own in that language when the faces it may be written
     * in (regular and bold; also oblique when {@code oblique}, as region and river names are) have the glyphs for
     * it, else the English one. DejaVu's upright faces draw Latin, Cyrillic, Greek and Arabic, its oblique face no
     * Arabic, and none of them Ethiopic or Han: a local name in those scripts would be drawn as boxes.
     */
    static String placeName(PlaceNames names, MapFeature feature, String labelKey, boolean oblique) {
        String own = names.nameOf(feature, labelKey);
        if (names == PlaceNames.ENGLISH || own == null || drawable(own, oblique)) {
            return own;
        }
        return feature.text(labelKey);
    }

    /** Whether the upright faces, and the oblique one when asked, have a glyph for every character of {@code text}. */
    static boolean drawable(String text, boolean oblique) {
        return REGULAR.canDisplayUpTo(text) < 0 && BOLD.canDisplayUpTo(text) < 0
                && (!oblique || ITALIC.canDisplayUpTo(text) < 0);
    }

    /**
     * The font a style names: its {@code font} face, {@code size} (points) times {@code pixelsPerPoint}, and its
     * {@code letter-spacing} when set.
     */
    public static Font of(Style style, StyleProperty size, double pixelsPerPoint) {
        return of(style, style.number(size) * pixelsPerPoint);
    }

    /** The face (and letter spacing) a style names, {@code sizePixels} large. */
    public static Font of(Style style, double sizePixels) {
        Font face = switch (style.choice(StyleProperty.FONT)) {
            case "bold" -> BOLD;
            case "italic" -> ITALIC;
            default -> REGULAR;
        };
        return derived(face, (float) sizePixels, (float) style.number(StyleProperty.LETTER_SPACING, 0));
    }

    private static Font derived(Font face, float size, float tracking) {
        // Derived fonts are kept in the frame's caches: a map frame asks for the same few hundreds of times.
        return (Font) RenderCaches.current().fonts.get(new Variant(face, size, tracking), k -> {
            Variant v = (Variant) k;
            return v.tracking() == 0 ? v.face().deriveFont(v.size())
                    : v.face().deriveFont(Map.of(TextAttribute.SIZE, v.size(), TextAttribute.TRACKING, v.tracking()));
        });
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
