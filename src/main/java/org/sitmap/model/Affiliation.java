package org.sitmap.model;

/**
 * A side's standing as military symbology (MIL-STD-2525, APP-6) has it: friend, hostile, neutral or unknown. A
 * style sheet may colour by it and select rules on it.
 */
public enum Affiliation {
    FRIEND("Friend"),
    HOSTILE("Hostile"),
    NEUTRAL("Neutral"),
    UNKNOWN("Unknown");

    private final String label;

    Affiliation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The interchange code: {@code friend}, {@code hostile}, {@code neutral}, {@code unknown}. */
    public String code() {
        return Codes.of(this);
    }

    /** Parses a code (any case); throws with the accepted values listed. */
    public static Affiliation fromCode(String code) {
        return Codes.parse(Affiliation.class, code, "affiliation");
    }
}
