package org.sitmap.basemap;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapLayer;
import org.sitmap.style.Style;
import org.sitmap.style.StyleColour;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * The base map's layer looks as a style sheet's {@code basemap} section gives them, and the looks of layers the
 * user opens (the sheet's {@code user_layers} palette). A briefing drawn with another sheet restyles the loaded base
 * layers with {@link #restyle}, which keeps their features (and so their spatial indexes).
 *
 * <p>Stateless and thread-safe.
 */
public final class BaseMapStyles {
    /**
     * Region (admin-1) names and borders are left out zoomed out beyond about 1:20,000,000, where a country is a
     * few hundred pixels wide and they would only clutter it (as on any atlas's world map).
     */
    public static final double REGIONS_MAX_SCALE = 20_000_000;

    /** Major rivers (WDBII rank 3) appear from about 1:12,000,000, a country's width on the screen. */
    public static final double RIVERS_MAX_SCALE = 12_000_000;
    /** Other rivers (rank 4) appear from about 1:8,000,000, the theatre's width. */
    public static final double STREAMS_MAX_SCALE = 8_000_000;

    private BaseMapStyles() {
    }

    /** Land fill; coasts and borders are drawn over its edges by the country borders. */
    public static LayerStyle countries(StyleSheet sheet) {
        Style s = sheet.basemap("countries");
        return new LayerStyle(fill(s), 0, 0, null, 0, "name", LabelKind.COUNTRY, true);
    }

    /** Regions carry their names only: their borders are a line layer of their own. */
    public static LayerStyle regions(StyleSheet sheet) {
        return new LayerStyle(0, 0, 0, null, 0, "name", LabelKind.REGION).withMaxScale(REGIONS_MAX_SCALE);
    }

    /** Lakes and reservoirs: filled like the sea, with a thin shore line. */
    public static LayerStyle lakes(StyleSheet sheet) {
        Style s = sheet.basemap("lakes");
        return new LayerStyle(fill(s), s.colour(StyleProperty.STROKE).argb(), (float) s.number(StyleProperty.WIDTH),
                null, 0, null, LabelKind.NONE);
    }

    /**
     * A rank of rivers: the sheet's {@code rivers_major}, {@code rivers} or {@code streams}, named along their lines
     * by {@code name} (in the sheet's {@code river_labels} look).
     */
    public static LayerStyle rivers(StyleSheet sheet, String rank, double maxScale) {
        LayerStyle l = line(sheet.basemap(rank));
        return new LayerStyle(0, l.stroke(), l.strokeWidth(), l.dash(), 0, "name", LabelKind.LINE)
                .withMaxScale(maxScale);
    }

    public static LayerStyle countryBorders(StyleSheet sheet) {
        return line(sheet.basemap("country_borders"));
    }

    public static LayerStyle regionBorders(StyleSheet sheet) {
        return line(sheet.basemap("region_borders")).withMaxScale(REGIONS_MAX_SCALE);
    }

    public static LayerStyle places(StyleSheet sheet) {
        Style s = sheet.basemap("towns");
        return new LayerStyle(0, s.colour(StyleProperty.STROKE).argb(), (float) s.number(StyleProperty.WIDTH), null,
                (float) s.number(StyleProperty.SYMBOL_SIZE), "name", LabelKind.PLACE);
    }

    /** Ids of layers the user opened end in their index, which picks their palette colour. */
    private static final String USER_LAYER_PREFIX = "user-";

    /** The id of the {@code index}-th layer the user opened, which {@link #restyle} recognises. */
    public static String userLayerId(int index) {
        return USER_LAYER_PREFIX + index;
    }

    /** A layer the user opened: the sheet's palette colour in turn, so several files can be told apart. */
    public static LayerStyle userLayer(StyleSheet sheet, int index) {
        Style s = sheet.basemap("user_layers");
        List<StyleColour> palette = s.palette();
        StyleColour c = palette.get(Math.floorMod(index, palette.size()));
        return new LayerStyle(c.withOpacity(s.number(StyleProperty.FILL_OPACITY)).argb(), c.argb(),
                (float) s.number(StyleProperty.WIDTH), null, (float) s.number(StyleProperty.SYMBOL_SIZE), "name",
                LabelKind.GENERIC, false, 0, s.colour(StyleProperty.SYMBOL_OUTLINE).argb(),
                (float) s.number(StyleProperty.SYMBOL_OUTLINE_WIDTH));
    }

    /** The look {@code sheet} gives the base layer of {@code layerId}, or null for a layer not of the base map. */
    public static LayerStyle forBaseLayer(String layerId, StyleSheet sheet) {
        return switch (layerId) {
            case BaseMap.COUNTRIES_ID -> countries(sheet);
            case BaseMap.REGIONS_ID -> regions(sheet);
            case BaseMap.REGION_BORDERS_ID -> regionBorders(sheet);
            case BaseMap.COUNTRY_BORDERS_ID -> countryBorders(sheet);
            case BaseMap.PLACES_ID -> places(sheet);
            case BaseMap.LAKES_ID -> lakes(sheet);
            case BaseMap.RIVERS_MAJOR_ID -> rivers(sheet, "rivers_major", 0);
            case BaseMap.RIVERS_ID -> rivers(sheet, "rivers", RIVERS_MAX_SCALE);
            case BaseMap.STREAMS_ID -> rivers(sheet, "streams", STREAMS_MAX_SCALE);
            default -> null;
        };
    }

    /**
     * The layers with the base map's drawn in {@code sheet}'s looks (the same features); other layers as they are.
     * A layer already in that look is returned itself.
     */
    public static List<MapLayer> restyle(List<MapLayer> layers, StyleSheet sheet) {
        List<MapLayer> out = new ArrayList<>(layers.size());
        for (MapLayer l : layers) {
            out.add(restyle(l, sheet));
        }
        return out;
    }

    /**
     * {@code layer} in {@code sheet}'s look if it is a base layer or one the user opened (its palette colour, its
     * labels kept on or off), keeping its visibility and opacity.
     */
    public static MapLayer restyle(MapLayer layer, StyleSheet sheet) {
        LayerStyle style = forBaseLayer(layer.id(), sheet);
        if (style == null) {
            style = forUserLayer(layer, sheet);
        }
        if (style == null || sameLook(style, layer.style())) {
            return layer;
        }
        MapLayer m = new MapLayer(layer.id(), layer.name(), layer.features(), style, layer.source());
        m.setVisible(layer.visible());
        m.setOpacity(layer.opacity());
        return m;
    }

    /** The look {@code sheet} gives a layer the user opened, or null for a layer of another id. */
    private static LayerStyle forUserLayer(MapLayer layer, StyleSheet sheet) {
        String id = layer.id();
        if (!id.startsWith(USER_LAYER_PREFIX)) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(id.substring(USER_LAYER_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
        LayerStyle style = userLayer(sheet, index);
        return layer.style().labels() == LabelKind.NONE ? style.withoutLabels() : style;
    }

    private static boolean sameLook(LayerStyle a, LayerStyle b) {
        return a.fill() == b.fill() && a.stroke() == b.stroke() && a.strokeWidth() == b.strokeWidth()
                && java.util.Arrays.equals(a.dash(), b.dash()) && a.pointRadius() == b.pointRadius();
    }

    private static LayerStyle line(Style s) {
        return new LayerStyle(0, s.colour(StyleProperty.STROKE).argb(), (float) s.number(StyleProperty.WIDTH),
                s.dash(), 0, null, LabelKind.NONE);
    }

    private static int fill(Style s) {
        return s.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb();
    }
}
