package org.sitmap.style;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The properties that apply to one annotation, base-map layer or export-frame part, every colour resolved (the
 * side's colour filled in). Getters for a property the sheet leaves unset throw, naming the sheet, the place and
 * the property: a painter asks only for what its kind draws, and every shipped sheet sets all of it (tested).
 *
 * <p>Immutable and thread-safe.
 */
public final class Style {
    private final String place;
    private final Map<StyleProperty, Object> values;

    Style(String place, Map<StyleProperty, Object> values) {
        this.place = place;
        this.values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    /** The properties the sheet sets here. */
    public java.util.Set<StyleProperty> properties() {
        return values.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(values.keySet());
    }

    /** Every property set here with its resolved value: equal maps draw alike (legends merge such looks). */
    public Map<StyleProperty, Object> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Whether the sheet sets {@code p} here. */
    public boolean has(StyleProperty p) {
        return values.containsKey(p);
    }

    public StyleColour colour(StyleProperty p) {
        return (StyleColour) get(p, StyleProperty.Type.COLOUR);
    }

    /**
     * {@code colourProperty}'s colour with {@code opacityProperty} applied when set (the opacity replaces the
     * colour's own alpha): {@code paint(FILL, FILL_OPACITY)} is the fill as drawn.
     */
    public StyleColour paint(StyleProperty colourProperty, StyleProperty opacityProperty) {
        StyleColour c = colour(colourProperty);
        return has(opacityProperty) ? c.withOpacity(number(opacityProperty)) : c;
    }

    /** A length (points), opacity or plain number. */
    public double number(StyleProperty p) {
        Object v = values.get(p);
        if (!(v instanceof Double d)) {
            throw missing(p);
        }
        return d;
    }

    /** A number, or {@code fallback} when the sheet leaves it unset here. */
    public double number(StyleProperty p, double fallback) {
        return has(p) ? number(p) : fallback;
    }

    /** The dash pattern in points, or null for a solid line (unset or {@code "none"}). */
    public float[] dash() {
        double[] d = (double[]) values.get(StyleProperty.DASH);
        if (d == null || d.length == 0) {
            return null;
        }
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    /** The dash pattern in points as written (not rounded to floats), or null for a solid line. */
    public double[] dashLengths() {
        double[] d = (double[]) values.get(StyleProperty.DASH);
        return d == null || d.length == 0 ? null : d.clone();
    }

    /** One of a {@link StyleProperty.Type#CHOICE} property's values. */
    public String choice(StyleProperty p) {
        return (String) get(p, StyleProperty.Type.CHOICE);
    }

    @SuppressWarnings("unchecked")
    public List<StyleColour> palette() {
        return (List<StyleColour>) get(StyleProperty.PALETTE, StyleProperty.Type.COLOURS);
    }

    /** Where these values come from, as messages name it ({@code classic.json, basemap.countries}). */
    public String place() {
        return place;
    }

    private Object get(StyleProperty p, StyleProperty.Type type) {
        Object v = values.get(p);
        if (v == null || p.type() != type) {
            throw missing(p);
        }
        return v;
    }

    private IllegalStateException missing(StyleProperty p) {
        return new IllegalStateException("The style sheet " + place + " does not set '" + p.key() + "' ("
                + p.meaning() + ")");
    }

    @Override
    public String toString() {
        return place + " " + values.keySet();
    }
}
