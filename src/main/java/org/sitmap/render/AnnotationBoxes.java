package org.sitmap.render;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.geo.Projection;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/**
 * Where each annotation lies, in projected map units ({@link AnnotationShapes#worldBounds}), kept between frames by
 * the annotation's identity: an annotation is immutable and every edit makes a new value, so a moved, reshaped or
 * re-dated annotation brings a box of its own and the old value's box goes when that value leaves the list. A frame
 * turns the boxes into pixels with two multiplications each instead of projecting every envelope again, and culls
 * with them ({@link Frame#visible}, {@link Frame#reaching}): a linear pass over 10,000 boxes costs well under a
 * millisecond, so no tree is needed.
 *
 * <p>Thread-safe.
 */
final class AnnotationBoxes {
    private Projection projection;
    private Map<Annotation, double[]> boxes = new IdentityHashMap<>();

    /** The boxes of {@code annotations} on {@code v}; keeps those of this list only. */
    synchronized Frame frame(Viewport v, List<Annotation> annotations) {
        if (v.projection() != projection) {
            boxes = new IdentityHashMap<>();
            projection = v.projection();
        }
        Map<Annotation, double[]> now = new IdentityHashMap<>(annotations.size() * 2);
        double[][] world = new double[annotations.size()][];
        for (int i = 0; i < world.length; i++) {
            Annotation a = annotations.get(i);
            double[] b = boxes.get(a);
            if (b == null) {
                b = AnnotationShapes.worldBounds(a, projection);
            }
            now.put(a, b);
            world[i] = b;
        }
        boxes = now;
        return new Frame(v, annotations, world);
    }

    synchronized void clear() {
        boxes = new IdentityHashMap<>();
    }

    /** The boxes of one frame's annotations in its pixels. Not thread-safe. */
    static final class Frame {
        private final Viewport v;
        private final List<Annotation> annotations;
        private final Map<Annotation, Integer> index = new IdentityHashMap<>();
        /** minX, minY, maxX, maxY in pixels, four per annotation. */
        private final double[] px;

        private Frame(Viewport v, List<Annotation> annotations, double[][] world) {
            this.v = v;
            this.annotations = annotations;
            this.px = new double[4 * world.length];
            for (int i = 0; i < world.length; i++) {
                double[] w = world[i];
                double x0 = v.worldToScreenX(w[0]);
                double x1 = v.worldToScreenX(w[2]);
                double y0 = v.worldToScreenY(w[1]);
                double y1 = v.worldToScreenY(w[3]);
                px[4 * i] = Math.min(x0, x1);
                px[4 * i + 1] = Math.min(y0, y1);
                px[4 * i + 2] = Math.max(x0, x1);
                px[4 * i + 3] = Math.max(y0, y1);
            }
        }

        /**
         * The annotations that reach into the frame, in order: as {@link AnnotationPainter#visible}, points with
         * room for their label around them.
         */
        List<Annotation> visible(double ppt) {
            return reaching(new Rectangle(0, 0, v.width(), v.height()), ppt);
        }

        /** The annotations, in order, that reach into the box {@code r} (pixels), by {@link #visible}'s margins. */
        List<Annotation> reaching(Rectangle r, double ppt) {
            return reaching(r, 320 * ppt, 40 * ppt);
        }

        /**
         * The annotations, in order, whose shapes may draw into the box {@code r} (pixels): their boxes widened by
         * what is drawn beyond them ({@link AnnotationLayer#margin}), not by room for labels; a redrawn box of a
         * 10,000-annotation frame drew every marker within a label's reach, a thousand of them.
         */
        List<Annotation> drawnInto(Rectangle r, double ppt) {
            return reaching(r, 60 * ppt, 40 * ppt);
        }

        private List<Annotation> reaching(Rectangle r, double pointMargin, double margin) {
            List<Annotation> out = new ArrayList<>();
            for (int i = 0; i < annotations.size(); i++) {
                Annotation a = annotations.get(i);
                double m = a.kind().shape() == AnnotationKind.Shape.POINT ? pointMargin : margin;
                if (px[4 * i + 2] >= r.x - m && px[4 * i] <= r.x + r.width + m && px[4 * i + 3] >= r.y - m
                        && px[4 * i + 1] <= r.y + r.height + m) {
                    out.add(a);
                }
            }
            return out;
        }

        /**
         * The pixel box of {@code a} (of this frame's list, or a value that left it) widened by {@code margin},
         * rounded outwards.
         */
        Rectangle box(Annotation a, double margin) {
            double x0;
            double y0;
            double x1;
            double y1;
            Integer i = indexOf(a);
            if (i != null) {
                x0 = px[4 * i];
                y0 = px[4 * i + 1];
                x1 = px[4 * i + 2];
                y1 = px[4 * i + 3];
            } else {
                java.awt.geom.Rectangle2D b = AnnotationShapes.screenBounds(a, v);
                x0 = b.getMinX();
                y0 = b.getMinY();
                x1 = b.getMaxX();
                y1 = b.getMaxY();
            }
            int ix = (int) Math.floor(Math.max(-1e6, x0 - margin));
            int iy = (int) Math.floor(Math.max(-1e6, y0 - margin));
            int ix1 = (int) Math.ceil(Math.min(1e6, x1 + margin));
            int iy1 = (int) Math.ceil(Math.min(1e6, y1 + margin));
            return new Rectangle(ix, iy, ix1 - ix, iy1 - iy);
        }

        private Integer indexOf(Annotation a) {
            if (index.isEmpty() && !annotations.isEmpty()) {
                for (int i = 0; i < annotations.size(); i++) {
                    index.put(annotations.get(i), i);
                }
            }
            return index.get(a);
        }
    }
}
