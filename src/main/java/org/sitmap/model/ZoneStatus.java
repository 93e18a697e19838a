package org.sitmap.model;

/**
 * The control categories situation maps use for zones, each with its own look: assessed control is a translucent
 * fill with a same-colour outline, an assessed advance a lighter fill, claims are hatched, contested ground is a
 * neutral grey and ground held before the period a pale outline.
 */
public enum ZoneStatus {
    ASSESSED_CONTROL("Assessed control"),
    ASSESSED_ADVANCE("Assessed advance"),
    CLAIMED("Claimed control or advance"),
    CONTESTED("Contested / grey zone"),
    HELD_BEFORE("Held before the period");

    private final String label;

    ZoneStatus(String label) {
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

    public static ZoneStatus fromCode(String code) {
        return Codes.parse(ZoneStatus.class, code, "zone status");
    }
}
