package org.sitmap.render;

/**
 * What a render did, for the status bar and benchmarks.
 *
 * @param featuresDrawn features whose envelope met the view (for a render in strips, the busiest strip's count)
 * @param labelsPlaced  labels drawn
 * @param nanos         wall time of the render
 * @param baseReused    whether the base map was copied from the frame before (only annotations changed)
 */
public record RenderStats(int featuresDrawn, int labelsPlaced, long nanos, boolean baseReused) {
    public RenderStats(int featuresDrawn, int labelsPlaced, long nanos) {
        this(featuresDrawn, labelsPlaced, nanos, false);
    }

    public double millis() {
        return nanos / 1e6;
    }
}
