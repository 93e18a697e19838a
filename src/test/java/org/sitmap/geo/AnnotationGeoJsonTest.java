package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.store.SampleAnnotations;

class AnnotationGeoJsonTest {
    @TempDir
    Path dir;

    private static void assertSame(List<Annotation> actual, List<Annotation> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).sameContent(expected.get(i))).as("%s vs %s: %s vs %s", actual.get(i),
                    expected.get(i), actual.get(i).attributes(), expected.get(i).attributes()).isTrue();
        }
    }

    @Test
    void everyKindAndAttributeRoundTrips() throws Exception {
        Path file = dir.resolve("all.geojson");
        AnnotationGeoJson.write(file, SampleAnnotations.importable());
        List<Annotation> read = AnnotationGeoJson.read(file);
        assertSame(read, SampleAnnotations.importable());
        assertThat(read.get(0).created()).isEqualTo(SampleAnnotations.all().get(0).created());
        Path again = dir.resolve("again.geojson");
        AnnotationGeoJson.write(again, read);
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Test
    void readsTheDocumentedFormatAndKeepsUnknownProperties() throws Exception {
        Path file = dir.resolve("in.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"kind": "zone", "id": "z1", "side": "Russia",
                   "status": "contested", "valid_from": "2024-08-06", "valid_to": null, "title": "Grey zone",
                   "operator_note": {"checked": true, "by": ["a", 1, 2.5, null]}, "count": 3, "dropped": null},
                  "geometry": {"type": "Polygon", "coordinates": [[[35.1234567, 51], [35, 51.5], [35.5, 51.5],
                    [35.5, 51], [35.1234567, 51]]]}},
                 {"type": "Feature", "id": 42, "properties": {"kind": "marker", "symbol": " Flag"},
                  "geometry": {"type": "Point", "coordinates": [36, 50]}}
                ]}
                """);
        List<Annotation> list = AnnotationGeoJson.read(file);
        Annotation z = list.get(0);
        assertThat(z.kind()).isEqualTo(AnnotationKind.ZONE);
        assertThat(z.side()).isEqualTo(Side.RUSSIA);
        assertThat(z.status()).isEqualTo(ZoneStatus.CONTESTED);
        assertThat(z.validFrom()).hasToString("2024-08-06");
        assertThat(z.validTo()).isNull();
        assertThat(z.attributes()).containsOnlyKeys("operator_note", "count");
        assertThat(z.attribute("count")).isEqualTo(3L);
        assertThat(z.geometry().getCoordinates()[0].x).isEqualTo(35.123457); // rounded to 6 decimals
        assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(
                ((org.locationtech.jts.geom.Polygon) z.geometry()).getExteriorRing().getCoordinateSequence()))
                .as("exterior wound counter-clockwise").isTrue();
        assertThat(list.get(1).id()).isEqualTo("42");
        assertThat(list.get(1).text("symbol")).as("kept as written, read as a flag").isEqualTo(" Flag");

        Path out = dir.resolve("out.geojson");
        AnnotationGeoJson.write(out, list);
        assertThat(Files.readString(out)).contains("\"operator_note\":{\"checked\":true,\"by\":[\"a\",1,2.5,null]}");
        assertSame(AnnotationGeoJson.read(out), list);
    }

    @Test
    void badFeatureFailsTheWholeReadNamingFileFeatureAndReason() throws Exception {
        assertBad("{\"kind\": \"zone\"}", "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}",
                "bad.geojson: feature 1: zone needs a Polygon or MultiPolygon, not a LineString");
        assertBad("{\"kind\": \"tank\"}", "{\"type\": \"Point\", \"coordinates\": [0, 0]}",
                "bad.geojson: feature 1: unknown kind \"tank\"");
        assertBad("{\"kind\": \"marker\", \"side\": \"blue\"}", "{\"type\": \"Point\", \"coordinates\": [0, 0]}",
                "bad.geojson: feature 1: unknown side \"blue\"");
        assertBad("{\"kind\": \"marker\", \"valid_from\": \"14/08/2024\"}",
                "{\"type\": \"Point\", \"coordinates\": [0, 0]}",
                "bad.geojson: feature 1: valid_from \"14/08/2024\" is not a date like 2024-08-14");
        assertBad("{\"kind\": \"marker\", \"id\": \"m1\"}", "{\"type\": \"Point\", \"coordinates\": [0, 0]}",
                "bad.geojson: feature 1: id \"m1\" is already used by feature 0");
        assertBad("{\"title\": \"x\"}", "{\"type\": \"Point\", \"coordinates\": [0, 0]}",
                "bad.geojson: feature 1: no \"kind\" property");
        assertBad("{\"kind\": \"marker\", \"symbol\": \"banana\"}", "{\"type\": \"Point\", \"coordinates\": [0, 0]}",
                "bad.geojson: feature 1: symbol \"banana\" is not one of dot, star, flag, x, pow");
        assertBad("{\"kind\": \"movement\", \"style\": \"dashed\"}",
                "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}",
                "bad.geojson: feature 1: style \"dashed\" is not one of movement, axis, attack");
        assertBad("{\"kind\": \"frontline\", \"teeth\": \"up\"}",
                "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}",
                "bad.geojson: feature 1: teeth \"up\" is not one of left, right");
        assertBad("{\"kind\": \"movement\", \"planned\": \"soon\"}",
                "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}",
                "bad.geojson: feature 1: planned must be true or false, not \"soon\"");
        assertBad("{\"kind\": \"marker\"}", "null", "bad.geojson: feature 1 (line 3, column 1): the feature's geometry is null; every feature must");
    }

    private void assertBad(String properties, String geometry, String message) throws Exception {
        Path file = dir.resolve("bad.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + "{\"type\": \"Feature\", \"properties\": {\"kind\": \"marker\", \"id\": \"m1\"}, "
                + "\"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}},\n"
                + "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}]}\n");
        assertThatThrownBy(() -> AnnotationGeoJson.read(file)).isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void syntaxErrorsKeepTheLoadersPlace() throws Exception {
        Path file = dir.resolve("broken.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\",,}]}");
        assertThatThrownBy(() -> AnnotationGeoJson.read(file)).isInstanceOf(GeoJsonException.class)
                .hasMessageStartingWith("broken.geojson: line 2, column");
    }

    @Test
    void emptyCollectionIsNoAnnotations() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnotationGeoJson.write(out, List.of());
        Path file = dir.resolve("empty.geojson");
        Files.write(file, out.toByteArray());
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).contains("FeatureCollection");
        assertThat(AnnotationGeoJson.read(file)).isEmpty();
    }

    @Test
    void rangeRingRoundTripsItsRadii() throws Exception {
        Path file = dir.resolve("rings.geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"kind": "range_ring", "id": "r1", "side": "russia",
                   "title": "Tornado-S from Belgorod", "radii_km": [15, 30, 60.5]},
                  "geometry": {"type": "Point", "coordinates": [36.6, 50.6]}}
                ]}
                """);
        List<Annotation> list = AnnotationGeoJson.read(file);
        Annotation ring = list.get(0);
        assertThat(ring.kind()).isEqualTo(AnnotationKind.RANGE_RING);
        assertThat(org.sitmap.model.RangeRingKind.radii(ring)).containsExactly(15, 30, 60.5);
        Path out = dir.resolve("rings-out.geojson");
        AnnotationGeoJson.write(out, list);
        assertThat(Files.readString(out)).contains("\"kind\":\"range_ring\"").contains("\"radii_km\":[15,30,60.5]");
        assertSame(AnnotationGeoJson.read(out), list);
    }

    @Test
    void badRadiiAreRefusedNamingTheFeatureAndTheAttribute() throws Exception {
        String point = "{\"type\": \"Point\", \"coordinates\": [0, 0]}";
        assertBad("{\"kind\": \"range_ring\", \"radii_km\": [15, -5]}", point,
                "bad.geojson: feature 1: radii_km must be a list of distances in km such as [15, 30, 60]: -5 is not");
        assertBad("{\"kind\": \"range_ring\", \"radii_km\": []}", point,
                "bad.geojson: feature 1: radii_km must be a list of distances in km such as [15, 30, 60], not an empty");
        assertBad("{\"kind\": \"range_ring\", \"radii_km\": \"15, 30\"}", point,
                "bad.geojson: feature 1: radii_km must be a list of distances in km such as [15, 30, 60], not \"15, 30\"");
        assertBad("{\"kind\": \"range_ring\", \"radii_km\": [15, \"far\"]}", point,
                "bad.geojson: feature 1: radii_km must be a list of distances in km such as [15, 30, 60]: \"far\" is not a number");
        assertBad("{\"kind\": \"range_ring\"}", point,
                "bad.geojson: feature 1: a range ring's radii_km is missing");
        assertBad("{\"kind\": \"range_ring\", \"radii_km\": [15]}",
                "{\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]}",
                "bad.geojson: feature 1: range_ring needs a Point, not a LineString");
    }
}
