package org.sitmap.render;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.render.label.AreaSpot;
import org.sitmap.render.label.LabelJob;
import org.sitmap.style.Style;

/** The painters of areas share their hit outline: inside, or within the tolerance of the outline. */
abstract class AreaPainter extends KindPainter {
    @Override
    double reach(Annotation a, double ppt) {
        return 2 * ppt;
    }

    @Override
    boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt) {
        return areaHit(AnnotationShapes.areaPath(a, v), sx, sy, tol, ppt);
    }

    /** Inside {@code area} or within {@code tol} pixels (plus half a drawn outline) of its outline. */
    static boolean areaHit(Shape area, double sx, double sy, double tol, double ppt) {
        return area.contains(sx, sy) || distanceToOutline(area, sx, sy) <= tol + ppt;
    }

    /**
     * Labels an area with {@code lines} at the pole of inaccessibility of its largest part on screen (or near it,
     * else on a leader); none when no part of it is on screen.
     */
    static void labelArea(AnnotationLabeller labels, Viewport v, Annotation a, List<String> lines, Style st,
            int rank) {
        if (lines.isEmpty()) {
            return;
        }
        AreaSpot spot = AreaSpot.of(AnnotationShapes.screenArea(a, v), v.width(), v.height());
        if (spot == null) {
            return;
        }
        LabelJob job = labels.block(lines, spot.x(), spot.y(), st, rank);
        spot.offer(job);
    }

    static double distanceToOutline(Shape s, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        double[] c = new double[6];
        double mx = 0;
        double my = 0;
        double lx = 0;
        double ly = 0;
        for (PathIterator it = s.getPathIterator(null, 0.25); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    mx = lx = c[0];
                    my = ly = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    best = Math.min(best, Line2D.ptSegDist(lx, ly, c[0], c[1], x, y));
                    lx = c[0];
                    ly = c[1];
                }
                case PathIterator.SEG_CLOSE -> {
                    best = Math.min(best, Line2D.ptSegDist(lx, ly, mx, my, x, y));
                    lx = mx;
                    ly = my;
                }
                default -> {
                    // Flattened: no curves.
                }
            }
        }
        return best;
    }
}
