package org.sitmap.render;

import org.sitmap.model.Annotation;

/**
 * Zones by status, as the style sheet says: a translucent fill under an outline (assessed control, advances,
 * contested ground), hatching where the sheet sets a hatch colour (claims), a dotted outline where the dash starts
 * with a dot (ground held before). Reported and unconfirmed outlines take the sheet's dash. Their fills stack above
 * every other area's: the situation's colours are never tinted by an evacuation area or a declaration. No label:
 * the legend explains zones.
 */
final class ZonePainter extends AreaPainter {
    /** A painter taking its colours, widths, dashes and hatching from {@code styles}. */
    ZonePainter(AnnotationStyles styles) {
        super(styles);
    }

    @Override
    int stacking() {
        return 3;
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        // Zones carry their meaning in the legend, not in text on the map.
    }
}
