package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.sitmap.model.MapFeature;

/**
 * Cuts an area to a region ("clip the zone to Kursk oblast"): the part of the area inside the region, as polygons
 * only (where the two only touch along a border, the touching lines and points are dropped). Lon/lat in, lon/lat
 * out; the overlay is JTS's robust OverlayNG. Stateless and thread-safe.
 *
 * <pre>{@code
 * Geometry inside = AreaClip.clip(zone.geometry(), kursk.geometry());   // empty if they do not overlap
 * }</pre>
 */
public final class AreaClip {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private AreaClip() {
    }

    /**
     * The part of {@code area} inside {@code region}: a Polygon or MultiPolygon, or an empty geometry when they do
     * not overlap. Invalid input (a self-crossing outline) is repaired first.
     */
    public static Geometry clip(Geometry area, Geometry region) {
        Geometry a = area.isValid() ? area : GeometryFixer.fix(area);
        Geometry r = region.isValid() ? region : GeometryFixer.fix(region);
        Geometry cut = OverlayNGRobust.overlay(a, r, OverlayNG.INTERSECTION);
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(cut);
        polygons.removeIf(Geometry::isEmpty);
        if (polygons.isEmpty()) {
            return FACTORY.createPolygon();
        }
        return polygons.size() == 1 ? polygons.get(0) : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    /** A region an area overlaps, with the geodesic area (km²) of the part of the area inside it. */
    public record Overlap(MapFeature region, double areaKm2) {
    }

    /**
     * The regions (of {@code candidates}) that {@code area} overlaps with some area, the largest overlap first. Pass
     * candidates already narrowed by an envelope query; each is tested exactly.
     */
    public static List<Overlap> overlapping(Geometry area, List<MapFeature> candidates) {
        List<Overlap> out = new ArrayList<>();
        for (MapFeature f : candidates) {
            if (!f.geometry().intersects(area)) {
                continue;
            }
            Geometry part = clip(area, f.geometry());
            if (!part.isEmpty()) {
                out.add(new Overlap(f, Geodesy.areaKm2(part)));
            }
        }
        out.sort(Comparator.comparingDouble(Overlap::areaKm2).reversed());
        return out;
    }
}
