package org.sitmap.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which of the briefing's sides an annotation is about, by the side's stable code ({@code ukraine}, {@code rsf},
 * {@code side_a}). The name, colour and affiliation belong to the briefing ({@link BriefingSide} in
 * {@link SideList}): renaming a side changes no annotation. Immutable value, thread-safe.
 */
public final class Side implements Comparable<Side> {
    /** The codes every briefing used before sides belonged to the briefing; GeoJSON without sides uses them. */
    public static final Side UKRAINE = new Side("ukraine");
    public static final Side RUSSIA = new Side("russia");
    public static final Side OTHER = new Side("other");

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private final String code;

    private Side(String code) {
        this.code = code;
    }

    /**
     * The side of {@code code} (any case, trimmed): a letter or digit, then up to 39 letters, digits, {@code _}
     * or {@code -}. Throws with the rule in words for anything else.
     */
    public static Side of(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new IllegalArgumentException("a side's code must be 1 to 40 letters, digits, '_' or '-' "
                    + "starting with a letter or digit, not \"" + code + "\"");
        }
        return switch (c) {
            case "ukraine" -> UKRAINE;
            case "russia" -> RUSSIA;
            case "other" -> OTHER;
            default -> new Side(c);
        };
    }

    /** As {@link #of(String)}: the name interchange code readers use. */
    public static Side fromCode(String code) {
        return of(code);
    }

    /** A code made from a name the user typed ("Rapid Support Forces" becomes {@code rapid_support_forces}). */
    public static Side fromName(String name) {
        String slug = Objects.requireNonNullElse(name, "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        slug = slug.length() > 40 ? slug.substring(0, 40) : slug;
        return of(slug.isEmpty() ? "side" : slug);
    }

    /** The interchange code. */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Side s && s.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public int compareTo(Side o) {
        return code.compareTo(o.code);
    }

    /** The code; show a side to a user through {@link SideList#nameOf(Side)}. */
    @Override
    public String toString() {
        return code;
    }
}
