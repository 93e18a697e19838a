package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.sitmap.model.MapFeature;

/** The packed simplifier keeps exactly the vertices JTS's Douglas-Peucker (without repair) keeps. */
class PackedSimplifierTest {

    private static Geometry jts(Geometry g, double tolerance) {
        DouglasPeuckerSimplifier s = new DouglasPeuckerSimplifier(g);
        s.setDistanceTolerance(tolerance);
        s.setEnsureValid(false);
        return s.getResultGeometry();
    }

    private static void assertSame(Geometry g, double tolerance) {
        Geometry expected = jts(g, tolerance);
        Geometry actual = PackedSimplifier.simplify(g, tolerance);
        assertThat(actual.equalsExact(expected)).as("%s at %s:%n%s%nexpected%n%s", g.getGeometryType(), tolerance,
                actual, expected).isTrue();
        assertThat(actual.getGeometryType()).isEqualTo(expected.getGeometryType());
    }

    @Test
    void worldBordersAndRegionsSimplifyAsJtsDoes() throws Exception {
        List<Geometry> projected = new ArrayList<>();
        for (String file : new String[] {"admin1.geojson.gz", "rivers.geojson.gz"}) {
            for (MapFeature f : GeoJsonLoader.load(Path.of("data", file)).features()) {
                projected.add(WebMercator.INSTANCE.project(AntimeridianCut.cut(f.geometry())));
            }
        }
        assertThat(projected).hasSizeGreaterThan(4000);
        long vertices = 0;
        // Tolerances of the layer index's bands, from a city's (25 m) to the world's at 4096 pixels (6.4 km) and beyond.
        for (double tolerance : new double[] {25, 800, 6400, 102_400}) {
            for (Geometry g : projected) {
                assertSame(g, tolerance);
                vertices += g.getNumPoints();
            }
        }
        assertThat(vertices).isGreaterThan(1_000_000);
    }

    @Test
    void ringsWhoseStartIsRedundantAndRingsThatCollapseAsJtsDoes() throws ParseException {
        WKTReader wkt = new WKTReader(Projection.PACKED_GEOMETRIES);
        String[] cases = {
            // The start lies on the line between its neighbours: dropped, the ring closed on the next vertex.
            "POLYGON ((5 0, 10 0, 10 10, 0 10, 0 0, 5 0))",
            "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2.1 2, 2.1 2.1, 2 2))",
            "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 50 5, 50 50, 5 50, 5 5)))",
            "LINESTRING (0 0, 1 0.1, 2 0, 3 5, 4 0)",
            "LINEARRING (5 0, 10 0, 10 10, 0 10, 0 0, 5 0)",
            "MULTILINESTRING ((0 0, 1 1, 2 0), (0 0, 0 0.1, 0 0))",
            "POINT (1 2)",
            "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 0.1, 2 0))",
            "POLYGON EMPTY",
        };
        for (String c : cases) {
            Geometry g = wkt.read(c);
            for (double tolerance : new double[] {0, 0.05, 0.5, 2, 20}) {
                assertSame(g, tolerance);
            }
        }
    }
}
