package org.sitmap.model;

/**
 * Who an annotation is about. Its colour is the style sheet's ({@code StyleSheet.sideColour}): one per side in a
 * sheet, so a briefing reads at a glance.
 */
public enum Side {
    UKRAINE("Ukraine"),
    RUSSIA("Russia"),
    OTHER("Other / neutral");

    private final String label;

    Side(String label) {
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

    /** The interchange code: {@code ukraine}, {@code russia}, {@code other}. */
    public String code() {
        return Codes.of(this);
    }

    /** Parses an interchange code (case-insensitive); throws with the accepted values listed. */
    public static Side fromCode(String code) {
        return Codes.parse(Side.class, code, "side");
    }
}
