package org.sitmap.model;

/**
 * How sure the briefing is of an annotation. Confirmed and likely things are drawn solid; reported and unconfirmed
 * ones dashed, so the audience sees at once what is known and what is said.
 */
public enum Confidence {
    CONFIRMED("Confirmed"),
    LIKELY("Likely (assessed)"),
    REPORTED("Reported"),
    UNCONFIRMED("Unconfirmed / claimed");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label, so lists and choice boxes read naturally; use {@link #code()} for files. */
    @Override
    public String toString() {
        return label;
    }

    public String code() {
        return Codes.of(this);
    }

    /** True for the levels drawn dashed. */
    public boolean isTentative() {
        return this == REPORTED || this == UNCONFIRMED;
    }

    public static Confidence fromCode(String code) {
        return Codes.parse(Confidence.class, code, "confidence");
    }
}
