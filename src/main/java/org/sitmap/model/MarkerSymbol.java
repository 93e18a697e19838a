package org.sitmap.model;

/** The symbol a marker shows: the {@code symbol} attribute of a marker. */
public enum MarkerSymbol implements KindLook {
    DOT("Dot"), STAR("Star"), FLAG("Flag"), X("Cross (x)"), POW("POW (prisoners)");

    private final String label;

    MarkerSymbol(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    @Override
    public String code() {
        return Codes.of(this);
    }

    /** What the symbol stands for when the marker names no category of its own. */
    @Override
    public String legendText() {
        return switch (this) {
            case STAR -> "Captured town";
            case FLAG -> "Position";
            case X -> "Strike";
            case POW -> "Prisoners of war";
            case DOT -> "Point of interest";
        };
    }

    /** The symbol a stored value names (any case, trimmed), or {@link #DOT} for anything else. */
    public static MarkerSymbol of(Object stored) {
        return Codes.lenient(MarkerSymbol.class, stored, DOT);
    }
}
