package org.sitmap.render.label;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The boxes already taken on a frame (labels, symbols, arrow heads, page furniture), kept in a coarse grid so a
 * check costs a handful of comparisons however many labels are on screen. A grid made page-only also refuses
 * every box that does not lie wholly on the page.
 *
 * <p>Not thread-safe: one per frame.
 */
public class CollisionGrid {
    private static final double CELL = 96;

    private final double width;
    private final double height;
    private final boolean pageOnly;
    private final int columns;
    private final int rows;
    private final List<Rectangle2D>[] grid;

    /** A grid over a {@code width} x {@code height} pixel frame; boxes reaching beyond it are accepted. */
    public CollisionGrid(int width, int height) {
        this(width, height, false);
    }

    /** A grid over the frame; with {@code pageOnly} it refuses every box not wholly inside the frame. */
    @SuppressWarnings("unchecked")
    public CollisionGrid(int width, int height, boolean pageOnly) {
        this.width = width;
        this.height = height;
        this.pageOnly = pageOnly;
        this.columns = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        this.grid = new List[columns * rows];
    }

    /** Blocks an area for all later labels. */
    public void reserve(Rectangle2D box) {
        add(box);
    }

    /** True if {@code box} is on the page (when that is asked) and meets no placed label or reserved area. */
    public boolean isFree(Rectangle2D box) {
        if (pageOnly && !insidePage(box)) {
            return false;
        }
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

    /** Whether {@code box} lies wholly inside the frame. */
    public boolean insidePage(Rectangle2D box) {
        return box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= width && box.getMaxY() <= height;
    }

    /** Whether any of {@code box} would be seen: always on a grid that accepts boxes beyond the frame. */
    public boolean shows(Rectangle2D box) {
        return !pageOnly || box.intersects(0, 0, width, height);
    }

    /**
     * {@code box} moved the least distance that puts it wholly inside the frame (as far as it fits) on a grid that
     * keeps labels on the page; unchanged otherwise.
     */
    public Rectangle2D movedOntoPage(Rectangle2D box) {
        if (!pageOnly) {
            return box;
        }
        double x = Math.max(0, Math.min(width - box.getWidth(), box.getX()));
        double y = Math.max(0, Math.min(height - box.getHeight(), box.getY()));
        return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
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
