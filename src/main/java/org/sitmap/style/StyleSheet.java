package org.sitmap.style;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.SideList;

/**
 * A loaded style sheet: side colours, the annotation rules, the base-map layers' looks and the export frame's. Read
 * one with {@link StyleSheetLoader} or take a shipped one from {@link StyleSheets}.
 *
 * <pre>{@code
 * StyleSheet sheet = StyleSheets.byId(briefing.info().styleSheet());
 * Style s = sheet.lookup(StyleKey.of("zone", "ukraine").withStatus("claimed"));
 * Color fill = new Color(s.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb(), true);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #lookup} resolves each distinct key once and caches it (the keys are few:
 * kinds x sides x statuses x confidences x variants).
 */
public final class StyleSheet {
    /** A side's colour and its affiliation ({@code friend}, {@code hostile}, {@code neutral}, {@code unknown}). */
    public record SideStyle(StyleColour colour, String affiliation) {
    }

    private final String id;
    private final String name;
    private final String description;
    private final String file;
    private final Map<String, SideStyle> sides;
    private final Map<String, StyleColour> affiliations;
    private final List<StyleColour> sidePalette;
    private final List<StyleRule> rules;
    private final Map<String, Style> basemap;
    private final Map<String, Style> frame;
    private final Map<StyleKey, Style> cache = new ConcurrentHashMap<>();
    /** The sheet as loaded, before {@link #forSides}; this one for a sheet as loaded. */
    private final StyleSheet loaded;
    private final SideList briefingSides;

    StyleSheet(String id, String name, String description, String file, Map<String, SideStyle> sides,
            Map<String, StyleColour> affiliations, List<StyleColour> sidePalette, List<StyleRule> rules,
            Map<String, Map<StyleProperty, Object>> basemap, Map<String, Map<StyleProperty, Object>> frame) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.file = file;
        this.sides = Map.copyOf(sides);
        this.affiliations = Map.copyOf(affiliations);
        this.sidePalette = List.copyOf(sidePalette);
        this.rules = List.copyOf(rules);
        this.basemap = styles(basemap, "basemap");
        this.frame = styles(frame, "frame");
        this.loaded = this;
        this.briefingSides = SideList.empty();
    }

    private StyleSheet(StyleSheet loaded, Map<String, SideStyle> sides, SideList briefingSides) {
        this.id = loaded.id;
        this.name = loaded.name;
        this.description = loaded.description;
        this.file = loaded.file;
        this.sides = Map.copyOf(sides);
        this.affiliations = loaded.affiliations;
        this.sidePalette = loaded.sidePalette;
        this.rules = loaded.rules;
        this.basemap = loaded.basemap;
        this.frame = loaded.frame;
        this.loaded = loaded;
        this.briefingSides = briefingSides;
    }

    /**
     * This sheet drawing a briefing's own sides. A side takes the colour its briefing gives it (the user's pick);
     * a side with none takes the sheet's colour for its code, else for its affiliation. Rules match the
     * affiliation the briefing gives the side. Sides the briefing does not define keep the sheet's colours.
     */
    public StyleSheet forSides(SideList briefing) {
        Objects.requireNonNull(briefing, "briefing");
        if (briefing.equals(briefingSides)) {
            return this;
        }
        Map<String, SideStyle> merged = new HashMap<>(loaded.sides);
        for (BriefingSide s : briefing.list()) {
            String code = s.side().code();
            String affiliation = s.affiliation().code();
            StyleColour c = s.colour() != null ? StyleColour.parse(s.colour())
                    : loaded.sideColour(code, affiliation);
            merged.put(code, new SideStyle(c, affiliation));
        }
        return new StyleSheet(loaded, merged, briefing);
    }

    /** The briefing sides this sheet draws ({@link #forSides}); empty for a sheet as loaded. */
    public SideList briefingSides() {
        return briefingSides;
    }

    /** The identifier a briefing records ({@code classic}). */
    public String id() {
        return id;
    }

    /** The name shown to the user ({@code Sitmap classic}). */
    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The file it was read from, as messages name it. */
    public String file() {
        return file;
    }

    /**
     * A side's colour by its code; a side the sheet does not name takes its affiliation's colour, else the
     * {@code unknown} affiliation's.
     */
    public StyleColour sideColour(String sideCode, String affiliation) {
        SideStyle s = sides.get(sideCode);
        if (s != null) {
            return s.colour();
        }
        StyleColour c = affiliation == null ? null : affiliations.get(affiliation);
        return c != null ? c : affiliations.get("unknown");
    }

    /** As {@link #sideColour(String, String)} for a side of no stated affiliation. */
    public StyleColour sideColour(String sideCode) {
        return sideColour(sideCode, null);
    }

    /** The colours the sheet hands new sides, in turn ({@code side_palette}). */
    public List<StyleColour> sidePalette() {
        return sidePalette;
    }

    /**
     * The colour for a side added to {@code briefing}: the first of the sheet's {@link #sidePalette} that no
     * side of the briefing is drawn in yet; when all are taken, the palette's colours in turn.
     */
    public StyleColour newSideColour(SideList briefing) {
        StyleSheet drawn = forSides(briefing);
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (BriefingSide s : briefing.list()) {
            taken.add(drawn.sideColour(s.side().code(), s.affiliation().code()).rgb());
        }
        for (StyleColour c : sidePalette) {
            if (!taken.contains(c.rgb())) {
                return c;
            }
        }
        return sidePalette.isEmpty() ? affiliations.get("unknown")
                : sidePalette.get(briefing.list().size() % sidePalette.size());
    }

    /** The affiliation the sheet gives {@code sideCode}, or {@code unknown}. */
    public String affiliation(String sideCode) {
        SideStyle s = sides.get(sideCode);
        return s == null ? "unknown" : s.affiliation();
    }

    /** What applies to an annotation of {@code key}: every matching rule's declarations, later over earlier. */
    public Style lookup(StyleKey key) {
        Objects.requireNonNull(key, "key");
        return cache.computeIfAbsent(key, this::resolve);
    }

    private Style resolve(StyleKey key) {
        String affiliation = affiliation(key.side());
        StyleColour side = sideColour(key.side(), affiliation);
        Map<StyleProperty, Object> values = new EnumMap<>(StyleProperty.class);
        for (StyleRule r : rules) {
            if (r.when().matches(key, affiliation)) {
                for (Map.Entry<StyleProperty, Object> d : r.declarations().entrySet()) {
                    Object v = d.getValue();
                    values.put(d.getKey(), v instanceof ColourSpec c ? c.resolve(side) : v);
                }
            }
        }
        return new Style(file + ", annotations for " + describe(key), values);
    }

    private static String describe(StyleKey k) {
        StringBuilder b = new StringBuilder("kind ").append(k.kind()).append(", side ").append(k.side());
        if (k.status() != null) {
            b.append(", status ").append(k.status());
        }
        if (k.variant() != null) {
            b.append(", variant ").append(k.variant());
        }
        return b.toString();
    }

    /**
     * A base-map layer's look: {@code water}, {@code countries}, {@code regions}, {@code country_borders},
     * {@code region_borders}, {@code towns} ({@code towns_large}, {@code towns_medium}, {@code towns_small}),
     * {@code labels}, {@code user_layers}.
     *
     * @throws IllegalArgumentException for a layer the sheet does not style
     */
    public Style basemap(String layer) {
        return section(basemap, "basemap", layer);
    }

    /**
     * An export-frame part's look: {@code paper}, {@code panel}, {@code title}, {@code subtitle}, {@code notes},
     * {@code legend}, {@code legend_text}, {@code scale_bar}, {@code north_arrow}, {@code inset},
     * {@code attribution}, {@code neat_line}.
     *
     * @throws IllegalArgumentException for a part the sheet does not style
     */
    public Style frame(String part) {
        return section(frame, "frame", part);
    }

    private Style section(Map<String, Style> section, String sectionName, String part) {
        Style s = section.get(part);
        if (s == null) {
            throw new IllegalArgumentException("The style sheet " + file + " has no " + sectionName + "." + part);
        }
        return s;
    }

    private Map<String, Style> styles(Map<String, Map<StyleProperty, Object>> section, String sectionName) {
        Map<String, Style> out = new java.util.HashMap<>();
        section.forEach((part, values) -> out.put(part, new Style(file + ", " + sectionName + "." + part, values)));
        return Map.copyOf(out);
    }

    @Override
    public String toString() {
        return name;
    }
}
