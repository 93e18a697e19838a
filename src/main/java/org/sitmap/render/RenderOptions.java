package org.sitmap.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.sitmap.model.PlaceNames;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * Settings of one render that are not part of the view: output resolution and what to leave out.
 *
 * @param dpi            dots per inch of the target; 96 for screens. Line widths and text are given in points and
 *                       scale with it, so a 300 dpi print looks like the screen, only sharper
 * @param background     colour under everything (the sea)
 * @param labels         whether to draw labels
 * @param reservedAreas  pixel rectangles labels must stay out of (legend, title block)
 * @param vectorText     true for vector targets (PDF, SVG): text is drawn as text so it stays sharp and
 *                       selectable; false for images, where labels are blitted from a cache of pre-drawn sprites
 * @param styleSheet     the colours, widths and fonts painters draw with (the briefing's sheet)
 * @param placeNames     the language of the base map's names (the briefing's choice); null means English
 */
public record RenderOptions(double dpi, Color background, boolean labels, List<Rectangle2D> reservedAreas,
        boolean vectorText, StyleSheet styleSheet, PlaceNames placeNames) {
    /** The default sheet's sea, the usual background. */
    public static final Color SEA = background(StyleSheets.standard());

    public RenderOptions {
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("DPI must be positive: " + dpi);
        }
        reservedAreas = reservedAreas == null ? List.of() : List.copyOf(reservedAreas);
        styleSheet = styleSheet == null ? StyleSheets.standard() : styleSheet;
        placeNames = placeNames == null ? PlaceNames.ENGLISH : placeNames;
    }

    /** Options naming places in English. */
    public RenderOptions(double dpi, Color background, boolean labels, List<Rectangle2D> reservedAreas,
            boolean vectorText, StyleSheet styleSheet) {
        this(dpi, background, labels, reservedAreas, vectorText, styleSheet, PlaceNames.ENGLISH);
    }

    /** Options drawn with the default style sheet. */
    public RenderOptions(double dpi, Color background, boolean labels, List<Rectangle2D> reservedAreas,
            boolean vectorText) {
        this(dpi, background, labels, reservedAreas, vectorText, StyleSheets.standard());
    }

    /** The sea of {@code sheet}: the colour under everything. */
    public static Color background(StyleSheet sheet) {
        return new Color(sheet.basemap("water").colour(StyleProperty.FILL).argb(), true);
    }

    /** The same options drawn with {@code sheet}, on its sea when the background was the old sheet's. */
    public RenderOptions withStyleSheet(StyleSheet sheet) {
        Color bg = background.equals(background(styleSheet)) ? background(sheet) : background;
        return new RenderOptions(dpi, bg, labels, reservedAreas, vectorText, sheet, placeNames);
    }

    /** The same options naming places in {@code names}. */
    public RenderOptions withPlaceNames(PlaceNames names) {
        return new RenderOptions(dpi, background, labels, reservedAreas, vectorText, styleSheet, names);
    }

    public static RenderOptions screen() {
        return new RenderOptions(96, SEA, true, List.of(), false);
    }

    /** The same options for another DPI. */
    public RenderOptions withDpi(double newDpi) {
        return new RenderOptions(newDpi, background, labels, reservedAreas, vectorText, styleSheet, placeNames);
    }

    /** Pixels per point (1/72 inch) at this DPI. */
    public double pixelsPerPoint() {
        return dpi / 72.0;
    }

    /** Pixels per CSS pixel (1/96 inch): 1 on a normal screen. */
    public double pixelScale() {
        return dpi / 96.0;
    }
}
