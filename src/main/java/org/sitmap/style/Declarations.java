package org.sitmap.style;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a block of property declarations ({@code {"fill": "side", "fill-opacity": 0.3}}) into typed values,
 * refusing unknown names and values of the wrong kind with a message naming the place.
 */
final class Declarations {
    private Declarations() {
    }

    /**
     * @param sideAllowed whether colours may refer to the annotation's side (only in the annotation section)
     * @throws IllegalArgumentException whose message starts with the property's place
     */
    static Map<StyleProperty, Object> read(Map<String, Object> block, String place, boolean sideAllowed) {
        Map<StyleProperty, Object> out = new EnumMap<>(StyleProperty.class);
        for (Map.Entry<String, Object> e : block.entrySet()) {
            StyleProperty p = StyleProperty.byKey(e.getKey());
            String at = place + "." + e.getKey();
            if (p == null) {
                throw new IllegalArgumentException(at + ": no such style property (known: " + known() + ")");
            }
            try {
                out.put(p, value(p, e.getValue(), sideAllowed));
            } catch (IllegalArgumentException | ClassCastException ex) {
                throw new IllegalArgumentException(at + ": " + (ex instanceof ClassCastException
                        ? "expected " + expected(p) + ", got " + e.getValue() : ex.getMessage()));
            }
        }
        return out;
    }

    private static Object value(StyleProperty p, Object v, boolean sideAllowed) {
        return switch (p.type()) {
            case COLOUR -> colour((String) v, sideAllowed);
            case OPACITY -> within((Double) v, 0, 1, "an opacity from 0 to 1");
            case LENGTH -> within((Double) v, 0, 1000, "a length in points from 0 to 1000");
            case NUMBER -> (Double) v;
            case DASH -> dash(v);
            case CHOICE -> choice(p, (String) v);
            case COLOURS -> palette(v);
        };
    }

    private static Object colour(String text, boolean sideAllowed) {
        ColourSpec c = ColourSpec.parse(text);
        if (c.fixed() == null && !sideAllowed) {
            throw new IllegalArgumentException("\"side\" only means something in the annotations section");
        }
        return c.fixed() == null ? c : c.resolve(null);
    }

    private static double within(double v, double min, double max, String what) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException("expected " + what + ", got " + v);
        }
        return v;
    }

    private static double[] dash(Object v) {
        if ("none".equals(v)) {
            return new double[0];
        }
        List<?> list = (List<?>) v;
        double[] d = new double[list.size()];
        double sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = within((Double) list.get(i), 0, 1000, "dash lengths in points");
            sum += d[i];
        }
        if (d.length == 0 || d.length % 2 != 0 || !(sum > 0)) {
            throw new IllegalArgumentException("expected an even number of on/off lengths, not all zero, or "
                    + "\"none\", got " + list);
        }
        return d;
    }

    private static String choice(StyleProperty p, String v) {
        if (!p.choices().contains(v)) {
            throw new IllegalArgumentException("expected one of " + p.choices() + ", got \"" + v + "\"");
        }
        return v;
    }

    private static List<StyleColour> palette(Object v) {
        List<StyleColour> out = new ArrayList<>();
        for (Object o : (List<?>) v) {
            out.add(StyleColour.parse((String) o));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("expected at least one colour");
        }
        return List.copyOf(out);
    }

    private static String expected(StyleProperty p) {
        return switch (p.type()) {
            case COLOUR -> "a colour such as \"#1F5FBF\"";
            case OPACITY -> "an opacity from 0 to 1";
            case LENGTH -> "a length in points";
            case NUMBER -> "a number";
            case DASH -> "a list of on/off lengths or \"none\"";
            case CHOICE -> "one of " + p.choices();
            case COLOURS -> "a list of colours";
        };
    }

    private static String known() {
        List<String> keys = new ArrayList<>();
        for (StyleProperty p : StyleProperty.values()) {
            keys.add(p.key());
        }
        return String.join(", ", keys);
    }
}
