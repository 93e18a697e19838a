package org.sitmap.ui;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people type and read them: ISO (2024-08-12), the locale's short and medium forms (8/12/24,
 * Aug 12, 2024 in English) and day-month-year with the month in words (12 Aug 2024, 12 August 2024). Strict: a day
 * that does not exist (31/02/2024) is refused, not rolled over. Shown as "12 Aug 2024", which no locale misreads.
 * Immutable and thread-safe.
 */
public final class DateText {
    private final Locale locale;
    private final DateTimeFormatter display;
    private final List<DateTimeFormatter> accepted = new ArrayList<>();

    public DateText(Locale locale) {
        this.locale = locale;
        this.display = strict("d MMM uuuu");
        accepted.add(DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG}) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                    IsoChronology.INSTANCE, locale);
            // Strict resolving needs the proleptic year (u), not the year of era (y); the short form's two-digit
            // year is also accepted with four digits.
            accepted.add(strict(pattern.replaceAll("y+", "uuuu")));
            if (pattern.contains("yy") && !pattern.contains("yyy")) {
                accepted.add(strict(pattern.replaceAll("y+", "uu")));
            }
        }
        for (String p : new String[] {"d MMM uuuu", "d MMMM uuuu", "MMM d uuuu", "MMMM d uuuu", "d.M.uuuu",
            "uuuu/M/d"}) {
            accepted.add(strict(p));
        }
    }

    /** For the default locale. */
    public static DateText forDefaultLocale() {
        return new DateText(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** "12 Aug 2024"; empty for null. */
    public String format(LocalDate date) {
        return date == null ? "" : display.format(date);
    }

    /**
     * The date in {@code text}, or null for blank text (no date).
     *
     * @throws IllegalArgumentException saying in words why the text is not a date
     */
    public LocalDate parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ").replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter f : accepted) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        String example = format(LocalDate.of(2024, 8, 12));
        for (DateTimeFormatter f : accepted) {
            try {
                f.withResolverStyle(ResolverStyle.LENIENT).parse(t);
                return refuse("“" + text.strip() + "” is not a day of the calendar (check the day and the month): "
                        + "type for example 2024-08-12 or " + example);
            } catch (DateTimeParseException e) {
                // not even a lenient date
            }
        }
        return refuse("“" + text.strip() + "” is not a date: type for example 2024-08-12 or " + example);
    }

    private static LocalDate refuse(String message) {
        throw new IllegalArgumentException(message);
    }

    private DateTimeFormatter strict(String pattern) {
        String p = pattern.replace(",", "");
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }
}
