package org.sitmap.render;

import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * What a render did, for the status bar and benchmarks.
 *
 * @param featuresDrawn features whose envelope met the view (for a render in strips, the busiest strip's count)
 * @param labelsPlaced  labels drawn
 * @param nanos         wall time of the render
 * @param baseReused    whether the base map was copied from the frame before (only annotations changed)
 * @param annotationLabels where the frame put each annotation's main label (pixels), by annotation id: what the
 *                      window's Select tool grabs to pin a label
 */
public record RenderStats(int featuresDrawn, int labelsPlaced, long nanos, boolean baseReused,
        Map<String, Rectangle2D> annotationLabels) {
    public RenderStats(int featuresDrawn, int labelsPlaced, long nanos) {
        this(featuresDrawn, labelsPlaced, nanos, false, Map.of());
    }

    public double millis() {
        return nanos / 1e6;
    }
}
