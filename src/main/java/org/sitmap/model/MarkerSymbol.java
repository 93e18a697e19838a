package org.sitmap.model;

/** The symbol a marker shows: the {@code symbol} attribute of a marker. */
public enum MarkerSymbol {
    DOT("Dot"), STAR("Star"), FLAG("Flag"), X("Cross (x)"), POW("POW (prisoners)");

    private final String label;

    MarkerSymbol(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    public String code() {
        return Codes.of(this);
    }

    /** The symbol a stored value names (any case, trimmed), or {@link #DOT} for anything else. */
    public static MarkerSymbol of(Object stored) {
        return Codes.lenient(MarkerSymbol.class, stored, DOT);
    }
}
