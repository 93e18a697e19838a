package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Cuts lon/lat geometries that cross the antimeridian (180°) into pieces on either side, as RFC 7946 asks of
 * GeoJSON writers and many files (world-atlas's Russia and Fiji among them) do not do.
 *
 * <p>Why: a ring that steps from 179.9° to -179.9° means "a short hop across the date line", but on a flat map
 * that edge runs across the whole world, and Russia was drawn as a band around the globe at world zoom.
 *
 * <p>A ring crosses when two consecutive vertices lie more than 180° apart in longitude. Such a polygon is
 * unwrapped into one continuous shape (say 170° to 190°), clipped to each 360° window it touches and shifted back.
 * A ring that does not close once unwrapped goes round a pole (Antarctica) and is left as it is, as are geometries
 * that cross nothing.
 *
 * <p>Thread-safe: stateless.
 */
public final class AntimeridianCut {
    private AntimeridianCut() {
    }

    /**
     * {@code g} cut at the antimeridian, or {@code g} itself when it does not cross it or cannot be cut (a ring round
     * a pole, or one the overlay fails on).
     */
    public static Geometry cut(Geometry g) {
        if (!crosses(g)) {
            return g;
        }
        GeometryFactory f = g.getFactory();
        if (g instanceof Polygon p) {
            return cutPolygon(p);
        }
        if (g instanceof MultiPolygon mp) {
            List<Polygon> parts = new ArrayList<>();
            boolean changed = false;
            for (int k = 0; k < mp.getNumGeometries(); k++) {
                Polygon part = (Polygon) mp.getGeometryN(k);
                Geometry cut = cutPolygon(part);
                changed |= cut != part;
                addPolygons(cut, parts);
            }
            return changed ? f.createMultiPolygon(parts.toArray(Polygon[]::new)) : g;
        }
        if (g instanceof LineString line) {
            List<LineString> pieces = cutLine(line);
            return pieces.size() == 1 ? pieces.get(0) : f.createMultiLineString(pieces.toArray(LineString[]::new));
        }
        if (g instanceof MultiLineString ml) {
            List<LineString> pieces = new ArrayList<>();
            for (int k = 0; k < ml.getNumGeometries(); k++) {
                pieces.addAll(cutLine((LineString) ml.getGeometryN(k)));
            }
            return pieces.size() == ml.getNumGeometries() ? g
                    : f.createMultiLineString(pieces.toArray(LineString[]::new));
        }
        if (g instanceof GeometryCollection gc) {
            Geometry[] parts = new Geometry[gc.getNumGeometries()];
            for (int k = 0; k < parts.length; k++) {
                parts[k] = cut(gc.getGeometryN(k));
            }
            return f.createGeometryCollection(parts);
        }
        return g;
    }

    /** Whether any line or ring of {@code g} steps more than 180° in longitude between two vertices. */
    static boolean crosses(Geometry g) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon p) {
                if (jumps(p.getExteriorRing().getCoordinateSequence())) {
                    return true;
                }
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    if (jumps(p.getInteriorRingN(h).getCoordinateSequence())) {
                        return true;
                    }
                }
            } else if (part instanceof LineString l) {
                if (jumps(l.getCoordinateSequence())) {
                    return true;
                }
            } else if (part instanceof GeometryCollection && part != g && crosses(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean jumps(CoordinateSequence seq) {
        for (int i = 1; i < seq.size(); i++) {
            if (Math.abs(seq.getX(i) - seq.getX(i - 1)) > 180) {
                return true;
            }
        }
        return false;
    }

    private static Geometry cutPolygon(Polygon p) {
        if (!crosses(p)) {
            return p;
        }
        GeometryFactory f = p.getFactory();
        Coordinate[] shell = unwrap(p.getExteriorRing().getCoordinates(), Double.NaN);
        if (shell == null) {
            return p;
        }
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            Coordinate[] hole = unwrap(p.getInteriorRingN(h).getCoordinates(), shell[0].x);
            if (hole == null) {
                return p;
            }
            holes[h] = f.createLinearRing(hole);
        }
        Geometry whole = f.createPolygon(f.createLinearRing(shell), holes);
        if (!whole.isValid()) {
            // Unwrapped, the ring is what it was meant to be, so a repair now is a real one (and the overlay below
            // needs valid input).
            whole = GeometryFixer.fix(whole);
        }
        Envelope e = whole.getEnvelopeInternal();
        List<Polygon> parts = new ArrayList<>();
        try {
            for (int shift = -360; shift <= 360; shift += 360) {
                double west = -180 + shift;
                double east = 180 + shift;
                if (e.getMaxX() <= west || e.getMinX() >= east) {
                    continue;
                }
                Geometry window = f.toGeometry(new Envelope(west, east, e.getMinY() - 1, e.getMaxY() + 1));
                Geometry piece = whole.intersection(window);
                addPolygons(AffineTransformation.translationInstance(-shift, 0).transform(piece), parts);
            }
        } catch (TopologyException ex) {
            // An invalid ring the overlay cannot cut: draw it as it came rather than lose it.
            return p;
        }
        return parts.size() == 1 ? parts.get(0) : f.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static void addPolygons(Geometry g, List<Polygon> out) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon poly && !poly.isEmpty()) {
                out.add(poly);
            } else if (part instanceof Polygonal || part instanceof GeometryCollection) {
                if (part != g) {
                    addPolygons(part, out);
                }
            }
        }
    }

    /**
     * The ring with each vertex moved by whole turns to within 180° of the one before, starting within 180° of
     * {@code near} when given; null when the result does not close (the ring goes round a pole).
     */
    private static Coordinate[] unwrap(Coordinate[] ring, double near) {
        Coordinate[] out = new Coordinate[ring.length];
        double offset = 0;
        if (!Double.isNaN(near)) {
            offset = 360 * Math.round((near - ring[0].x) / 360);
        }
        for (int i = 0; i < ring.length; i++) {
            if (i > 0) {
                double step = ring[i].x + offset - out[i - 1].x;
                offset -= 360 * Math.round(step / 360);
            }
            out[i] = new Coordinate(ring[i].x + offset, ring[i].y);
        }
        if (out.length > 0 && Math.abs(out[0].x - out[out.length - 1].x) > 1e-9) {
            return null;
        }
        return out;
    }

    /** The line split where it hops across the antimeridian, each piece ending on it. */
    private static List<LineString> cutLine(LineString line) {
        if (!jumps(line.getCoordinateSequence())) {
            return List.of(line);
        }
        GeometryFactory f = line.getFactory();
        Coordinate[] c = line.getCoordinates();
        List<LineString> pieces = new ArrayList<>();
        List<Coordinate> current = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (i > 0 && Math.abs(c[i].x - c[i - 1].x) > 180) {
                Coordinate a = c[i - 1];
                double edge = a.x > 0 ? 180 : -180;
                double bx = c[i].x + (a.x > 0 ? 360 : -360);
                double t = bx == a.x ? 0 : (edge - a.x) / (bx - a.x);
                double lat = a.y + t * (c[i].y - a.y);
                current.add(new Coordinate(edge, lat));
                if (current.size() >= 2) {
                    pieces.add(f.createLineString(current.toArray(Coordinate[]::new)));
                }
                current = new ArrayList<>();
                current.add(new Coordinate(-edge, lat));
            }
            current.add(c[i]);
        }
        if (current.size() >= 2) {
            pieces.add(f.createLineString(current.toArray(Coordinate[]::new)));
        }
        return pieces;
    }
}
