package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads the value of a JSON number token the way {@link Double#parseDouble} would, straight from the parser's
 * characters. Jackson makes a String of every floating-point number before parsing it: on the 35 MB admin-1 file,
 * 3.4 million Strings and a quarter of the reading's time. Numbers of up to 15 significant digits with a small
 * power of ten, which is what GeoJSON coordinates are, are one exact integer and one multiplication or division by
 * an exact power of ten, so correctly rounded (Clinger's fast path); any other number is left to Jackson. Stateless.
 */
final class JsonNumbers {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22};
    private static final int MAX_DIGITS = 15;

    private JsonNumbers() {
    }

    /** The value of the parser's current token, a JSON number. */
    static double value(JsonParser parser) throws IOException {
        char[] text = parser.getTextCharacters();
        int at = parser.getTextOffset();
        int end = at + parser.getTextLength();
        if (text == null || at >= end) {
            return parser.getDoubleValue();
        }
        boolean negative = text[at] == '-';
        if (negative) {
            at++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        for (; at < end; at++) {
            char c = text[at];
            if (c >= '0' && c <= '9') {
                if ((mantissa != 0 || c != '0') && ++digits > MAX_DIGITS) {
                    return parser.getDoubleValue();
                }
                mantissa = mantissa * 10 + (c - '0');
                scale += fraction ? 1 : 0;
            } else if (c == '.' && !fraction) {
                fraction = true;
            } else {
                break;
            }
        }
        int exponent = 0;
        if (at < end && (text[at] == 'e' || text[at] == 'E')) {
            at++;
            boolean below = at < end && text[at] == '-';
            if (at < end && (text[at] == '-' || text[at] == '+')) {
                at++;
            }
            for (; at < end && exponent < 1000; at++) {
                exponent = exponent * 10 + (text[at] - '0');
            }
            exponent = below ? -exponent : exponent;
        }
        int power = exponent - scale;
        if (at != end || power < -22 || power > 22) {
            return parser.getDoubleValue();
        }
        double v = power >= 0 ? mantissa * POWERS_OF_TEN[power] : mantissa / POWERS_OF_TEN[-power];
        // Jackson reads the integer -0 as 0 (an int), and so as +0.0.
        return negative && (mantissa != 0 || parser.currentToken() != JsonToken.VALUE_NUMBER_INT) ? -v : v;
    }
}
