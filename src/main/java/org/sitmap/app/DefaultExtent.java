package org.sitmap.app;

import java.util.Collection;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;

/**
 * The area a briefing is shown on when nobody chose one: the window opens a briefing there and
 * {@code sitmap export} draws it there without {@code --bbox}. Stateless.
 */
public final class DefaultExtent {
    /** Share of the annotations' extent added on each side when the briefing has no saved view. */
    static final double MARGIN = 0.15;
    /** The smallest area shown around annotations, in degrees: a lone marker still shows its surroundings. */
    private static final double MIN_WIDTH = 0.5;
    private static final double MIN_HEIGHT = 0.3;
    private static final double MAX_LATITUDE = 85;

    private DefaultExtent() {
    }

    /**
     * The briefing's saved view, else {@code annotations} with a margin, else the theatre of the bundled base map.
     * Never null or empty; lies within -180..180, -85..85.
     */
    public static Envelope of(BriefingInfo info, Collection<Annotation> annotations) {
        Envelope view = info.view();
        if (view != null && !view.isNull() && view.getWidth() > 0 && view.getHeight() > 0) {
            return new Envelope(view);
        }
        Envelope e = new Envelope();
        annotations.forEach(a -> e.expandToInclude(a.geometry().getEnvelopeInternal()));
        if (e.isNull()) {
            return new Envelope(BaseMap.THEATRE);
        }
        double w = Math.max(e.getWidth() * (1 + 2 * MARGIN), MIN_WIDTH);
        double h = Math.max(e.getHeight() * (1 + 2 * MARGIN), MIN_HEIGHT);
        double cx = e.centre().x;
        double cy = e.centre().y;
        return new Envelope(Math.max(-180, cx - w / 2), Math.min(180, cx + w / 2),
                Math.max(-MAX_LATITUDE, cy - h / 2), Math.min(MAX_LATITUDE, cy + h / 2));
    }
}
