package org.sitmap.model;

/**
 * One of a kind's looks that a legend tells apart: a marker's symbol ({@link MarkerSymbol}) or an arrow's style
 * with or without the main-attack chevron ({@link ArrowLook}). Implementations are immutable.
 */
public interface KindLook {
    /** The code a style sheet's {@code variant} selector matches: {@code star}, {@code axis}, {@code axis+main}. */
    String code();

    /** What a legend calls the look when the annotations say nothing more: "Axis of advance", "Position". */
    String legendText();
}
