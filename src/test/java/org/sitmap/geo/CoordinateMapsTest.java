package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A projected copy has every vertex projected, the same structure, and leaves the original alone. */
class CoordinateMapsTest {

    @Test
    void projectedCopyMatchesProjectingInPlace() throws ParseException {
        WKTReader wkt = new WKTReader(GeoJsonLoader.GEOMETRY_FACTORY);
        String[] cases = {
            "POINT (30 50)",
            "LINESTRING (30 50, 31 51, 32 50.5)",
            "POLYGON ((30 50, 40 50, 40 55, 30 55, 30 50), (32 51, 33 51, 33 52, 32 51))",
            "MULTIPOLYGON (((30 50, 40 50, 40 55, 30 50)), ((-10 -20, -5 -20, -5 -15, -10 -20)))",
            "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
            "MULTIPOINT ((1 2), (3 4))",
            "GEOMETRYCOLLECTION (POINT (1 2), POLYGON ((0 0, 1 0, 1 1, 0 0)))",
            "POLYGON EMPTY",
        };
        for (String c : cases) {
            Geometry lonLat = wkt.read(c);
            Geometry before = lonLat.copy();
            Geometry expected = Projection.PACKED_GEOMETRIES.createGeometry(lonLat);
            CoordinateMaps.apply(expected, WebMercator.INSTANCE::forward);

            Geometry projected = WebMercator.INSTANCE.project(lonLat);
            assertThat(projected.equalsExact(expected)).as(c).isTrue();
            assertThat(projected.getGeometryType()).isEqualTo(lonLat.getGeometryType());
            assertThat(projected.getFactory()).isSameAs(Projection.PACKED_GEOMETRIES);
            assertThat(lonLat.equalsExact(before)).as("original untouched").isTrue();
            if (!lonLat.isEmpty()) {
                assertThat(projected.getEnvelopeInternal().getMaxX()).isGreaterThan(1000);
            }
        }
    }
}
