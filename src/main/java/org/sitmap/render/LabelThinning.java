package org.sitmap.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitmap.model.Annotation;

/**
 * Which annotations of a crowded frame are offered to the label engine. A 1920x1080 frame holds a few hundred
 * labels at most, yet at 10,000 annotations the engine was asked to measure and try thousands, most of which it
 * then dropped: a third of the frame. So when more than {@link #CROWD} annotations are in view, the frame is cut
 * into cells of {@link #CELL} pixels and each cell offers the labels of its {@link #PER_CELL} topmost annotations
 * (by the middle of their box) and no more: more than that many labels never fit in a cell's neighbourhood.
 * Frames with fewer annotations (every worked example) are left alone, label for label.
 *
 * <p>Stateless, thread-safe.
 */
final class LabelThinning {
    /** Up to this many annotations in view, every one is offered. */
    static final int CROWD = 300;
    /** Cell size in pixels. */
    static final int CELL = 64;
    /** Labels offered per cell. */
    static final int PER_CELL = 3;

    private LabelThinning() {
    }

    /** {@code visible} (drawing order) with the labels a crowd cannot show left out; the same list when no crowd. */
    static List<Annotation> thin(Viewport v, List<Annotation> visible) {
        if (visible.size() <= CROWD) {
            return visible;
        }
        int columns = v.width() / CELL + 1;
        int rows = v.height() / CELL + 1;
        int[] taken = new int[columns * rows];
        List<Annotation> kept = new ArrayList<>();
        // Topmost first: the last drawn is the one on top, whose label a reader looks for.
        for (int i = visible.size() - 1; i >= 0; i--) {
            Annotation a = visible.get(i);
            Rectangle2D b = AnnotationShapes.screenBounds(a, v);
            int cx = clamp((int) Math.floor(b.getCenterX() / CELL), columns);
            int cy = clamp((int) Math.floor(b.getCenterY() / CELL), rows);
            if (taken[cy * columns + cx]++ < PER_CELL) {
                kept.add(a);
            }
        }
        Collections.reverse(kept);
        return kept;
    }

    private static int clamp(int cell, int cells) {
        return Math.max(0, Math.min(cells - 1, cell));
    }
}
