package org.sitmap.render.label;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitmap.geo.Planar;

/**
 * Places a frame's labels: pinned and fixed labels first where they stand, then the others by rank, highest
 * first, each at the first of its own positions that is free; else at a free spot on rings around its anchor,
 * joined to it by a leader line that crosses no label, leader, symbol or arrow head (its own symbol excepted);
 * else it is dropped. Placed leaders block later labels and leaders as labels do. Because the lowest ranks come
 * last, they are the ones dropped when the map is crowded. Obstacles (symbols, arrow heads, the page furniture)
 * and labels placed before live in the {@link CollisionGrid} handed in, which later labels (the base map's names)
 * keep using.
 *
 * <pre>{@code
 * LabelEngine engine = new LabelEngine(grid, pixelsPerPoint);
 * engine.add(new LabelJob(w, h, x, y, 60, id, (left, top) -> draw(left, top)).centredAt(x, y - 12));
 * for (Placement p : engine.place()) { p.paint(); }
 * }</pre>
 *
 * <p>Not thread-safe: one per frame.
 */
public final class LabelEngine {
    /** Leader rings around the anchor, and the directions tried on each. */
    private static final int RINGS = 4;
    private static final int DIRECTIONS = 16;
    /** Points a placed leader blocks for later labels: its casing (2.2 in the sheets) and a hair to spare. */
    private static final double LEADER_CLEARANCE = 3;
    /** The directions, upper right first, then alternately either side of it. */
    private static final double[] COS = new double[DIRECTIONS];
    private static final double[] SIN = new double[DIRECTIONS];

    static {
        for (int k = 0; k < DIRECTIONS; k++) {
            double angle = -Math.PI / 4 + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * (2 * Math.PI / DIRECTIONS);
            COS[k] = Math.cos(angle);
            SIN[k] = Math.sin(angle);
        }
    }

    private final CollisionGrid grid;
    private final double ppt;
    private final List<LabelJob> jobs = new ArrayList<>();

    /** An engine placing into {@code grid}; {@code ppt} (pixels per point) scales the leader distances. */
    public LabelEngine(CollisionGrid grid, double ppt) {
        this.grid = grid;
        this.ppt = ppt;
    }

    public void add(LabelJob job) {
        jobs.add(job);
    }

    /** Places every job added; returns those placed, in the order to draw them. */
    public List<Placement> place() {
        List<LabelJob> order = new ArrayList<>(jobs);
        order.sort(Comparator.comparing((LabelJob j) -> j.kept() == null)
                .thenComparing(Comparator.comparingInt(LabelJob::rank).reversed()));
        List<Placement> out = new ArrayList<>(order.size());
        for (LabelJob j : order) {
            Placement p = placeOne(j);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private Placement placeOne(LabelJob j) {
        if (j.kept() != null) {
            Rectangle2D box = box(j, j.kept()[0], j.kept()[1]);
            if (j.pinned()) {
                // Pinned beyond the edge of a smaller page or window: kept as near as fits, never cut.
                box = grid.movedOntoPage(box);
            } else if (!grid.shows(box)) {
                // Free text wholly off the page: drawing it would only leave invisible text in a PDF.
                return null;
            }
            grid.reserve(box);
            Line2D leader = j.pinned() ? leaderTo(j, box, 1.5 * j.height()) : null;
            if (leader != null) {
                // Where the user wants it, whatever it crosses; later labels keep off it.
                grid.reserve(leader, LEADER_CLEARANCE * ppt);
            }
            return new Placement(j, box, leader);
        }
        for (double[] c : j.candidates()) {
            Rectangle2D box = box(j, c[0], c[1]);
            if (grid.tryPlace(box)) {
                return new Placement(j, box, null);
            }
        }
        if (!j.leader()) {
            return null;
        }
        return leaderSpot(j);
    }

    /**
     * The first free box on rings around the anchor, nearest ring first, upper right first on each ring; the ring
     * is measured from the box's edge, so wide labels keep the same clearance as narrow ones. A spot counts as
     * free only when its leader is too.
     */
    private Placement leaderSpot(LabelJob j) {
        if (!grid.shows(j.anchorX(), j.anchorY())) {
            // What it names is off the page: a leader would point nowhere the reader can see.
            return null;
        }
        double clearance = 10 * ppt;
        double step = j.height() + 6 * ppt;
        for (int ring = 1; ring <= RINGS; ring++) {
            double r = clearance + ring * step;
            for (int k = 0; k < DIRECTIONS; k++) {
                double dx = COS[k];
                double dy = SIN[k];
                double cx = j.anchorX() + dx * (r + Math.abs(dx) * j.width() / 2);
                double cy = j.anchorY() + dy * (r + Math.abs(dy) * j.height() / 2);
                Rectangle2D box = box(j, cx - j.width() / 2, cy - j.height() / 2);
                if (!grid.isFree(box)) {
                    continue;
                }
                Line2D leader = leaderTo(j, box, 0);
                if (leader != null && !leaderFree(j, leader)) {
                    continue;
                }
                grid.reserve(box);
                if (leader != null) {
                    grid.reserve(leader, LEADER_CLEARANCE * ppt);
                }
                return new Placement(j, box, leader);
            }
        }
        return null;
    }

    /**
     * Whether the leader's path, from where it leaves the box of what it names ({@link LabelJob#own}) to the
     * label, crosses no taken box. Its centre line is checked: the dark line (0.8 points in the sheets) then at most
     * grazes a box's edge, inside a label's halo or a symbol's empty corner. Checking the full casing width as well
     * dropped a quarter more labels on a crowded map (1,000-annotation theatre: 72 instead of 96 placed).
     */
    private boolean leaderFree(LabelJob j, Line2D leader) {
        double x0 = leader.getX1();
        double y0 = leader.getY1();
        double x1 = leader.getX2();
        double y1 = leader.getY2();
        double len = Planar.length(x1 - x0, y1 - y0);
        if (len < 1e-9) {
            return true;
        }
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        double start = exit(j.own(), x0, y0, ux, uy);
        return start >= len || grid.isFree(x0 + ux * start, y0 + uy * start, x1, y1);
    }

    /** How far along the ray from (x, y) in direction (ux, uy) it leaves {@code own}; 0 when there is none. */
    private static double exit(Rectangle2D own, double x, double y, double ux, double uy) {
        if (own == null || !own.contains(x, y)) {
            return 0;
        }
        double tx = ux > 0 ? (own.getMaxX() - x) / ux : ux < 0 ? (own.getMinX() - x) / ux : Double.MAX_VALUE;
        double ty = uy > 0 ? (own.getMaxY() - y) / uy : uy < 0 ? (own.getMinY() - y) / uy : Double.MAX_VALUE;
        // A hair beyond the edge, so the own box itself is not met.
        return Math.min(tx, ty) + 0.01;
    }

    /** A line from the anchor to the nearest point of the box, or null when the anchor is within {@code slack}. */
    private static Line2D leaderTo(LabelJob j, Rectangle2D box, double slack) {
        double x = Math.max(box.getMinX(), Math.min(box.getMaxX(), j.anchorX()));
        double y = Math.max(box.getMinY(), Math.min(box.getMaxY(), j.anchorY()));
        if (Planar.length(x - j.anchorX(), y - j.anchorY()) <= slack) {
            return null;
        }
        return new Line2D.Double(j.anchorX(), j.anchorY(), x, y);
    }

    private static Rectangle2D box(LabelJob j, double x, double y) {
        return new Rectangle2D.Double(x, y, j.width(), j.height());
    }
}
