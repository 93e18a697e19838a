package org.sitmap.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as people type and read them: whole numbers with the locale's grouping ("11,000"), decimals without
 * trailing zeros ("12.5"); typed with or without grouping ("11000", "11,000", "11 000"). One instance describes one
 * field: whole or decimal, and the smallest value it takes. Not thread-safe (it holds a {@link NumberFormat}).
 */
public final class NumberText {
    private final boolean whole;
    private final Double minimum;
    private final boolean minimumIncluded;
    private final char decimal;
    private final char grouping;
    private final NumberFormat display;

    /**
     * @param whole           true for counts (stored as a whole number)
     * @param minimum         the smallest value accepted, or null for any
     * @param minimumIncluded whether {@code minimum} itself is accepted (0 people: yes; a radius of 0 km: no)
     */
    public NumberText(Locale locale, boolean whole, Double minimum, boolean minimumIncluded) {
        this.whole = whole;
        this.minimum = minimum;
        this.minimumIncluded = minimumIncluded;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.decimal = symbols.getDecimalSeparator();
        this.grouping = symbols.getGroupingSeparator();
        this.display = whole ? NumberFormat.getIntegerInstance(locale) : new DecimalFormat("#,##0.###", symbols);
    }

    /** "11,000", "12.5"; empty for null. */
    public String format(Number value) {
        return value == null ? "" : display.format(whole ? (Object) value.longValue() : (Object) value.doubleValue());
    }

    /**
     * The number in {@code text} (a Long for whole numbers, else a Double), or null for blank text.
     *
     * @throws IllegalArgumentException saying in words why the text is refused
     */
    public Number parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        // Spaces of any kind and the locale's grouping mark only group digits; a comma does too where it is not
        // the decimal mark.
        StringBuilder plain = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\'' || c == '’'
                    || (c == grouping && c != decimal) || (c == ',' && decimal != ',')) {
                continue;
            }
            plain.append(c == decimal ? '.' : c == '−' ? '-' : c);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(plain.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + t + "” is not a number");
        }
        if (minimum != null && (minimumIncluded ? value.doubleValue() < minimum : value.doubleValue() <= minimum)) {
            throw new IllegalArgumentException("must be " + (minimumIncluded ? "" : "more than ")
                    + format(minimum) + (minimumIncluded ? " or more" : "") + ", not " + t);
        }
        if (whole) {
            try {
                return value.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("must be a whole number, not " + t);
            }
        }
        return value.doubleValue();
    }
}
