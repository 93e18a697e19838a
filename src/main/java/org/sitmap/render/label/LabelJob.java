package org.sitmap.render.label;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One label to place: the size of its box (text and halo), the point it names (its anchor), its priority, the
 * positions it may take in order of preference, and how to draw it once placed. A pinned label goes where the
 * user put it; a fixed one (free text) where it stands; the engine moves neither.
 *
 * <p>Not thread-safe: built and placed within one frame.
 */
public final class LabelJob {
    /** Draws the label with its box's top-left corner at (x, y). */
    @FunctionalInterface
    public interface Painter {
        void paint(double x, double y);
    }

    private final double width;
    private final double height;
    private final double anchorX;
    private final double anchorY;
    private final int rank;
    private final String key;
    private final Painter painter;
    private final List<double[]> candidates = new ArrayList<>();
    private double[] kept;
    private boolean pinned;
    private boolean leader = true;
    private Rectangle2D own;

    /**
     * @param width   box width in pixels, halo included
     * @param height  box height in pixels, halo included
     * @param anchorX the pixel the label names (where a leader line starts)
     * @param anchorY the pixel the label names
     * @param rank    priority: higher ranks are placed first and dropped last
     * @param key     the annotation id of its main label (what a drag pins), else null
     * @param painter draws the label at its box's top-left
     */
    public LabelJob(double width, double height, double anchorX, double anchorY, int rank, String key,
            Painter painter) {
        if (!(width >= 0 && height >= 0)) {
            throw new IllegalArgumentException("Label size must be non-negative: " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        this.anchorX = anchorX;
        this.anchorY = anchorY;
        this.rank = rank;
        this.key = key;
        this.painter = painter;
    }

    /** Offers the position with the box's top-left corner at (x, y); earlier offers are tried first. */
    public LabelJob candidate(double x, double y) {
        candidates.add(new double[] {x, y});
        return this;
    }

    /** Offers the position with the box centred on (cx, cy). */
    public LabelJob centredAt(double cx, double cy) {
        return candidate(cx - width / 2, cy - height / 2);
    }

    /** Keeps the label where the user pinned it, its box centred on (cx, cy); a leader joins it to its anchor. */
    public LabelJob pinnedAt(double cx, double cy) {
        kept = new double[] {cx - width / 2, cy - height / 2};
        pinned = true;
        return this;
    }

    /** Draws the label at its box's top-left (x, y) whatever it covers (free text: the text is the annotation). */
    public LabelJob fixedAt(double x, double y) {
        kept = new double[] {x, y};
        pinned = false;
        return this;
    }

    /** No leader line: when no candidate is free, the label is dropped (secondary labels such as ring distances). */
    public LabelJob withoutLeader() {
        leader = false;
        return this;
    }

    /**
     * The box of what the label names (its symbol), which its own leader may cross on the way out; every other
     * taken box stops a leader.
     */
    public LabelJob leaderLeaves(Rectangle2D box) {
        own = box;
        return this;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double anchorX() {
        return anchorX;
    }

    public double anchorY() {
        return anchorY;
    }

    public int rank() {
        return rank;
    }

    /** The annotation id for a main label, else null. */
    public String key() {
        return key;
    }

    List<double[]> candidates() {
        return candidates;
    }

    /** The top-left the label keeps (pinned or fixed), or null when the engine places it. */
    double[] kept() {
        return kept;
    }

    boolean pinned() {
        return pinned;
    }

    Rectangle2D own() {
        return own;
    }

    boolean leader() {
        return leader;
    }

    void paint(double x, double y) {
        painter.paint(x, y);
    }
}
