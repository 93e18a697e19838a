package org.sitmap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.WebMercator;

/** Parses the values of command-line options strictly: what is not plainly right is refused with the option named. */
final class OptionValues {
    /** A plain decimal number: no hex floats, no Java suffixes such as 30d or 50f, no "Infinity". */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

    private OptionValues() {
    }

    /** A date option's value. */
    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CliException("bad " + option + " '" + text + "': expected YYYY-MM-DD, e.g. 2024-08-14", 2);
        }
    }

    /**
     * A lon/lat box option's value. Latitudes past the map's limit (Web Mercator reaches about 85.05 degrees) are
     * brought to it, with a note on {@code err}, so that the whole world {@code -180,-90,180,90} works.
     */
    static Envelope bbox(String option, String text, PrintWriter err) {
        String[] parts = text.split(",", -1);
        String problem = "expected minLon,minLat,maxLon,maxLat with min < max, got '" + text + "'";
        if (parts.length != 4) {
            throw new CliException("bad " + option + ": " + problem, 2);
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i].trim();
            if (!DECIMAL.matcher(p).matches()) {
                throw new CliException("bad " + option + ": '" + p + "' is not a number in degrees; " + problem, 2);
            }
            v[i] = Double.parseDouble(p);
        }
        if (!(v[0] < v[2]) || !(v[1] < v[3])) {
            throw new CliException("bad " + option + ": " + problem, 2);
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new CliException("bad " + option + ": longitudes must lie within -180..180 and latitudes within "
                    + "-90..90, got '" + text + "'", 2);
        }
        double limit = WebMercator.MAX_LATITUDE;
        if (v[1] < -limit || v[3] > limit) {
            v[1] = Math.max(v[1], -limit);
            v[3] = Math.min(v[3], limit);
            if (err != null) {
                err.println(String.format(Locale.ROOT, "sitmap: note: %s latitudes brought to %.2f..%.2f, the "
                        + "limit of the Web Mercator map", option, v[1], v[3]));
                err.flush();
            }
        }
        if (!(v[1] < v[3])) {
            throw new CliException("bad " + option + ": the box lies beyond the map's latitude limit of "
                    + String.format(Locale.ROOT, "%.2f", limit) + ", got '" + text + "'", 2);
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
