package org.sitmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists of distances in km, as a range ring keeps them ({@code radii_km: [15, 30, 60]}): checking an imported list,
 * reading the typed text "15, 30, 60" and writing it back. Stateless.
 */
public final class Distances {
    /** Largest distance accepted: a quarter of the Earth's circumference, beyond which a "circle" folds back. */
    public static final double MAX_KM = 10_000;

    private Distances() {
    }

    /** Why {@code value} is not a non-empty list of distances in km, in words naming {@code name}; or null. */
    public static String problem(String name, Object value) {
        String expected = name + " must be a list of distances in km such as [15, 30, 60]";
        if (value == null) {
            return name + " is missing: give a list of distances in km such as [15, 30, 60]";
        }
        if (!(value instanceof List<?> list)) {
            return expected + ", not " + describe(value);
        }
        if (list.isEmpty()) {
            return expected + ", not an empty list";
        }
        for (Object o : list) {
            if (!(o instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                return expected + ": " + describe(o) + " is not a number";
            }
            double d = n.doubleValue();
            if (d <= 0 || d > MAX_KM) {
                return expected + ": " + format(d) + " is not between 0 and " + format(MAX_KM) + " km";
            }
        }
        return null;
    }

    /** The distances of a stored list (numbers only), or an empty array. */
    public static double[] of(Object stored) {
        if (!(stored instanceof List<?> list)) {
            return new double[0];
        }
        double[] out = new double[list.size()];
        int n = 0;
        for (Object o : list) {
            if (o instanceof Number num) {
                out[n++] = num.doubleValue();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * The list typed as "15, 30, 60" (commas, semicolons or spaces between): whole numbers as Long, others as
     * Double, as a file read back gives them.
     *
     * @throws IllegalArgumentException naming {@code label} when a part is not a positive distance
     */
    public static List<Number> parse(String label, String text) {
        List<Number> out = new ArrayList<>();
        for (String part : String.valueOf(text).trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            double d;
            try {
                d = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(label + ": \"" + part + "\" is not a number; type distances in"
                        + " km such as 15, 30, 60");
            }
            if (!(d > 0 && d <= MAX_KM)) {
                throw new IllegalArgumentException(label + ": " + part + " is not between 0 and " + format(MAX_KM)
                        + " km");
            }
            out.add(d == Math.rint(d) ? (Number) Long.valueOf((long) d) : (Number) Double.valueOf(d));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(label + " needs at least one distance in km, such as 15, 30, 60");
        }
        return out;
    }

    /** "15, 30, 60" for a stored list; "" when there is none. */
    public static String format(Object stored) {
        StringBuilder b = new StringBuilder();
        for (double d : of(stored)) {
            b.append(b.length() == 0 ? "" : ", ").append(format(d));
        }
        return b.toString();
    }

    /** "15" or "12.5": a distance without a trailing ".0". */
    public static String format(double km) {
        return km == Math.rint(km) && Math.abs(km) < 1e15 ? Long.toString((long) km)
                : String.format(Locale.ROOT, "%s", km);
    }

    private static String describe(Object o) {
        return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
    }
}
