package org.sitmap.basemap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.model.MapFeature;

/**
 * Turns polygons that share their borders (as Natural Earth's do, vertex for vertex) into border lines drawn once.
 * Stroking every polygon's outline draws each shared border twice: twice the work, and dashed borders whose two
 * dash patterns do not line up. A segment is kept once if {@code keep} accepts the pair of features on its two
 * sides (the second is null on a coast or the edge of the data set).
 *
 * <p>Stateless; the result is a fresh list.
 */
final class BorderMesh {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private BorderMesh() {
    }

    /** Each undirected segment of the polygon rings, with the features on its sides. */
    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(double ax, double ay, double bx, double by) {
            boolean swap = ax > bx || ax == bx && ay > by;
            return swap ? new Segment(bx, by, ax, ay) : new Segment(ax, ay, bx, by);
        }
    }

    static List<MapFeature> lines(List<MapFeature> polygons, BiPredicate<MapFeature, MapFeature> keep) {
        Map<Segment, MapFeature[]> sides = new HashMap<>(polygons.size() * 512);
        for (MapFeature f : polygons) {
            forEachRing(f.geometry(), seq -> {
                for (int i = 0; i + 1 < seq.size(); i++) {
                    Segment s = Segment.of(seq.getX(i), seq.getY(i), seq.getX(i + 1), seq.getY(i + 1));
                    MapFeature[] pair = sides.computeIfAbsent(s, k -> new MapFeature[2]);
                    if (pair[0] == null) {
                        pair[0] = f;
                    } else if (pair[0] != f && pair[1] == null) {
                        pair[1] = f;
                    }
                }
            });
        }
        List<MapFeature> out = new ArrayList<>();
        for (MapFeature f : polygons) {
            List<Coordinate> run = new ArrayList<>();
            forEachRing(f.geometry(), seq -> {
                for (int i = 0; i + 1 < seq.size(); i++) {
                    Segment s = Segment.of(seq.getX(i), seq.getY(i), seq.getX(i + 1), seq.getY(i + 1));
                    MapFeature[] pair = sides.get(s);
                    // The first feature to reach a segment draws it; the other side skips it.
                    boolean mine = pair != null && pair[0] == f && keep.test(pair[0], pair[1]);
                    if (mine) {
                        if (run.isEmpty()) {
                            run.add(seq.getCoordinateCopy(i));
                        }
                        run.add(seq.getCoordinateCopy(i + 1));
                        sides.remove(s);
                    } else {
                        flush(run, f, out);
                    }
                }
                flush(run, f, out);
            });
        }
        return out;
    }

    private static void flush(List<Coordinate> run, MapFeature owner, List<MapFeature> out) {
        if (run.size() >= 2) {
            LineString line = FACTORY.createLineString(run.toArray(Coordinate[]::new));
            out.add(new MapFeature(line, Map.of()));
        }
        run.clear();
    }

    private static void forEachRing(Geometry g, java.util.function.Consumer<CoordinateSequence> action) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon p) {
                action.accept(p.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    action.accept(p.getInteriorRingN(h).getCoordinateSequence());
                }
            }
        }
    }

    /** Admin-1 borders inside one country: both sides exist and belong to the same country. */
    static boolean sameCountry(MapFeature a, MapFeature b) {
        return b != null && Objects.equals(a.text("iso_a2"), b.text("iso_a2"));
    }
}
