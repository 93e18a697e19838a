package org.sitmap.model;

import java.util.Locale;

/**
 * The language the base map's place names are shown in: English (the default), the local language of each place,
 * Ukrainian or Russian. A briefing records its choice so its exports show the same names. A place with no name in
 * the chosen language shows its English one.
 *
 * <p>The base data keeps each language's name in a property of its own next to the English {@code name}:
 * {@code name_local}, {@code name_uk}, {@code name_ru} (see data/README.md).
 */
public enum PlaceNames {
    ENGLISH("en", "English", ""),
    LOCAL("local", "Local", "_local"),
    UKRAINIAN("uk", "Ukrainian", "_uk"),
    RUSSIAN("ru", "Russian", "_ru");

    private final String code;
    private final String label;
    private final String suffix;

    PlaceNames(String code, String label, String suffix) {
        this.code = code;
        this.label = label;
        this.suffix = suffix;
    }

    /** What the briefing file and the command line say: {@code en}, {@code local}, {@code uk}, {@code ru}. */
    public String code() {
        return code;
    }

    /** What the menu says. */
    public String label() {
        return label;
    }

    /** The property holding a feature's name in this language, for a layer labelled by {@code labelKey}. */
    public String key(String labelKey) {
        return suffix.isEmpty() || labelKey == null ? labelKey : labelKey + suffix;
    }

    /**
     * The name a feature is shown by: in this language if it has one; for Ukrainian or Russian, else its local name
     * when that is written in Cyrillic too (most small Russian towns have no Ukrainian name in the data, and a
     * Cyrillic map with Latin names among them reads badly); else by {@code labelKey} (English).
     */
    public String nameOf(MapFeature feature, String labelKey) {
        if (suffix.isEmpty()) {
            return feature.text(labelKey);
        }
        String own = feature.text(key(labelKey));
        if (own != null && !own.isBlank()) {
            return own;
        }
        if (this != LOCAL) {
            String local = feature.text(LOCAL.key(labelKey));
            if (local != null && !local.isBlank() && cyrillic(local)) {
                return local;
            }
        }
        return feature.text(labelKey);
    }

    /** Whether every letter of {@code text} is Cyrillic. */
    private static boolean cyrillic(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * The choice a code names.
     *
     * @throws IllegalArgumentException naming the codes there are
     */
    public static PlaceNames of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (PlaceNames p : values()) {
            if (p.code.equals(c)) {
                return p;
            }
        }
        throw new IllegalArgumentException("place names: expected one of en, local, uk, ru, got \"" + code + "\"");
    }

    /** As {@link #of} for a briefing file: none or an unknown code (a hand edit) is English, the default. */
    public static PlaceNames orEnglish(String code) {
        try {
            return code == null ? ENGLISH : of(code);
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }
}
