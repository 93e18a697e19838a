package org.sitmap.render.label;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The boxes already taken on a frame (labels, symbols, arrow heads, page furniture), kept in a coarse grid so a
 * check costs a handful of comparisons however many labels are on screen. A grid made page-only also refuses
 * every box that does not lie wholly on the page.
 *
 * <p>Not thread-safe: one per frame.
 */
public class CollisionGrid {
    /** Small cells: on a crowded frame (arrow bodies are many small boxes) a check then meets few boxes. */
    private static final double CELL = 32;

    private final double width;
    private final double height;
    private final boolean pageOnly;
    private final int columns;
    private final int rows;
    /** Per cell, the boxes in it as runs of four numbers; {@link #counts} says how many numbers are used. */
    private final double[][] cells;
    private final int[] counts;

    /** A grid over a {@code width} x {@code height} pixel frame; boxes reaching beyond it are accepted. */
    public CollisionGrid(int width, int height) {
        this(width, height, false);
    }

    /** A grid over the frame; with {@code pageOnly} it refuses every box not wholly inside the frame. */
    public CollisionGrid(int width, int height, boolean pageOnly) {
        this.width = width;
        this.height = height;
        this.pageOnly = pageOnly;
        this.columns = Math.max(1, (int) Math.ceil(width / CELL));
        this.rows = Math.max(1, (int) Math.ceil(height / CELL));
        this.cells = new double[columns * rows][];
        this.counts = new int[columns * rows];
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
        double x0 = box.getMinX();
        double y0 = box.getMinY();
        double x1 = box.getMaxX();
        double y1 = box.getMaxY();
        int c0 = column(x0);
        int c1 = column(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                double[] cell = cells[r * columns + c];
                int n = counts[r * columns + c];
                for (int i = 0; i < n; i += 4) {
                    // Open boxes, as Rectangle2D.intersects: boxes that only touch are free of each other.
                    if (cell[i] < x1 && cell[i + 2] > x0 && cell[i + 1] < y1 && cell[i + 3] > y0) {
                        return false;
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

    /** Whether the point lies on the page (always, on a grid that accepts boxes beyond the frame). */
    public boolean shows(double x, double y) {
        return !pageOnly || x >= 0 && y >= 0 && x <= width && y <= height;
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

    /** Adds the box to every cell it meets, as four numbers (min x, min y, max x, max y): no objects to chase. */
    private void add(Rectangle2D box) {
        if (box.isEmpty()) {
            return;
        }
        int c0 = column(box.getMinX());
        int c1 = column(box.getMaxX());
        int r0 = row(box.getMinY());
        int r1 = row(box.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int k = r * columns + c;
                double[] cell = cells[k];
                int n = counts[k];
                if (cell == null || n + 4 > cell.length) {
                    cell = cell == null ? new double[16] : Arrays.copyOf(cell, cell.length * 2);
                    cells[k] = cell;
                }
                cell[n] = box.getMinX();
                cell[n + 1] = box.getMinY();
                cell[n + 2] = box.getMaxX();
                cell[n + 3] = box.getMaxY();
                counts[k] = n + 4;
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
