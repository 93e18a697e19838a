package org.sitmap.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps labels from overlapping: each label is accepted only when its box is free, so callers offer labels in
 * order of importance and the bigger places win. Boxes are kept in a coarse grid so a check costs a handful of
 * comparisons however many labels are on screen.
 *
 * <p>Areas may be reserved beforehand (a legend, a title block) so no label is placed under them. Not
 * thread-safe: one per frame.
 */
public final class LabelPlacer {
    private static final double CELL = 96;

    private final int columns;
    private final int rows;
    private final List<Rectangle2D>[] grid;

    @SuppressWarnings("unchecked")
    public LabelPlacer(int width, int height) {
        this.columns = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        this.grid = new List[columns * rows];
    }

    /** Blocks an area for all later labels. */
    public void reserve(Rectangle2D box) {
        add(box);
    }

    /** True if {@code box} meets no placed label or reserved area. */
    public boolean isFree(Rectangle2D box) {
        int c0 = column(box.getMinX());
        int c1 = column(box.getMaxX());
        int r0 = row(box.getMinY());
        int r1 = row(box.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                List<Rectangle2D> cell = grid[r * columns + c];
                if (cell != null) {
                    for (Rectangle2D other : cell) {
                        if (other.intersects(box)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** Places {@code box} if it is free; returns whether it was placed. */
    public boolean tryPlace(Rectangle2D box) {
        if (!isFree(box)) {
            return false;
        }
        add(box);
        return true;
    }

    private void add(Rectangle2D box) {
        int c0 = column(box.getMinX());
        int c1 = column(box.getMaxX());
        int r0 = row(box.getMinY());
        int r1 = row(box.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * columns + c;
                if (grid[k] == null) {
                    grid[k] = new ArrayList<>(4);
                }
                grid[k].add(box);
            }
        }
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor(x / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(y / CELL)));
    }
}
