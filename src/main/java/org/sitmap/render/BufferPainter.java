package org.sitmap.render;

import org.sitmap.model.Annotation;

/**
 * Buffer zones, as the style sheet says: a faint fill, hatched across, under a dashed outline; stacked under zones,
 * over evacuation areas and declarations. No label.
 */
final class BufferPainter extends AreaPainter {
    /** A painter taking its colours, widths, dash and hatching from {@code styles}. */
    BufferPainter(AnnotationStyles styles) {
        super(styles);
    }

    @Override
    int stacking(Annotation a) {
        return 20;
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        // Buffers carry their meaning in the legend, not in text on the map.
    }
}
