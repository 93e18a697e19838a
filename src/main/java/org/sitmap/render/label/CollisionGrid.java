package org.sitmap.render.label;

import java.awt.geom.Line2D;
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

    /**
     * True if the segment from (x0, y0) to (x1, y1) crosses no placed label, leader or reserved area (a leader
     * line's path); boxes it only touches at a corner or edge do not count.
     */
    public boolean isFree(double x0, double y0, double x1, double y1) {
        if (pageOnly && !(shows(x0, y0) && shows(x1, y1))) {
            return false;
        }
        int c0 = column(Math.min(x0, x1));
        int c1 = column(Math.max(x0, x1));
        int r0 = row(Math.min(y0, y1));
        int r1 = row(Math.max(y0, y1));
        Rectangle2D.Double cellBox = new Rectangle2D.Double();
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                double[] cell = cells[r * columns + c];
                int n = counts[r * columns + c];
                if (n == 0) {
                    continue;
                }
                // A long diagonal's bounding cells are mostly off its path: skip those it does not cross.
                cellBox.setRect(c * CELL - 1, r * CELL - 1, CELL + 2, CELL + 2);
                if (c0 != c1 && r0 != r1 && !cellBox.intersectsLine(x0, y0, x1, y1)) {
                    continue;
                }
                for (int i = 0; i < n; i += 4) {
                    if (crosses(cell[i], cell[i + 1], cell[i + 2], cell[i + 3], x0, y0, x1, y1)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the segment passes through the open box (min x, min y, max x, max y): Liang-Barsky clipping. */
    private static boolean crosses(double bx0, double by0, double bx1, double by1, double x0, double y0, double x1,
            double y1) {
        if (bx1 <= bx0 || by1 <= by0) {
            return false;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - bx0, bx1 - x0, y0 - by0, by1 - y0};
        double t0 = 0;
        double t1 = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] <= 0) {
                    return false;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        // A positive stretch inside, not a graze of one corner.
        return t1 - t0 > 1e-9;
    }

    /**
     * Blocks the path of a drawn line (a leader) of {@code width} pixels for all later labels and leaders, as
     * small squares along it: a box around a diagonal line would block the empty corners too.
     */
    public void reserve(Line2D line, double width) {
        double len = line.getP1().distance(line.getP2());
        double side = Math.max(1, width);
        int steps = Math.max(1, (int) Math.ceil(len / side));
        for (int k = 0; k <= steps; k++) {
            double t = (double) k / steps;
            double x = line.getX1() + (line.getX2() - line.getX1()) * t;
            double y = line.getY1() + (line.getY2() - line.getY1()) * t;
            add(new Rectangle2D.Double(x - side / 2, y - side / 2, side, side));
        }
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
