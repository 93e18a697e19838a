package org.sitmap.model;

import java.util.Objects;

/**
 * How a movement arrow looks in a legend: its {@link ArrowStyle} and whether it carries the main-attack chevron.
 *
 * @param style      the arrow style
 * @param mainAttack drawn with the main-attack chevron (axes)
 */
public record ArrowLook(ArrowStyle style, boolean mainAttack) implements KindLook {
    public ArrowLook {
        Objects.requireNonNull(style, "style");
    }

    /** The style's code, {@code +main} added for a main attack (the style sheets' vocabulary). */
    @Override
    public String code() {
        return style.code() + (mainAttack ? "+main" : "");
    }

    @Override
    public String legendText() {
        return switch (style) {
            case AXIS -> mainAttack ? "Axis of advance, main attack" : "Axis of advance";
            case ATTACK -> "Direction of attack";
            case MOVEMENT -> "Movement";
        };
    }
}
