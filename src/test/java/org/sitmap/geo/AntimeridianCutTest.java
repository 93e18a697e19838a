package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class AntimeridianCutTest {
    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }

    private static void assertNoPartWiderThan(Geometry g, double degrees) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            assertThat(g.getGeometryN(k).getEnvelopeInternal().getWidth()).as("part %d", k).isLessThan(degrees);
        }
    }

    @Test
    void anIslandAcrossTheDateLineBecomesTwoPiecesOfTheSameArea() throws Exception {
        // 178E to 178W: drawn flat, its edges from 179 to -179 would run right round the world.
        Geometry island = wkt("POLYGON ((178 -17, -178 -17, -178 -16, 178 -16, 178 -17))");
        Geometry cut = AntimeridianCut.cut(island);

        assertThat(cut).isInstanceOf(MultiPolygon.class);
        assertThat(cut.getNumGeometries()).isEqualTo(2);
        assertNoPartWiderThan(cut, 3);
        assertThat(cut.getArea()).isCloseTo(4.0, within(1e-9));
        assertThat(cut.getEnvelopeInternal().getMinX()).isEqualTo(-180);
        assertThat(cut.getEnvelopeInternal().getMaxX()).isEqualTo(180);
    }

    @Test
    void aHoleAcrossTheDateLineStaysAHole() throws Exception {
        Geometry ring = wkt("POLYGON ((176 -20, -176 -20, -176 -10, 176 -10, 176 -20),"
                + " (179 -16, -179 -16, -179 -14, 179 -14, 179 -16))");
        Geometry cut = AntimeridianCut.cut(ring);
        assertNoPartWiderThan(cut, 5);
        assertThat(cut.getArea()).isCloseTo(8 * 10 - 2 * 2, within(1e-9));
    }

    @Test
    void aLineHoppingTheDateLineIsSplitWhereItCrossesIt() throws Exception {
        Geometry line = wkt("LINESTRING (170 60, 179 62, -179 64, -170 66)");
        Geometry cut = AntimeridianCut.cut(line);
        assertThat(cut).isInstanceOf(MultiLineString.class);
        assertThat(cut.getNumGeometries()).isEqualTo(2);
        assertNoPartWiderThan(cut, 11);
        // Halfway between 179 and -179 lies 180, at latitude 63.
        assertThat(cut.getGeometryN(0).getCoordinates()[2].x).isEqualTo(180);
        assertThat(cut.getGeometryN(0).getCoordinates()[2].y).isCloseTo(63, within(1e-9));
        assertThat(cut.getGeometryN(1).getCoordinates()[0].x).isEqualTo(-180);
    }

    @Test
    void whatCrossesNothingComesBackAsItIs() throws Exception {
        Geometry ukraine = wkt("MULTIPOLYGON (((22 44, 40 44, 40 52, 22 52, 22 44)), ((33 45, 34 45, 34 46, 33 45)))");
        assertThat(AntimeridianCut.cut(ukraine)).isSameAs(ukraine);
        Geometry line = wkt("LINESTRING (-170 60, 170 60)");
        // One step of 340 degrees west is a hop across the date line, not a line across the world...
        assertThat(AntimeridianCut.cut(line)).isNotSameAs(line);
        Geometry wide = wkt("LINESTRING (-170 60, 0 60, 170 60)");
        // ...but a line that walks across in steps under 180 degrees means what it says.
        assertThat(AntimeridianCut.cut(wide)).isSameAs(wide);
    }

    @Test
    void aRingRoundThePoleIsLeftAlone() throws Exception {
        // Antarctica without its edge along -90: unwrapped it does not close, so there is nothing to cut.
        Geometry polar = wkt("POLYGON ((-180 -70, -60 -72, 60 -71, 179 -70, -180 -70))");
        assertThat(AntimeridianCut.cut(polar)).isSameAs(polar);
    }

    @Test
    void theLoaderCutsBeforeRepairingAndSaysSo() throws Exception {
        // Repairing the flat reading of this ring (GeometryFixer) gave a band round the world with the island as a
        // hole: Fiji drawn as a stripe across the Pacific and everything else at its latitude.
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[178,-17],[-178,-17],[-178,-16],[178,-16],"
                + "[178,-17]]]}}]}";
        LoadResult r = new GeoJsonLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "fiji.geojson", -1, null, null);
        Geometry g = r.features().get(0).geometry();
        assertNoPartWiderThan(g, 3);
        assertThat(g.getArea()).isCloseTo(4.0, within(1e-9));
        assertThat(r.issues()).singleElement().asString().contains("feature 0").contains("antimeridian");
    }
}
