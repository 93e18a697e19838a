package org.sitmap.render;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.Annotation;

/**
 * Declarations, as the style sheet says: a wide translucent band (yellow in the classic sheet) inside the region's
 * border (the region is "under" the declaration), the lowest of the areas' fills; labelled with the title and level.
 */
final class DeclarationPainter extends AreaPainter {
    /** A painter taking its colours and widths from {@code styles}. */
    DeclarationPainter(AnnotationStyles styles) {
        super(styles);
    }

    @Override
    int stacking(Annotation a) {
        return 0;
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        List<String> lines = new ArrayList<>();
        lines.add(labels.labelText(a, a.title().isBlank() ? "State of emergency" : a.title()));
        String level = a.text(Annotation.LEVEL);
        if (level != null && !level.isBlank()) {
            lines.add("Level: " + level);
        }
        labelArea(labels, v, a, lines, styles.of(a), AnnotationLabeller.RANK_DECLARATION);
    }
}
