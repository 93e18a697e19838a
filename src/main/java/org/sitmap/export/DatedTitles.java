package org.sitmap.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Dates in a page's title and subtitle: a {@code {date}} placeholder becomes the page's situation date
 * ("14 August 2024"), and a frame of a series has the series' starting date, in whichever of the forms we print it
 * is written, replaced by its own day. Stateless and thread-safe.
 */
public final class DatedTitles {
    /** Where a title asks for the situation date. */
    public static final String PLACEHOLDER = "{date}";
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DatedTitles() {
    }

    /** {@code spec} with its title's and subtitle's placeholders filled in with its situation date. */
    static ExportSpec resolved(ExportSpec spec) {
        String day = spec.situationDate() == null ? "all dates" : FORMS.get(0).format(spec.situationDate());
        String title = spec.title().replace(PLACEHOLDER, day);
        String subtitle = spec.subtitle().replace(PLACEHOLDER, day);
        return title.equals(spec.title()) && subtitle.equals(spec.subtitle()) ? spec
                : spec.withTitle(title).withSubtitle(subtitle);
    }

    /**
     * The page of {@code spec} as of {@code day}: its situation date and subtitle moved to {@code day}, and its
     * title's mentions of the date it was made for ({@link ExportSpec#situationDate()}) too.
     */
    public static ExportSpec onDay(ExportSpec spec, LocalDate day) {
        String title = redate(spec.title(), spec.situationDate(), day);
        return spec.withTitle(title).withSituationDate(day);
    }

    /** {@code text} with {@code from}, in every form we print dates, replaced by {@code to} in the same form. */
    static String redate(String text, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return text;
        }
        String out = text;
        for (DateTimeFormatter f : FORMS) {
            out = out.replace(f.format(from), f.format(to));
        }
        return out;
    }
}
