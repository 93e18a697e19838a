package org.sitmap.render;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.geo.Planar;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/**
 * Finds what the pointer is on: the topmost annotation, the vertex or the edge under a screen position. Works in
 * pixels through the viewport on the very shapes {@link AnnotationPainter} draws (the smoothed curve of a movement
 * arrow, the geodesic circle of an evacuation radius), so a click is exact at every zoom.
 *
 * <pre>{@code
 * HitTester hits = new HitTester();
 * String id = hits.hit(annotations, viewport, e.getX(), e.getY(), 4);
 * int vertex = hits.vertexAt(selected, viewport, e.getX(), e.getY(), 6);
 * }</pre>
 *
 * <p>Candidates are culled by their pixel box first, so 1,000 annotations cost well under a millisecond per mouse
 * move when few are near the pointer. Immutable and thread-safe.
 */
public final class HitTester {
    private final double ppt;
    private final KindPainters painters;

    /** A tester for sizes as drawn on a 96 dpi screen. */
    public HitTester() {
        this(RenderOptions.screen());
    }

    /** A tester for sizes as drawn with {@code options} (its dpi and style sheet). */
    public HitTester(RenderOptions options) {
        this.ppt = options.pixelsPerPoint();
        this.painters = new KindPainters(options.styleSheet());
    }

    /**
     * The id of the annotation a click at (sx, sy) picks, or null: the first of {@link #hitStack}. Areas are hit
     * inside or within {@code tolerancePx} of their outline, lines within the tolerance of their drawn body,
     * markers within their symbol, text labels within their (rotated) text box.
     */
    public String hit(List<Annotation> annotations, Viewport v, double sx, double sy, double tolerancePx) {
        List<String> stack = hitStack(annotations, v, sx, sy, tolerancePx);
        return stack.isEmpty() ? null : stack.get(0);
    }

    /**
     * Every annotation under (sx, sy), in the order clicks there pick them: points, lines and labels first (the
     * last drawn first), then areas from the smallest on screen to the largest (equal ones the last drawn first).
     * So a small evacuation area inside a large declaration is picked before the declaration, whatever the order
     * they were drawn in.
     */
    public List<String> hitStack(List<Annotation> annotations, Viewport v, double sx, double sy, double tolerancePx) {
        checkTolerance(tolerancePx);
        List<String> others = new ArrayList<>();
        List<Annotation> areas = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (int i = annotations.size() - 1; i >= 0; i--) {
            Annotation a = annotations.get(i);
            if (!nearBounds(a, v, sx, sy, tolerancePx)) {
                continue;
            }
            if (a.kind().shape() == AnnotationKind.Shape.AREA) {
                Shape area = AnnotationShapes.areaPath(a, v);
                if (AreaPainter.areaHit(area, sx, sy, tolerancePx, ppt)) {
                    areas.add(a);
                    sizes.add(pixelArea(area));
                }
            } else if (painters.of(a.kind()).hits(a, v, sx, sy, tolerancePx, ppt)) {
                others.add(a.id());
            }
        }
        Integer[] order = new Integer[areas.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Stable: equal sizes (to the square pixel: projection rounding must not decide) keep the topmost first.
        java.util.Arrays.sort(order, Comparator.comparingLong(i -> Math.round(sizes.get(i))));
        for (Integer i : order) {
            others.add(areas.get(i).id());
        }
        return others;
    }

    /**
     * What a click picks when it comes again at the spot where {@code current} was picked: the next one under the
     * pointer after it in {@code stack} (wrapping round), or the first when {@code current} is not there.
     */
    public static String next(List<String> stack, String current) {
        if (stack.isEmpty()) {
            return null;
        }
        int i = current == null ? -1 : stack.indexOf(current);
        return stack.get(i < 0 ? 0 : (i + 1) % stack.size());
    }

    /**
     * The ids (drawing order) of the annotations a rubber band touches or contains: areas whose outline crosses
     * the band or that lie wholly inside it (not those the band lies wholly inside), lines crossing it, points and
     * labels whose anchor is inside.
     */
    public List<String> inRectangle(List<Annotation> annotations, Viewport v, Rectangle2D band) {
        List<String> out = new ArrayList<>();
        for (Annotation a : annotations) {
            Rectangle2D b = AnnotationShapes.screenBounds(a, v);
            if (!band.intersects(b.getMinX() - 1, b.getMinY() - 1, b.getWidth() + 2, b.getHeight() + 2)) {
                continue;
            }
            boolean in = switch (a.kind().shape()) {
                case AREA -> {
                    Shape area = AnnotationShapes.areaPath(a, v);
                    yield band.contains(area.getBounds2D()) || area.intersects(band) && !area.contains(band);
                }
                case LINE -> crosses(AnnotationShapes.drawnLine(a, v), band);
                default -> band.contains(AnnotationShapes.point(a, v));
            };
            if (in) {
                out.add(a.id());
            }
        }
        return out;
    }

    private static boolean crosses(ScreenLine line, Rectangle2D band) {
        if (line.size == 1) {
            return band.contains(line.x[0], line.y[0]);
        }
        for (int i = 1; i < line.size; i++) {
            if (band.intersectsLine(line.x[i - 1], line.y[i - 1], line.x[i], line.y[i])) {
                return true;
            }
        }
        return false;
    }

    private boolean nearBounds(Annotation a, Viewport v, double sx, double sy, double tolerancePx) {
        double reach = tolerancePx + painters.of(a.kind()).reach(a, ppt);
        Rectangle2D b = AnnotationShapes.screenBounds(a, v);
        return sx >= b.getMinX() - reach && sx <= b.getMaxX() + reach && sy >= b.getMinY() - reach
                && sy <= b.getMaxY() + reach;
    }

    /** The size of a flattened path in square pixels: the shoelace area of each subpath, added up (for ranking). */
    static double pixelArea(Shape s) {
        double twice = 0;
        double[] c = new double[6];
        double mx = 0;
        double my = 0;
        double lx = 0;
        double ly = 0;
        double sub = 0;
        for (PathIterator it = s.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                twice += Math.abs(sub + (lx * my - mx * ly));
                sub = 0;
                mx = lx = c[0];
                my = ly = c[1];
            } else if (type == PathIterator.SEG_LINETO) {
                sub += lx * c[1] - c[0] * ly;
                lx = c[0];
                ly = c[1];
            }
        }
        twice += Math.abs(sub + (lx * my - mx * ly));
        return twice / 2;
    }

    /**
     * Index into {@code a.geometry().getCoordinates()} of the vertex nearest (sx, sy) within {@code tol} pixels,
     * or -1. A ring's closing vertex reports as its first.
     */
    public int vertexAt(Annotation a, Viewport v, double sx, double sy, double tol) {
        checkTolerance(tol);
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        double[] p = new double[2];
        int index = 0;
        for (CoordinateSequence seq : parts(a.geometry())) {
            for (int i = 0; i < seq.size(); i++, index++) {
                v.projection().forward(seq.getX(i), seq.getY(i), p);
                double d = Planar.length(v.worldToScreenX(p[0]) - sx, v.worldToScreenY(p[1]) - sy);
                if (d <= tol && d < bestD) {
                    bestD = d;
                    best = index;
                }
            }
        }
        return best;
    }

    /**
     * Index i of the edge (from coordinate i to i + 1 of {@code a.geometry().getCoordinates()}, within one line or
     * ring) nearest (sx, sy) within {@code tol} pixels, or -1: where a new vertex goes (after i). For movement
     * arrows the drawn curve is tested and mapped back to the clicked segment it runs along. Callers check
     * {@link #vertexAt} first so a click on a vertex picks the vertex.
     */
    public int edgeAt(Annotation a, Viewport v, double sx, double sy, double tol) {
        checkTolerance(tol);
        if (a.kind() == AnnotationKind.MOVEMENT) {
            int[] src = new int[1];
            double d = AnnotationShapes.drawnLine(a, v).distance(sx, sy, src);
            return d <= tol ? src[0] : -1;
        }
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        double[] p = new double[2];
        int base = 0;
        for (CoordinateSequence seq : parts(a.geometry())) {
            double px = 0;
            double py = 0;
            for (int i = 0; i < seq.size(); i++) {
                v.projection().forward(seq.getX(i), seq.getY(i), p);
                double x = v.worldToScreenX(p[0]);
                double y = v.worldToScreenY(p[1]);
                if (i > 0) {
                    double d = Line2D.ptSegDist(px, py, x, y, sx, sy);
                    if (d <= tol && d < bestD) {
                        bestD = d;
                        best = base + i - 1;
                    }
                }
                px = x;
                py = y;
            }
            base += seq.size();
        }
        return best;
    }

    /** The lines and rings of a geometry in {@code getCoordinates()} order. */
    private static List<CoordinateSequence> parts(Geometry g) {
        List<CoordinateSequence> out = new ArrayList<>();
        collect(g, out);
        return out;
    }

    private static void collect(Geometry g, List<CoordinateSequence> out) {
        if (g instanceof Polygon p) {
            out.add(p.getExteriorRing().getCoordinateSequence());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                out.add(p.getInteriorRingN(i).getCoordinateSequence());
            }
        } else if (g instanceof LineString l) {
            out.add(l.getCoordinateSequence());
        } else if (g instanceof Point pt) {
            out.add(pt.getCoordinateSequence());
        } else if (g instanceof GeometryCollection gc) {
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                collect(gc.getGeometryN(i), out);
            }
        }
    }

    private static void checkTolerance(double tol) {
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("Tolerance must be non-negative: " + tol);
        }
    }
}
