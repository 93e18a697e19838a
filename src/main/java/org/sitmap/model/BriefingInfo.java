package org.sitmap.model;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * What a briefing says about itself: its title, author, the date of the situation it shows, the map view it was
 * last looked at in (lon/lat; null when never set), the id of the style sheet it is drawn with, its own sides and
 * the user's changes to its legend, and the language of the base map's place names.
 *
 * @param styleSheet id of a style sheet ({@code classic}, {@code isw}); null or blank means
 *                   {@link #DEFAULT_STYLE_SHEET}, the look every briefing had before sheets could be chosen
 * @param sides      the briefing's sides in the user's order; null means {@link SideList#generic()}
 * @param legend     the user's changes to the legend (renamed, hidden, reordered entries); null means none
 * @param placeNames the language of the base map's place names; null means {@link PlaceNames#ENGLISH}
 */
public record BriefingInfo(String title, String author, LocalDate situationDate, Envelope view, String styleSheet,
        SideList sides, LegendEdits legend, PlaceNames placeNames) {
    /** The sheet of briefings that name none. */
    public static final String DEFAULT_STYLE_SHEET = "classic";

    public BriefingInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        view = view == null ? null : new Envelope(view);
        styleSheet = styleSheet == null || styleSheet.isBlank() ? DEFAULT_STYLE_SHEET : styleSheet.strip();
        sides = sides == null ? SideList.generic() : sides;
        legend = legend == null ? LegendEdits.NONE : legend;
        placeNames = placeNames == null ? PlaceNames.ENGLISH : placeNames;
    }

    /** Info with place names in English. */
    public BriefingInfo(String title, String author, LocalDate situationDate, Envelope view, String styleSheet,
            SideList sides, LegendEdits legend) {
        this(title, author, situationDate, view, styleSheet, sides, legend, PlaceNames.ENGLISH);
    }

    /** Info with an unedited legend. */
    public BriefingInfo(String title, String author, LocalDate situationDate, Envelope view, String styleSheet,
            SideList sides) {
        this(title, author, situationDate, view, styleSheet, sides, LegendEdits.NONE);
    }

    /** Info of a briefing with the generic starting sides and an unedited legend. */
    public BriefingInfo(String title, String author, LocalDate situationDate, Envelope view, String styleSheet) {
        this(title, author, situationDate, view, styleSheet, null, LegendEdits.NONE);
    }

    /** Info drawn with the default style sheet. */
    public BriefingInfo(String title, String author, LocalDate situationDate, Envelope view) {
        this(title, author, situationDate, view, DEFAULT_STYLE_SHEET);
    }

    public static BriefingInfo untitled() {
        return new BriefingInfo("Untitled briefing", "", null, null);
    }

    public BriefingInfo withTitle(String t) {
        return new BriefingInfo(t, author, situationDate, view, styleSheet, sides, legend, placeNames);
    }

    public BriefingInfo withSituationDate(LocalDate d) {
        return new BriefingInfo(title, author, d, view, styleSheet, sides, legend, placeNames);
    }

    public BriefingInfo withView(Envelope v) {
        return new BriefingInfo(title, author, situationDate, v, styleSheet, sides, legend, placeNames);
    }

    public BriefingInfo withStyleSheet(String id) {
        return new BriefingInfo(title, author, situationDate, view, id, sides, legend, placeNames);
    }

    public BriefingInfo withSides(SideList s) {
        return new BriefingInfo(title, author, situationDate, view, styleSheet, s, legend, placeNames);
    }

    public BriefingInfo withLegend(LegendEdits edits) {
        return new BriefingInfo(title, author, situationDate, view, styleSheet, sides, edits, placeNames);
    }

    public BriefingInfo withPlaceNames(PlaceNames names) {
        return new BriefingInfo(title, author, situationDate, view, styleSheet, sides, legend, names);
    }

    @Override
    public Envelope view() {
        return view == null ? null : new Envelope(view);
    }
}
