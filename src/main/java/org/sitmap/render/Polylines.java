package org.sitmap.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.List;

/**
 * Walks paths as polylines, edge by edge, for the rasterisers that draw straight into pixels ({@link ThinLineRaster},
 * {@link SpanFill}). ShapeBuilder's paths hold straight lines only, so the plain iterator serves (a flattening one
 * cost more than the drawing); a curve, should one come, is taken as its chord.
 */
final class Polylines {
    /** Receives the edges of the paths, in order, in the walked image's coordinates. */
    interface EdgeSink {
        /** A new sub-path starts at (x, y); its edges follow. */
        void start(double x, double y);

        /**
         * One straight edge.
         *
         * @param closing true for the edge that closes a sub-path back to its start
         */
        void edge(double x0, double y0, double x1, double y1, boolean closing);
    }

    private Polylines() {
    }

    /**
     * Walks the paths, moving them up by {@code top} (the frame row that is the image's first row).
     *
     * @param closeOpen whether sub-paths left open get their closing edge too (fills close them; strokes do not)
     */
    static void walk(List<? extends Path2D> paths, int top, boolean closeOpen, EdgeSink sink) {
        double[] c = new double[6];
        for (Path2D path : paths) {
            double startX = 0;
            double startY = 0;
            double lastX = 0;
            double lastY = 0;
            boolean open = false;
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                if (type == PathIterator.SEG_MOVETO) {
                    if (open && closeOpen) {
                        sink.edge(lastX, lastY, startX, startY, true);
                    }
                    startX = lastX = c[0];
                    startY = lastY = c[1] - top;
                    open = true;
                    sink.start(startX, startY);
                    continue;
                }
                if (type == PathIterator.SEG_CLOSE) {
                    sink.edge(lastX, lastY, startX, startY, true);
                    lastX = startX;
                    lastY = startY;
                    open = false;
                    continue;
                }
                int end = type == PathIterator.SEG_LINETO ? 0 : type == PathIterator.SEG_QUADTO ? 2 : 4;
                double x = c[end];
                double y = c[end + 1] - top;
                sink.edge(lastX, lastY, x, y, false);
                lastX = x;
                lastY = y;
                open = true;
            }
            if (open && closeOpen) {
                sink.edge(lastX, lastY, startX, startY, true);
            }
        }
    }
}
