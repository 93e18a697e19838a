package org.sitmap.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One side of a briefing as its author defined it: the stable code annotations refer to, the name shown in the
 * list, the legend and exports, the colour the user picked, and the affiliation. Immutable.
 *
 * @param side        the stable code
 * @param name        the name shown to people ("Rapid Support Forces")
 * @param colour      {@code #RRGGBB} as the user picked it, or null: the style sheet's colour for this side's code,
 *                    else for its affiliation (docs/style-sheets.md, "Sides")
 * @param affiliation friend, hostile, neutral or unknown
 */
public record BriefingSide(Side side, String name, String colour, Affiliation affiliation) {
    private static final Pattern HEX = Pattern.compile("#[0-9A-F]{6}");

    public BriefingSide {
        Objects.requireNonNull(side, "side");
        name = name == null || name.isBlank() ? side.code() : name.strip();
        affiliation = affiliation == null ? Affiliation.UNKNOWN : affiliation;
        colour = normaliseColour(colour);
    }

    /** {@code #rrggbb} upper-cased; null or blank for none; throws for anything else. */
    public static String normaliseColour(String colour) {
        if (colour == null || colour.isBlank()) {
            return null;
        }
        String c = colour.strip().toUpperCase(Locale.ROOT);
        if (!HEX.matcher(c).matches()) {
            throw new IllegalArgumentException("a side's colour must be written #RRGGBB (for example #C62828), not \""
                    + colour + "\"");
        }
        return c;
    }

    public BriefingSide withName(String n) {
        return new BriefingSide(side, n, colour, affiliation);
    }

    public BriefingSide withColour(String c) {
        return new BriefingSide(side, name, c, affiliation);
    }

    public BriefingSide withAffiliation(Affiliation a) {
        return new BriefingSide(side, name, colour, a);
    }

    /** The name, so choice boxes and lists read naturally. */
    @Override
    public String toString() {
        return name;
    }
}
