package org.sitmap.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;

/**
 * A crowded theatre for benches and tests: {@code n} zones, movement arrows with a unit and markers, each titled,
 * scattered over Ukraine and western Russia (25-45 E, 45-55 N) from a fixed seed, so every run draws the same map.
 */
final class SampleTheatre {
    /** The area the annotations lie in: minLon, minLat, maxLon, maxLat. */
    static final double[] BOX = {25, 45, 45, 55};

    /** The kinds the samples take in turn. */
    static final AnnotationKind[] KINDS = {AnnotationKind.ZONE, AnnotationKind.MOVEMENT, AnnotationKind.MARKER};

    private static final String[] NAMES = {"Brigade", "Assault group", "Battalion", "Observation post",
        "Depot", "Staging area", "Checkpoint", "Bridgehead"};

    private SampleTheatre() {
    }

    static List<Annotation> annotations(int n, long seed) {
        Random random = new Random(seed);
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = BOX[0] + random.nextDouble() * (BOX[2] - BOX[0] - 1);
            double lat = BOX[1] + random.nextDouble() * (BOX[3] - BOX[1] - 0.5);
            AnnotationKind kind = KINDS[i % KINDS.length];
            Geometry g = shape(kind, lon, lat, gf);
            String name = (i + 1) + " " + NAMES[i % NAMES.length];
            Annotation.Builder b = Annotation.builder(kind, g).id("theatre-" + i).title(name)
                    .side(i % 2 == 0 ? Side.UKRAINE : Side.RUSSIA).validFrom(LocalDate.of(2024, 8, 1));
            if (kind == AnnotationKind.MOVEMENT) {
                b.attribute(Annotation.UNIT, name);
            }
            out.add(b.build());
        }
        return out;
    }

    /** A sample of {@code kind} at (lon, lat): a small rectangular zone, a bent arrow, or a point. */
    static Geometry shape(AnnotationKind kind, double lon, double lat, GeometryFactory gf) {
        return switch (kind) {
            case ZONE -> gf.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + 0.3, lat),
                new Coordinate(lon + 0.3, lat + 0.2), new Coordinate(lon, lat + 0.2), new Coordinate(lon, lat)});
            case MOVEMENT -> gf.createLineString(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + 0.4, lat + 0.3), new Coordinate(lon + 0.9, lat + 0.2)});
            default -> gf.createPoint(new Coordinate(lon, lat));
        };
    }
}
