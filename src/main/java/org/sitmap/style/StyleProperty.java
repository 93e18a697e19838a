package org.sitmap.style;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every property a style sheet may set, with the kind of value it takes. Lengths are in points (1/72 inch), so a
 * 300 dpi export looks like the screen; opacities run from 0 to 1. A sheet naming a property not listed here is
 * refused, so a typo never silently draws the default.
 */
public enum StyleProperty {
    FILL(Type.COLOUR, "area fill colour"),
    FILL_OPACITY(Type.OPACITY, "opacity of the fill"),
    STROKE(Type.COLOUR, "outline or line colour"),
    STROKE_OPACITY(Type.OPACITY, "opacity of the outline"),
    WIDTH(Type.LENGTH, "outline or line width"),
    DASH(Type.DASH, "dash pattern (on, off, ...), or \"none\""),
    CAP(Type.CHOICE, "line ends", "round", "butt", "square"),
    JOIN(Type.CHOICE, "line corners", "round", "miter", "bevel"),
    CASING(Type.COLOUR, "white edge drawn under a line, arrow or symbol so it reads on any background"),
    CASING_WIDTH(Type.LENGTH, "width of the casing: added to a line's width, or the whole width around a shape's outline"),
    DETAIL_CASING_WIDTH(Type.LENGTH, "casing width of a line's details (arrow head, teeth), or the rim of a symbol's detail (the ring at a flag's foot)"),
    HATCH(Type.COLOUR, "hatch line colour"),
    HATCH_OPACITY(Type.OPACITY, "opacity of the hatch lines"),
    HATCH_ANGLE(Type.NUMBER, "hatch direction in degrees, counter-clockwise from east"),
    HATCH_SPACING(Type.LENGTH, "distance between hatch lines"),
    HATCH_WIDTH(Type.LENGTH, "hatch line width"),
    BAND(Type.COLOUR, "colour of a band drawn inside an area's edge"),
    BAND_OPACITY(Type.OPACITY, "opacity of that band"),
    BAND_WIDTH(Type.LENGTH, "width of that band"),
    OPACITY(Type.OPACITY, "opacity of the whole"),
    EDGE(Type.COLOUR, "colour of a panel's or box's edge"),
    EDGE_WIDTH(Type.LENGTH, "width of that edge"),
    HEAD_WIDTH(Type.LENGTH, "arrow head width"),
    HEAD_LENGTH(Type.LENGTH, "arrow head length"),
    SHAFT_WIDTH(Type.LENGTH, "arrow body width next to the head"),
    TAIL_WIDTH(Type.LENGTH, "arrow body width at its start"),
    TOOTH_SPACING(Type.LENGTH, "distance between a frontline's teeth"),
    TOOTH_BASE(Type.LENGTH, "width of a tooth's base"),
    TOOTH_HEIGHT(Type.LENGTH, "height of a tooth"),
    SYMBOL(Type.CHOICE, "point symbol", "dot", "star", "flag", "x", "pow"),
    SYMBOL_SIZE(Type.LENGTH, "symbol radius (for an arrow: the dot drawn when it is too short to show a direction)"),
    SYMBOL_OUTLINE(Type.COLOUR, "colour of the rim around a symbol"),
    SYMBOL_OUTLINE_WIDTH(Type.LENGTH, "width of that rim"),
    SYMBOL_DETAIL(Type.COLOUR, "colour of a symbol's details (flag staff and ring, POW lettering)"),
    TEXT(Type.COLOUR, "text colour"),
    SECONDARY_TEXT(Type.COLOUR, "colour of lesser text (subtitles, notes)"),
    FONT(Type.CHOICE, "font face", "regular", "bold", "italic"),
    FONT_SIZE(Type.LENGTH, "font size"),
    MIN_FONT_SIZE(Type.LENGTH, "smallest size a long text may shrink to"),
    SECONDARY_FONT_SIZE(Type.LENGTH, "size of lesser text (second lines, subtitles)"),
    LETTER_SPACING(Type.NUMBER, "extra space between letters, as a share of the font size"),
    LINE_HEIGHT(Type.LENGTH, "distance between lines of a text block"),
    HALO(Type.COLOUR, "colour of the halo around text"),
    HALO_WIDTH(Type.LENGTH, "width of the halo around text"),
    LEADER_WIDTH(Type.LENGTH, "width of the leader line from a moved label to what it names (in the text colour)"),
    LEADER_CASING(Type.COLOUR, "colour of the casing under a leader line"),
    LEADER_CASING_WIDTH(Type.LENGTH, "width of the casing under a leader line"),
    PALETTE(Type.COLOURS, "colours handed out in turn (user layers)");

    /** The kind of value a property takes. */
    public enum Type {
        COLOUR, OPACITY, LENGTH, NUMBER, DASH, CHOICE, COLOURS
    }

    private final Type type;
    private final String meaning;
    private final List<String> choices;

    StyleProperty(Type type, String meaning, String... choices) {
        this.type = type;
        this.meaning = meaning;
        this.choices = Arrays.asList(choices);
    }

    public Type type() {
        return type;
    }

    /** What the property sets, in words, for messages and the format's documentation. */
    public String meaning() {
        return meaning;
    }

    /** The accepted values of a {@link Type#CHOICE}, else empty. */
    public List<String> choices() {
        return choices;
    }

    /** The name in a sheet: {@code fill-opacity} for {@link #FILL_OPACITY}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The property a sheet calls {@code key}, or null. */
    public static StyleProperty byKey(String key) {
        for (StyleProperty p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
