package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Drops the parts of a geometry smaller than a given size: polygons and holes whose ring spans less than the size
 * in both directions, and closed lines (an island's coast in a border layer) likewise. Open lines always stay, as
 * they may be one piece of a longer border.
 *
 * <p>Zoomed out, Natural Earth 10m countries hold thousands of islands a fraction of a pixel wide: on a world frame
 * they were 40% of all border vertices and drew only specks.
 */
final class SmallParts {
    private SmallParts() {
    }

    /** {@code g} without parts smaller than {@code size} (map units); {@code g} itself when nothing is dropped. */
    static Geometry without(Geometry g, double size) {
        GeometryFactory factory = g.getFactory();
        if (g instanceof Polygon p) {
            Polygon kept = keep(p, size);
            return kept == p ? p : kept == null ? factory.createPolygon() : kept;
        }
        if (g instanceof MultiPolygon mp) {
            List<Polygon> parts = new ArrayList<>(mp.getNumGeometries());
            boolean changed = false;
            for (int k = 0; k < mp.getNumGeometries(); k++) {
                Polygon part = (Polygon) mp.getGeometryN(k);
                Polygon kept = keep(part, size);
                changed |= kept != part;
                if (kept != null) {
                    parts.add(kept);
                }
            }
            return changed ? factory.createMultiPolygon(parts.toArray(Polygon[]::new)) : g;
        }
        if (g instanceof LineString line) {
            return small(line, size) ? factory.createLineString() : line;
        }
        if (g instanceof MultiLineString ml) {
            List<LineString> parts = new ArrayList<>(ml.getNumGeometries());
            for (int k = 0; k < ml.getNumGeometries(); k++) {
                LineString part = (LineString) ml.getGeometryN(k);
                if (!small(part, size)) {
                    parts.add(part);
                }
            }
            return parts.size() == ml.getNumGeometries() ? g
                    : factory.createMultiLineString(parts.toArray(LineString[]::new));
        }
        return g;
    }

    /** The polygon, the polygon without its small holes, or null when its outer ring is small. */
    private static Polygon keep(Polygon p, double size) {
        if (small(p.getExteriorRing(), size)) {
            return null;
        }
        int holes = p.getNumInteriorRing();
        List<LinearRing> kept = new ArrayList<>(holes);
        for (int h = 0; h < holes; h++) {
            LinearRing hole = p.getInteriorRingN(h);
            if (!small(hole, size)) {
                kept.add(hole);
            }
        }
        return kept.size() == holes ? p
                : p.getFactory().createPolygon(p.getExteriorRing(), kept.toArray(LinearRing[]::new));
    }

    private static boolean small(LineString line, double size) {
        if (!line.isClosed()) {
            return false;
        }
        var e = line.getEnvelopeInternal();
        return e.getWidth() < size && e.getHeight() < size;
    }
}
