package org.sitmap.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wording of the GeoJSON reader's messages: values shortened and numbers written as a user reads them. */
final class GeoJsonMessages {
    private static final Pattern DUPLICATE = Pattern.compile("duplicate field '(.*)'");

    private GeoJsonMessages() {
    }

    /** At most 40 characters of {@code s}, with an ellipsis when cut. */
    static String brief(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** Whole numbers as "35.0", others as Java writes them. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }

    /** The message with a lower-case first letter, to follow a colon; "unknown reason" for none. */
    static String lower(String message) {
        if (message == null || message.isEmpty()) {
            return "unknown reason";
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** Jackson's cleaned message as ours: a duplicate key is no syntax error a user would look for. */
    static String malformed(String jackson) {
        Matcher m = DUPLICATE.matcher(jackson);
        return m.matches() ? "the key \"" + m.group(1) + "\" appears twice in the same object; JSON keys must be unique"
                : "malformed JSON: " + jackson;
    }

    /** Jackson's wording without its source descriptions and configuration names. */
    static String cleanJacksonMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message
                .replaceAll("\\s*\\((start marker|for \\w+ starting) at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll("`[^`]*`", "")
                .replace('\n', ' ')
                .trim();
        return lower(m);
    }

    /** Why a position is refused: projected-looking, latitude or longitude out of range. */
    static String outOfRange(double x, double y, double maxLongitude) {
        double big = Math.abs(x) > Math.abs(y) ? x : y;
        if (Math.abs(big) > 1000) {
            return "coordinates look projected (e.g. " + number(big) + "); expected longitude/latitude"
                    + " in degrees (WGS 84, RFC 7946)";
        }
        if (!(Math.abs(y) <= 90)) {
            return "latitude " + number(y) + " is outside -90..90 (position " + number(x) + ", "
                    + number(y) + ")";
        }
        return "longitude " + number(x) + " is outside " + number(-maxLongitude) + ".." + number(maxLongitude)
                + " (position " + number(x) + ", "
                + number(y) + ")";
    }

    /** The nesting of coordinates at {@code depth} in words. */
    static String shape(int depth) {
        switch (depth) {
            case 0:
                return "a position [longitude, latitude]";
            case 1:
                return "an array of positions";
            case 2:
                return "an array of arrays of positions";
            default:
                return "an array of arrays of arrays of positions";
        }
    }
}
