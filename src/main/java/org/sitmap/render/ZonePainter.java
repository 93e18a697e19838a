package org.sitmap.render;

import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.model.ZoneStatus;

/**
 * Zones by status, as the style sheet says: a translucent fill under an outline (assessed control, advances,
 * contested ground), hatching where the sheet sets a hatch colour (claims), a dotted outline where the dash starts
 * with a dot (ground held before). Reported and unconfirmed outlines take the sheet's dash. Their fills stack above
 * every other area's (the situation's colours are never tinted by an evacuation area or a declaration), the firmer
 * assessment on top. Labelled with the title inside the zone.
 */
final class ZonePainter extends AreaPainter {
    /** A painter taking its colours, widths, dashes and hatching from {@code styles}. */
    ZonePainter(AnnotationStyles styles) {
        super(styles);
    }

    /**
     * Above every other area; among zones the firmer assessment on top, so ground assessed as held keeps its fill
     * inside the wider claim around it.
     */
    @Override
    int stacking(Annotation a) {
        ZoneStatus status = a.status() == null ? ZoneStatus.ASSESSED_CONTROL : a.status();
        return 30 + switch (status) {
            case HELD_BEFORE -> 0;
            case CLAIMED -> 1;
            case CONTESTED -> 2;
            case ASSESSED_ADVANCE -> 3;
            case ASSESSED_CONTROL -> 4;
        };
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        if (!a.title().isBlank()) {
            labelArea(labels, v, a, List.of(labels.labelText(a, a.title())), styles.of(a),
                    AnnotationLabeller.RANK_AREA);
        }
    }
}
