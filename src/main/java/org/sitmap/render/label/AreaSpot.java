package org.sitmap.render.label;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.sitmap.geo.Planar;

/**
 * Where an area's label goes: the pole of inaccessibility (centre of the largest inscribed circle, JTS
 * {@link MaximumInscribedCircle}) of the largest part of the area that is on screen, so a concave zone is named
 * inside itself and a zone reaching off screen is named where it is seen.
 *
 * @param x      the pole, in pixels
 * @param y      the pole, in pixels
 * @param radius the radius of the inscribed circle there, in pixels: label positions within it stay inside
 */
public record AreaSpot(double x, double y, double radius) {
    /** Pixels of detail kept when simplifying an outline before searching: finer detail cannot move a label. */
    private static final double DETAIL = 1.0;
    /** Parts with at most this many vertices are checked for convexity, where the centroid does. */
    private static final int SMALL = 40;

    /**
     * The spot of a polygonal geometry in pixel coordinates, clipped to the frame {@code width} x {@code height};
     * null when no part of it is on screen.
     */
    public static AreaSpot of(Geometry screen, double width, double height) {
        if (!(screen instanceof Polygonal) || screen.isEmpty()) {
            return null;
        }
        Envelope frame = new Envelope(0, width, 0, height);
        Geometry g = DouglasPeuckerSimplifier.simplify(screen, DETAIL);
        if (!frame.contains(g.getEnvelopeInternal())) {
            try {
                g = g.intersection(new GeometryFactory().toGeometry(frame));
            } catch (RuntimeException e) {
                // A self-touching outline the overlay refuses: fall back to the whole area.
                g = screen;
            }
        }
        Geometry largest = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygonal && (largest == null || part.getArea() > largest.getArea())) {
                largest = part;
            }
        }
        if (largest == null || largest.getArea() <= 0) {
            return null;
        }
        // A label is placed to a few pixels: finer search only costs time.
        if (largest.getNumPoints() <= SMALL && largest.getArea() >= 0.97 * largest.convexHull().getArea()) {
            // A small convex part (a drawn box, a circle's few sides): its centroid is inside and as good a spot.
            Point c = largest.getCentroid();
            return new AreaSpot(c.getX(), c.getY(), largest.getBoundary().distance(c));
        }
        double tolerance = Math.max(2 * DETAIL, Math.sqrt(largest.getArea()) / 25);
        MaximumInscribedCircle mic = new MaximumInscribedCircle(largest, tolerance);
        Coordinate c = mic.getCenter().getCoordinate();
        return new AreaSpot(c.x, c.y, mic.getRadiusLine().getLength());
    }

    /**
     * Offers {@code job} the spot itself, then positions a line above and below, then to the sides, each only when
     * its box's centre stays inside the inscribed circle.
     */
    public void offer(LabelJob job) {
        job.centredAt(x, y);
        double dy = job.height() * 0.75;
        double dx = job.width() * 0.5;
        double[][] shifts = {{0, -dy}, {0, dy}, {-dx, 0}, {dx, 0}, {0, -2 * dy}, {0, 2 * dy}, {-dx, -dy},
            {dx, -dy}, {-dx, dy}, {dx, dy}};
        for (double[] s : shifts) {
            if (Planar.length(s[0], s[1]) <= radius) {
                job.centredAt(x + s[0], y + s[1]);
            }
        }
    }
}
