package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.sitmap.model.MapFeature;

class PolygonScreenTest {
    private static final WKTReader WKT = new WKTReader();

    private static boolean screened(String wkt) throws Exception {
        return PolygonScreen.provablyValid(WKT.read(wkt));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
        "POLYGON ((0 0, 10 0, 10 0, 10 10, 0 10, 0 0, 0 0))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2), (6 6, 6 8, 8 8, 8 6, 6 6))",
        "POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))",
        "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0)), ((5 5, 9 5, 9 9, 5 9, 5 5)))",
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 30 0, 30 10, 20 10, 20 0)))",
        // an island in a bay: inside the mainland's envelope, outside the mainland; its ray east passes through
        // the mainland's vertex (10 5)
        "MULTIPOLYGON (((0 0, 10 0, 10 5, 10 10, 0 10, 0 8, 8 8, 8 2, 0 2, 0 0)), ((3 5, 5 4, 5 6, 3 5)))",
        // a hole in the eastern arm of a C-shaped shell, level with the bay
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 8, 8 8, 8 2, 0 2, 0 0), (9 3, 9.5 5, 9 7, 9 3))",
    })
    void provesCleanPolygonsValid(String wkt) throws Exception {
        assertThat(new IsValidOp(WKT.read(wkt)).isValid()).isTrue();
        assertThat(screened(wkt)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // bow tie
        "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))",
        // a spike running back along itself
        "POLYGON ((0 0, 10 0, 10 10, 10 5, 10 10, 0 10, 0 0))",
        // zero area: all on one line
        "POLYGON ((0 0, 5 0, 10 0, 0 0))",
        "POLYGON ((0 0, 10 0, 5 0, 0 0))",
        // too few distinct positions
        "POLYGON ((0 0, 10 0, 10 0, 0 0))",
        // hole outside its shell, hole crossing its shell, nested holes, hole touching the shell (valid, not proven)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (20 20, 20 22, 22 22, 22 20, 20 20))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (5 5, 5 15, 8 15, 8 5, 5 5))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 1 9, 9 9, 9 1, 1 1), (3 3, 3 5, 5 5, 5 3, 3 3))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (0 5, 3 4, 3 6, 0 5))",
        // a ring touching itself at a vertex (JTS: ring self-intersection)
        "POLYGON ((0 0, 10 0, 5 5, 10 10, 0 10, 5 5, 0 0))",
        // overlapping, nested, and edge-sharing shells; the same polygon twice
        "MULTIPOLYGON (((0 0, 6 0, 6 6, 0 6, 0 0)), ((4 4, 9 4, 9 9, 4 9, 4 4)))",
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((2 2, 4 2, 4 4, 2 4, 2 2)))",
        "MULTIPOLYGON (((0 0, 5 0, 5 5, 0 5, 0 0)), ((5 0, 10 0, 10 5, 5 5, 5 0)))",
        "MULTIPOLYGON (((0 0, 5 0, 5 5, 0 5, 0 0)), ((0 0, 5 0, 5 5, 0 5, 0 0)))",
        // a hole in the bay of a C-shaped shell: inside its envelope, outside the shell
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 8, 8 8, 8 2, 0 2, 0 0), (3 5, 5 4, 5 6, 3 5))",
        // an island in a lake: valid, but nested shells are left to IsValidOp
        "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 8, 8 8, 8 2, 2 2)), ((4 4, 6 4, 6 6, 4 6, 4 4)))",
        "POLYGON EMPTY",
        "LINESTRING (0 0, 1 1)",
    })
    void leavesEverythingElseToIsValidOp(String wkt) throws Exception {
        assertThat(screened(wkt)).isFalse();
    }

    @Test
    void nonFinitePositionsAreNotProven() {
        GeometryFactory f = new GeometryFactory();
        Polygon p = f.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 0),
            new Coordinate(Double.NaN, 10), new Coordinate(0, 10), new Coordinate(0, 0)});
        assertThat(PolygonScreen.provablyValid(p)).isFalse();
    }

    @Test
    void neverProvesARandomInvalidPolygonValid() {
        // Random rings: a shuffled star is often self-intersecting, a sorted one never; near-collinear and repeated
        // positions on a coarse grid make touching and overlapping edges common.
        Random random = new Random(7);
        GeometryFactory packed = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
        int proven = 0;
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 20_000; i++) {
            int n = 3 + random.nextInt(12);
            double[] angles = new double[n];
            for (int k = 0; k < n; k++) {
                angles[k] = random.nextDouble() * 2 * Math.PI;
            }
            if (random.nextBoolean()) {
                java.util.Arrays.sort(angles);
            }
            Coordinate[] ring = new Coordinate[n + 1];
            for (int k = 0; k < n; k++) {
                double r = 1 + random.nextInt(8);
                ring[k] = new Coordinate(Math.round(r * Math.cos(angles[k]) * 2) / 2.0,
                        Math.round(r * Math.sin(angles[k]) * 2) / 2.0);
            }
            ring[n] = ring[0].copy();
            Geometry g = packed.createPolygon(ring);
            if (random.nextInt(4) == 0) {
                // A hole somewhere near the middle, or a second polygon beside it.
                Coordinate c = new Coordinate(random.nextInt(5) - 2, random.nextInt(5) - 2);
                Coordinate[] small = {c, new Coordinate(c.x + 1, c.y), new Coordinate(c.x + 1, c.y + 1),
                    new Coordinate(c.x, c.y + 1), c.copy()};
                g = random.nextBoolean() ? packed.createPolygon(packed.createLinearRing(ring),
                        new org.locationtech.jts.geom.LinearRing[] {packed.createLinearRing(small)})
                        : packed.createMultiPolygon(new Polygon[] {(Polygon) g, packed.createPolygon(small)});
            }
            boolean jtsValid = new IsValidOp(g).isValid();
            boolean screen = PolygonScreen.provablyValid(g);
            if (screen) {
                assertThat(jtsValid).as("proven valid but IsValidOp disagrees: %s", g).isTrue();
                proven++;
            }
            if (jtsValid) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertThat(invalid).as("the sample holds invalid polygons").isGreaterThan(2_000);
        assertThat(proven).as("most valid polygons are proven").isGreaterThan(valid * 3 / 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin0.geojson.gz", "admin1.geojson.gz"})
    void provesNearlyAllRealBordersValidAndAgreesWithIsValidOp(String file) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/sitmap/data/" + file)) {
            LoadResult r = new GeoJsonLoader().checkPolygons(false).load(in, file, -1, null, null);
            int proven = 0;
            for (MapFeature feature : r.features()) {
                Geometry g = feature.geometry();
                if (PolygonScreen.provablyValid(g)) {
                    assertThat(new IsValidOp(g).isValid()).isTrue();
                    proven++;
                }
            }
            assertThat(proven).isGreaterThan(r.features().size() * 9 / 10);
        }
    }
}
