package org.sitmap.model;

import java.util.Locale;

/**
 * One attribute a kind of annotation has: its interchange name (the GeoJSON property, the key in
 * {@link Annotation#attributes()}), the property form's row key and label, its type and the checks an imported
 * value must pass. The form builds its rows from these; {@link KindDescriptor#attributeProblem} checks imports.
 *
 * @param name            interchange name, e.g. {@code symbol}
 * @param formKey         stable key of the property-form row (its field id is {@code prop-<formKey>})
 * @param label           what the user reads beside the field
 * @param type            what the value is
 * @param choices         the enum of a {@link Type#CHOICE}, else null
 * @param minimum         smallest accepted number, or null
 * @param minimumIncluded whether {@code minimum} itself is accepted
 */
public record KindAttribute(String name, String formKey, String label, Type type, Class<? extends Enum<?>> choices,
        Double minimum, boolean minimumIncluded) {

    /** The value types attributes have. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A whole number (stored as given: imported text such as "130,000" is kept). */
        WHOLE_NUMBER,
        /** Any number. */
        NUMBER,
        /** An ISO date as text. */
        DATE,
        /** true or false (stored only when true). */
        FLAG,
        /** One of an enum's codes. */
        CHOICE,
        /** A list of positive distances in km. */
        DISTANCES
    }

    public static KindAttribute text(String name, String formKey, String label) {
        return new KindAttribute(name, formKey, label, Type.TEXT, null, null, false);
    }

    public static KindAttribute date(String name, String formKey, String label) {
        return new KindAttribute(name, formKey, label, Type.DATE, null, null, false);
    }

    public static KindAttribute flag(String name, String formKey, String label) {
        return new KindAttribute(name, formKey, label, Type.FLAG, null, null, false);
    }

    public static KindAttribute number(String name, String formKey, String label, boolean whole, Double minimum,
            boolean minimumIncluded) {
        return new KindAttribute(name, formKey, label, whole ? Type.WHOLE_NUMBER : Type.NUMBER, null, minimum,
                minimumIncluded);
    }

    public static KindAttribute choice(String name, String formKey, String label, Class<? extends Enum<?>> choices) {
        return new KindAttribute(name, formKey, label, Type.CHOICE, choices, null, false);
    }

    public static KindAttribute distances(String name, String formKey, String label) {
        return new KindAttribute(name, formKey, label, Type.DISTANCES, null, null, false);
    }

    /**
     * Why an imported {@code value} (not null) cannot be this attribute, or null when it can. Names the attribute
     * and the value: {@code symbol "banana" is not one of dot, star, flag, x, pow}.
     */
    public String problem(Object value) {
        return switch (type) {
            case CHOICE -> isChoice(value) ? null
                    : name + " \"" + value + "\" is not one of " + Codes.list(choices);
            case FLAG -> value instanceof Boolean || "true".equalsIgnoreCase(String.valueOf(value).trim())
                    || "false".equalsIgnoreCase(String.valueOf(value).trim()) ? null
                    : name + " must be true or false, not \"" + value + "\"";
            case DISTANCES -> Distances.problem(name, value);
            default -> null;
        };
    }

    private boolean isChoice(Object value) {
        String wanted = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        for (Enum<?> e : choices.getEnumConstants()) {
            if (Codes.of(e).equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
