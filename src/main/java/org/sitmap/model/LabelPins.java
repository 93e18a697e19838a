package org.sitmap.model;

import java.util.List;

/**
 * Where the user pinned an annotation's label: the {@code label_at} attribute, the label's centre as
 * {@code [lon, lat]}, kept in the briefing so the label stays there on screen and in every export. The label
 * engine never moves a pinned label.
 */
public final class LabelPins {
    /** The attribute holding the pinned label's centre. */
    public static final String LABEL_AT = "label_at";

    private LabelPins() {
    }

    /** The pinned centre {lon, lat} of {@code a}'s label, or null when it is not pinned (or the value is unusable). */
    public static double[] of(Annotation a) {
        Object v = a.attribute(LABEL_AT);
        if (v instanceof List<?> list && list.size() == 2 && list.get(0) instanceof Number lon
                && list.get(1) instanceof Number lat) {
            double x = lon.doubleValue();
            double y = lat.doubleValue();
            if (Double.isFinite(x) && Double.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90) {
                return new double[] {x, y};
            }
        }
        return null;
    }

    /** {@code a} with its label pinned at (lon, lat), marked modified. */
    public static Annotation pinned(Annotation a, double lon, double lat) {
        return a.toBuilder().attribute(LABEL_AT, List.of(round(lon), round(lat))).touch().build();
    }

    /** {@code a} with its label free again. */
    public static Annotation unpinned(Annotation a) {
        return a.toBuilder().attribute(LABEL_AT, null).touch().build();
    }

    /** Six decimals: about 10 cm, finer than any pixel. */
    private static double round(double deg) {
        return Math.round(deg * 1e6) / 1e6;
    }
}
