package org.sitmap.style;

/**
 * What a rule of the annotation section can select on, by interchange code: {@code kind} ({@code zone},
 * {@code movement}, ...), {@code side} ({@code ukraine}, ...), zone {@code status}, {@code confidence}, a kind's
 * {@code variant} (arrow style, marker symbol) and whether the annotation is {@code tentative} (reported,
 * unconfirmed or planned: drawn dashed). Null fields match only rules that do not ask for them.
 *
 * <p>A cheap value: build one per annotation and call {@link StyleSheet#lookup}, which caches per distinct key.
 */
public record StyleKey(String kind, String side, String status, String confidence, String variant,
        boolean tentative) {

    /** A key with only the kind and side set. */
    public static StyleKey of(String kind, String side) {
        return new StyleKey(kind, side, null, null, null, false);
    }

    public StyleKey withStatus(String s) {
        return new StyleKey(kind, side, s, confidence, variant, tentative);
    }

    public StyleKey withConfidence(String c) {
        return new StyleKey(kind, side, status, c, variant, tentative);
    }

    public StyleKey withVariant(String v) {
        return new StyleKey(kind, side, status, confidence, v, tentative);
    }

    public StyleKey withTentative(boolean t) {
        return new StyleKey(kind, side, status, confidence, variant, t);
    }
}
