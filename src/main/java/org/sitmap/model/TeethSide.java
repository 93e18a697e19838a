package org.sitmap.model;

/** Which side of its line (in drawing direction) a frontline's teeth face: the {@code teeth} attribute. */
public enum TeethSide {
    LEFT("Left"), RIGHT("Right");

    private final String label;

    TeethSide(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    public String code() {
        return Codes.of(this);
    }

    /** The side a stored value names (any case, trimmed), or {@link #LEFT} for anything else. */
    public static TeethSide of(Object stored) {
        return Codes.lenient(TeethSide.class, stored, LEFT);
    }
}
