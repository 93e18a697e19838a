package org.sitmap.model;

/** Who an annotation is about; each side has one colour on every map so a briefing reads at a glance. */
public enum Side {
    UKRAINE("Ukraine", 0xFF1F5FBF),
    RUSSIA("Russia", 0xFFC62828),
    OTHER("Other / neutral", 0xFF6A4C93);

    private final String label;
    private final int colour;

    Side(String label, int colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The label, so lists and choice boxes read naturally; use {@link #code()} for files. */
    @Override
    public String toString() {
        return label;
    }

    /** 0xAARRGGBB, opaque. */
    public int colour() {
        return colour;
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
