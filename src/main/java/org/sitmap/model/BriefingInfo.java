package org.sitmap.model;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * What a briefing says about itself: its title, author, the date of the situation it shows, the map view it was
 * last looked at in (lon/lat; null when never set) and the id of the style sheet it is drawn with.
 *
 * @param styleSheet id of a style sheet ({@code classic}, {@code isw}); null or blank means
 *                   {@link #DEFAULT_STYLE_SHEET}, the look every briefing had before sheets could be chosen
 * @param legend     the user's changes to the legend (renamed, hidden, reordered entries); null means none
 */
public record BriefingInfo(String title, String author, LocalDate situationDate, Envelope view, String styleSheet,
        LegendEdits legend) {
    /** The sheet of briefings that name none. */
    public static final String DEFAULT_STYLE_SHEET = "classic";

    public BriefingInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        view = view == null ? null : new Envelope(view);
        styleSheet = styleSheet == null || styleSheet.isBlank() ? DEFAULT_STYLE_SHEET : styleSheet.strip();
        legend = legend == null ? LegendEdits.NONE : legend;
    }

    /** Info with an unedited legend. */
    public BriefingInfo(String title, String author, LocalDate situationDate, Envelope view, String styleSheet) {
        this(title, author, situationDate, view, styleSheet, LegendEdits.NONE);
    }

    /** Info drawn with the default style sheet. */
    public BriefingInfo(String title, String author, LocalDate situationDate, Envelope view) {
        this(title, author, situationDate, view, DEFAULT_STYLE_SHEET);
    }

    public static BriefingInfo untitled() {
        return new BriefingInfo("Untitled briefing", "", null, null);
    }

    public BriefingInfo withTitle(String t) {
        return new BriefingInfo(t, author, situationDate, view, styleSheet, legend);
    }

    public BriefingInfo withSituationDate(LocalDate d) {
        return new BriefingInfo(title, author, d, view, styleSheet, legend);
    }

    public BriefingInfo withView(Envelope v) {
        return new BriefingInfo(title, author, situationDate, v, styleSheet, legend);
    }

    public BriefingInfo withStyleSheet(String id) {
        return new BriefingInfo(title, author, situationDate, view, id, legend);
    }

    public BriefingInfo withLegend(LegendEdits edits) {
        return new BriefingInfo(title, author, situationDate, view, styleSheet, edits);
    }

    @Override
    public Envelope view() {
        return view == null ? null : new Envelope(view);
    }
}
