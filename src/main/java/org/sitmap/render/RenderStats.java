package org.sitmap.render;

/**
 * What a render did, for the status bar and benchmarks.
 *
 * @param featuresDrawn features whose envelope met the view (for a render in strips, the busiest strip's count)
 * @param labelsPlaced  labels drawn
 * @param nanos         wall time of the render
 */
public record RenderStats(int featuresDrawn, int labelsPlaced, long nanos) {
    public double millis() {
        return nanos / 1e6;
    }
}
