package org.sitmap.style;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks a style sheet (format: {@code docs/style-sheets.md} and the shipped {@code classic.json}).
 * Anything wrong (bad JSON, an unknown key, a value of the wrong kind, a missing base-map layer or frame part) is
 * refused with one line naming the sheet and the place: {@code isw.json, annotations[4].style.width: expected a
 * length in points from 0 to 1000, got -1.0}.
 *
 * <pre>{@code
 * StyleSheet sheet = StyleSheetLoader.load(in, "mine.json");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class StyleSheetLoader {
    /** The format version this loader reads. */
    public static final int FORMAT = 1;

    /** Base-map layers every sheet styles. */
    static final Set<String> BASEMAP_LAYERS = Set.of("water", "countries", "regions", "country_borders",
            "region_borders", "towns_large", "towns_medium", "towns_small", "towns", "labels", "user_layers",
            "lakes", "rivers_major", "rivers", "streams", "river_labels");
    /** Export-frame parts every sheet styles. */
    static final Set<String> FRAME_PARTS = Set.of("paper", "panel", "title", "subtitle", "notes", "legend",
            "legend_text", "scale_bar", "north_arrow", "inset", "attribution", "neat_line");
    static final Set<String> AFFILIATIONS = Set.of("friend", "hostile", "neutral", "unknown");
    private static final Set<String> TOP_KEYS = Set.of("format", "id", "name", "description", "sides",
            "affiliations", "side_palette", "annotations", "basemap", "frame");

    private StyleSheetLoader() {
    }

    /**
     * Reads a sheet from {@code in} (not closed).
     *
     * @param file the sheet's file name, used in messages
     */
    public static StyleSheet load(InputStream in, String file) throws StyleSheetException {
        Object root = JsonTree.read(in, file);
        try {
            return build(object(root, "the document"), file);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new StyleSheetException(file + ", " + e.getMessage(), e);
        }
    }

    private static StyleSheet build(Map<String, Object> doc, String file) {
        onlyKeys(doc, TOP_KEYS, "the document");
        Object format = doc.get("format");
        if (!(format instanceof Double d) || d != FORMAT) {
            throw new IllegalArgumentException("format: expected " + FORMAT + ", got " + format);
        }
        String id = text(doc, "id", "the document");
        if (!id.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("id: use lower-case letters, digits, '-' or '_', got \"" + id + "\"");
        }
        String name = text(doc, "name", "the document");
        String description = doc.containsKey("description") ? text(doc, "description", "the document") : "";
        Map<String, StyleSheet.SideStyle> sides = sides(object(doc.get("sides"), "sides"));
        Map<String, StyleColour> affiliations = affiliations(object(doc.get("affiliations"), "affiliations"));
        List<StyleRule> rules = rules(list(doc.get("annotations"), "annotations"));
        Map<String, Map<StyleProperty, Object>> basemap = section(object(doc.get("basemap"), "basemap"), "basemap",
                BASEMAP_LAYERS);
        // A sheet written before new sides took colours of their own hands them its opened layers' colours.
        @SuppressWarnings("unchecked")
        List<StyleColour> sidePalette = doc.containsKey("side_palette")
                ? sidePalette(list(doc.get("side_palette"), "side_palette"))
                : (List<StyleColour>) basemap.get("user_layers").getOrDefault(StyleProperty.PALETTE, List.of());
        Map<String, Map<StyleProperty, Object>> frame = section(object(doc.get("frame"), "frame"), "frame",
                FRAME_PARTS);
        return new StyleSheet(id, name, description, file, sides, affiliations, sidePalette, rules, basemap,
                frame);
    }

    /** The colours a new side is given, at least one. */
    private static List<StyleColour> sidePalette(List<Object> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("side_palette: expected at least one colour");
        }
        List<StyleColour> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "side_palette[" + i + "]";
            if (!(list.get(i) instanceof String s)) {
                throw new IllegalArgumentException(at + ": expected a colour such as \"#1F5FBF\", got " + list.get(i));
            }
            out.add(colourAt(s, at));
        }
        return out;
    }

    private static Map<String, StyleSheet.SideStyle> sides(Map<String, Object> block) {
        Map<String, StyleSheet.SideStyle> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : block.entrySet()) {
            String at = "sides." + e.getKey();
            Map<String, Object> side = object(e.getValue(), at);
            onlyKeys(side, Set.of("colour", "affiliation"), at);
            StyleColour colour = colourAt(text(side, "colour", at), at + ".colour");
            String affiliation = text(side, "affiliation", at);
            if (!AFFILIATIONS.contains(affiliation)) {
                throw new IllegalArgumentException(at + ".affiliation: expected one of " + AFFILIATIONS
                        + ", got \"" + affiliation + "\"");
            }
            out.put(e.getKey(), new StyleSheet.SideStyle(colour, affiliation));
        }
        return out;
    }

    private static Map<String, StyleColour> affiliations(Map<String, Object> block) {
        onlyKeys(block, AFFILIATIONS, "affiliations");
        Map<String, StyleColour> out = new LinkedHashMap<>();
        for (String a : AFFILIATIONS) {
            out.put(a, colourAt(text(block, a, "affiliations"), "affiliations." + a));
        }
        return out;
    }

    private static List<StyleRule> rules(List<Object> list) {
        List<StyleRule> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "annotations[" + i + "]";
            Map<String, Object> rule = object(list.get(i), at);
            onlyKeys(rule, Set.of("when", "style", "comment"), at);
            Selector when = rule.containsKey("when") ? selector(object(rule.get("when"), at + ".when"), at + ".when")
                    : Selector.ANY;
            out.add(new StyleRule(when, Declarations.read(object(rule.get("style"), at + ".style"), at + ".style",
                    true), at));
        }
        return out;
    }

    private static Selector selector(Map<String, Object> when, String at) {
        onlyKeys(when, Selector.FIELDS, at);
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        Boolean tentative = null;
        for (Map.Entry<String, Object> e : when.entrySet()) {
            if (e.getKey().equals("tentative")) {
                if (!(e.getValue() instanceof Boolean b)) {
                    throw new IllegalArgumentException(at + ".tentative: expected true or false");
                }
                tentative = b;
            } else {
                codes.put(e.getKey(), codes(e.getValue(), at + "." + e.getKey()));
            }
        }
        Set<String> affiliations = codes.get("affiliation");
        if (affiliations != null && !AFFILIATIONS.containsAll(affiliations)) {
            throw new IllegalArgumentException(at + ".affiliation: expected some of " + AFFILIATIONS + ", got "
                    + affiliations);
        }
        return Selector.of(codes, tentative);
    }

    /** A code or a list of codes. */
    private static Set<String> codes(Object v, String at) {
        Set<String> out = new LinkedHashSet<>();
        for (Object o : v instanceof List<?> l ? l : List.of(v)) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException(at + ": expected a code or a list of codes, got " + v);
            }
            out.add(s);
        }
        return out;
    }

    private static Map<String, Map<StyleProperty, Object>> section(Map<String, Object> block, String name,
            Set<String> parts) {
        onlyKeys(block, parts, name);
        Map<String, Map<StyleProperty, Object>> out = new LinkedHashMap<>();
        for (String part : parts) {
            if (!block.containsKey(part)) {
                throw new IllegalArgumentException(name + "." + part + ": missing (every sheet styles " + parts
                        + ")");
            }
            out.put(part, Declarations.read(object(block.get(part), name + "." + part), name + "." + part, false));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------- shapes

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String at) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException(at + ": expected an object { ... }"
                    + (v == null ? ", but it is missing" : ", got " + v));
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v, String at) {
        if (!(v instanceof List)) {
            throw new IllegalArgumentException(at + ": expected a list [ ... ]"
                    + (v == null ? ", but it is missing" : ", got " + v));
        }
        return (List<Object>) v;
    }

    private static String text(Map<String, Object> block, String key, String at) {
        Object v = block.get(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException((at.equals("the document") ? "" : at + ".") + key
                    + ": expected a text" + (v == null ? ", but it is missing" : ", got " + v));
        }
        return s;
    }

    private static StyleColour colourAt(String text, String at) {
        try {
            return StyleColour.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage());
        }
    }

    private static void onlyKeys(Map<String, Object> block, Set<String> allowed, String at) {
        for (String key : block.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException((at.equals("the document") ? "" : at + ".") + key
                        + ": unknown entry (expected " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }
}
