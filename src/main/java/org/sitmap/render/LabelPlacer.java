package org.sitmap.render;

import org.sitmap.render.label.CollisionGrid;

/**
 * Keeps a frame's labels from overlapping: each label is accepted only when its box is free, so callers offer
 * labels in order of importance and the bigger places win (see {@link CollisionGrid}). Areas may be reserved
 * beforehand (a legend, a title block) so no label is placed under them. Not thread-safe: one per frame.
 */
public final class LabelPlacer extends CollisionGrid {
    /** A placer accepting boxes that reach beyond the frame. */
    public LabelPlacer(int width, int height) {
        super(width, height, false);
    }

    private LabelPlacer(int width, int height, boolean pageOnly) {
        super(width, height, pageOnly);
    }

    /** A placer that keeps every label wholly inside the frame. */
    public static LabelPlacer insideFrame(int width, int height) {
        return new LabelPlacer(width, height, true);
    }
}
