package org.sitmap.model;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * What a briefing says about itself: its title, author, the date of the situation it shows and the map view it
 * was last looked at in (lon/lat; null when never set).
 */
public record BriefingInfo(String title, String author, LocalDate situationDate, Envelope view) {
    public BriefingInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        view = view == null ? null : new Envelope(view);
    }

    public static BriefingInfo untitled() {
        return new BriefingInfo("Untitled briefing", "", null, null);
    }

    public BriefingInfo withTitle(String t) {
        return new BriefingInfo(t, author, situationDate, view);
    }

    public BriefingInfo withSituationDate(LocalDate d) {
        return new BriefingInfo(title, author, d, view);
    }

    public BriefingInfo withView(Envelope v) {
        return new BriefingInfo(title, author, situationDate, v);
    }

    @Override
    public Envelope view() {
        return view == null ? null : new Envelope(view);
    }
}
