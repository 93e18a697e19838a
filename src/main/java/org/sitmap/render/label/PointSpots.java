package org.sitmap.render.label;

/**
 * The eight positions around a point symbol, in the cartographer's order of preference for a name beside a
 * point: right, left, above, below, then the four corners (upper right first).
 */
public final class PointSpots {
    private PointSpots() {
    }

    /**
     * Offers {@code job} the eight positions around a symbol at (cx, cy) whose radius (with a gap) is {@code gap};
     * labels beside it are centred on {@code midY} (a flag's cloth sits above its point).
     */
    public static void offer(LabelJob job, double cx, double cy, double midY, double gap) {
        double w = job.width();
        double h = job.height();
        job.candidate(cx + gap, midY - h / 2);
        job.candidate(cx - gap - w, midY - h / 2);
        job.candidate(cx - w / 2, midY - gap - h);
        job.candidate(cx - w / 2, cy + gap);
        double d = gap * 0.7;
        job.candidate(cx + d, cy - d - h);
        job.candidate(cx - d - w, cy - d - h);
        job.candidate(cx + d, cy + d);
        job.candidate(cx - d - w, cy + d);
    }
}
