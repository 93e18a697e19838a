package org.sitmap.model;

/** How a movement arrow is drawn: the {@code style} attribute of a movement. */
public enum ArrowStyle {
    /** Plain-language arrow: a tapered body and a filled head. */
    MOVEMENT("Movement"),
    /** Military axis of advance: a double-line corridor with an open head. */
    AXIS("Axis of advance"),
    /** Direction of attack: one line with a filled head. */
    ATTACK("Attack");

    private final String label;

    ArrowStyle(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    public String code() {
        return Codes.of(this);
    }

    /** The style a stored value names (any case, trimmed), or {@link #MOVEMENT} for anything else. */
    public static ArrowStyle of(Object stored) {
        return Codes.lenient(ArrowStyle.class, stored, MOVEMENT);
    }
}
