package org.sitmap.style;

/**
 * A colour as a sheet writes it: a fixed colour, or the annotation's side colour ({@code "side"}), either one
 * possibly darkened ({@code "darken(side, 0.75)"}). Resolved per annotation by {@link StyleSheet#lookup}.
 *
 * @param fixed   the colour, or null for the side's colour
 * @param darken  factor each channel is multiplied by (1 keeps the colour)
 */
record ColourSpec(StyleColour fixed, double darken) {
    static ColourSpec parse(String text) {
        String t = text.trim();
        if (t.startsWith("darken(") && t.endsWith(")")) {
            String[] parts = t.substring(7, t.length() - 1).split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected darken(colour, factor), got \"" + text + "\"");
            }
            double factor;
            try {
                factor = Double.parseDouble(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the darkening factor of \"" + text + "\" is not a number");
            }
            if (!(factor >= 0 && factor <= 1)) {
                throw new IllegalArgumentException("the darkening factor of \"" + text + "\" must be 0 to 1");
            }
            return new ColourSpec(base(parts[0]), factor);
        }
        return new ColourSpec(base(t), 1);
    }

    private static StyleColour base(String text) {
        return text.trim().equals("side") ? null : StyleColour.parse(text);
    }

    StyleColour resolve(StyleColour side) {
        StyleColour c = fixed == null ? side : fixed;
        return darken == 1 ? c : c.darker(darken);
    }
}
