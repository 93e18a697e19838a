package org.sitmap.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * What to export: the area, the page, the file type, the titles, the situation date and which parts of the map
 * furniture to draw. Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * ExportSpec spec = ExportSpec.of(BaseMap.THEATRE, PageSize.paper(Paper.A4, true, 300), ExportFormat.PDF)
 *         .withTitle("Kursk incursion").withSituationDate(LocalDate.of(2024, 8, 14));
 * }</pre>
 *
 * @param extent        lon/lat area the map must show (all of it; the page's aspect may show more)
 * @param page          page size and DPI
 * @param format        file type
 * @param title         title block heading; blank for none
 * @param subtitle      second line of the title block (usually {@link #situationText}); blank for none
 * @param situationDate only annotations valid on this date are drawn; null draws all
 * @param legend        draw the legend of the annotations in view
 * @param scaleBar      draw a scale bar
 * @param northArrow    draw a north arrow
 * @param inset         draw a locator inset
 * @param attribution   draw the attribution line (base data credits and annotation sources)
 * @param notes         text of a notes box; blank for none
 * @param styleSheet    the look the map and its furniture are drawn in (the briefing's style sheet)
 */
public record ExportSpec(Envelope extent, PageSize page, ExportFormat format, String title, String subtitle,
        LocalDate situationDate, boolean legend, boolean scaleBar, boolean northArrow, boolean inset,
        boolean attribution, String notes, StyleSheet styleSheet) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public ExportSpec {
        Objects.requireNonNull(extent, "extent");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(format, "format");
        if (extent.isNull() || !(extent.getWidth() > 0) || !(extent.getHeight() > 0)) {
            throw new IllegalArgumentException("extent must have min < max in both directions, got " + extent);
        }
        if (extent.getMinX() < -180 || extent.getMaxX() > 180 || extent.getMinY() < -90 || extent.getMaxY() > 90) {
            throw new IllegalArgumentException("extent must lie within -180..180 longitude and -90..90 latitude, got "
                    + extent);
        }
        extent = new Envelope(extent);
        title = title == null ? "" : title.strip();
        subtitle = subtitle == null ? "" : subtitle.strip();
        notes = notes == null ? "" : notes.strip();
        styleSheet = styleSheet == null ? StyleSheets.standard() : styleSheet;
    }

    /** Every piece of furniture on, no titles, all dates. */
    public static ExportSpec of(Envelope extent, PageSize page, ExportFormat format) {
        return new ExportSpec(extent, page, format, "", "", null, true, true, true, true, true, "", null);
    }

    /** "Situation as of 14 August 2024", or "All recorded events" for null. */
    public static String situationText(LocalDate date) {
        return date == null ? "All recorded events" : "Situation as of " + DAY.format(date);
    }

    @Override
    public Envelope extent() {
        return new Envelope(extent);
    }

    public ExportSpec withExtent(Envelope e) {
        return new ExportSpec(e, page, format, title, subtitle, situationDate, legend, scaleBar, northArrow, inset,
                attribution, notes, styleSheet);
    }

    public ExportSpec withPage(PageSize p) {
        return new ExportSpec(extent, p, format, title, subtitle, situationDate, legend, scaleBar, northArrow, inset,
                attribution, notes, styleSheet);
    }

    public ExportSpec withFormat(ExportFormat f) {
        return new ExportSpec(extent, page, f, title, subtitle, situationDate, legend, scaleBar, northArrow, inset,
                attribution, notes, styleSheet);
    }

    public ExportSpec withTitle(String t) {
        return new ExportSpec(extent, page, format, t, subtitle, situationDate, legend, scaleBar, northArrow, inset,
                attribution, notes, styleSheet);
    }

    public ExportSpec withSubtitle(String s) {
        return new ExportSpec(extent, page, format, title, s, situationDate, legend, scaleBar, northArrow, inset,
                attribution, notes, styleSheet);
    }

    /** Sets the date and, as a convenience, the subtitle to {@link #situationText(LocalDate)}. */
    public ExportSpec withSituationDate(LocalDate d) {
        return new ExportSpec(extent, page, format, title, situationText(d), d, legend, scaleBar, northArrow, inset,
                attribution, notes, styleSheet);
    }

    public ExportSpec withNotes(String n) {
        return new ExportSpec(extent, page, format, title, subtitle, situationDate, legend, scaleBar, northArrow,
                inset, attribution, n, styleSheet);
    }

    /** The same export drawn in {@code sheet}'s look. */
    public ExportSpec withStyleSheet(StyleSheet sheet) {
        return new ExportSpec(extent, page, format, title, subtitle, situationDate, legend, scaleBar, northArrow,
                inset, attribution, notes, sheet);
    }

    /** Switches the furniture on or off in one call. */
    public ExportSpec withFurniture(boolean legendOn, boolean scaleBarOn, boolean northArrowOn, boolean insetOn,
            boolean attributionOn) {
        return new ExportSpec(extent, page, format, title, subtitle, situationDate, legendOn, scaleBarOn,
                northArrowOn, insetOn, attributionOn, notes, styleSheet);
    }
}
