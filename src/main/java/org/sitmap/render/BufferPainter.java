package org.sitmap.render;

import java.util.List;
import org.sitmap.model.Annotation;

/**
 * Buffer zones, as the style sheet says: a faint fill, hatched across, under a dashed outline; stacked under zones,
 * over evacuation areas and declarations. The title inside.
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
        if (!a.title().isBlank()) {
            labelArea(labels, v, a, List.of(labels.labelText(a, a.title())), styles.of(a),
                    AnnotationLabeller.RANK_AREA);
        }
    }
}
