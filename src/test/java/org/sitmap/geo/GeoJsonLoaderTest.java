package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.MapFeature;

class GeoJsonLoaderTest {

    private static final Path NATURAL_EARTH = Path.of("/tmp/ne_10m_admin1.geojson");

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ helpers

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeGzip(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private LoadResult loadText(String json) throws Exception {
        return GeoJsonLoader.load(write("test.geojson", json));
    }

    private GeoJsonException failure(String json) throws IOException {
        Path p = write("bad.geojson", json);
        return catchThrowableOfType(GeoJsonException.class, () -> GeoJsonLoader.load(p));
    }

    private static Path resource(String name) throws Exception {
        return Path.of(GeoJsonLoaderTest.class.getResource("/geojson/" + name).toURI());
    }

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader(GeoJsonLoader.GEOMETRY_FACTORY).read(text);
    }

    private static void assertGeometry(Geometry actual, String expectedWkt) throws ParseException {
        Geometry expected = wkt(expectedWkt);
        assertThat(actual.equalsExact(expected))
                .as("expected %s but was %s", expected, actual)
                .isTrue();
        assertThat(actual.getSRID()).isEqualTo(4326);
    }

    private Geometry loadGeometry(String geometryJson) throws Exception {
        LoadResult r = loadText(geometryJson);
        assertThat(r.features()).hasSize(1);
        return r.features().get(0).geometry();
    }

    private static String feature(String geometryJson) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geometryJson + "}";
    }

    /** A collection of {@code n} small squares, one feature per line. */
    private static String squares(int n) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[\n");
        for (int i = 0; i < n; i++) {
            double x = (i % 300) * 0.5 - 150;
            double y = (i / 300 % 150) * 0.5 - 75;
            sb.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{\"i\":").append(i)
                    .append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").append(x).append(',')
                    .append(y).append("],[").append(x + 0.25).append(',').append(y).append("],[")
                    .append(x + 0.25).append(',').append(y + 0.25).append("],[").append(x).append(',')
                    .append(y + 0.25).append("],[").append(x).append(',').append(y).append("]]]}}");
        }
        return sb.append("\n]}\n").toString();
    }

    // ------------------------------------------------------------------ geometry types

    @Test
    void readsPoint() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"Point\",\"coordinates\":[10.5,-20.25]}"), "POINT (10.5 -20.25)");
    }

    @Test
    void readsMultiPoint() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}"),
                "MULTIPOINT ((1 2), (3 4))");
    }

    @Test
    void readsLineString() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1],[2,0]]}"),
                "LINESTRING (0 0, 1 1, 2 0)");
    }

    @Test
    void readsMultiLineString() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[1,1]],[[2,2],[3,3]]]}"),
                "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))");
    }

    @Test
    void readsPolygonWithHole() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"Polygon\",\"coordinates\":["
                        + "[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}"),
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))");
    }

    @Test
    void readsMultiPolygon() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"MultiPolygon\",\"coordinates\":["
                        + "[[[20,0],[21,0],[21,1],[20,1],[20,0]]],"
                        + "[[[30,0],[31,0],[31,1],[30,1],[30,0]],[[30.2,0.2],[30.2,0.4],[30.4,0.4],[30.2,0.2]]]]}"),
                "MULTIPOLYGON (((20 0, 21 0, 21 1, 20 1, 20 0)),"
                        + " ((30 0, 31 0, 31 1, 30 1, 30 0), (30.2 0.2, 30.2 0.4, 30.4 0.4, 30.2 0.2)))");
    }

    @Test
    void readsNestedGeometryCollection() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"GeometryCollection\",\"geometries\":["
                        + "{\"type\":\"Point\",\"coordinates\":[1,2]},"
                        + "{\"type\":\"GeometryCollection\",\"geometries\":["
                        + "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}]}]}"),
                "GEOMETRYCOLLECTION (POINT (1 2), GEOMETRYCOLLECTION (LINESTRING (0 0, 1 1)))");
    }

    @Test
    void keepsOnlyLongitudeAndLatitudeOfLongerPositions() throws Exception {
        Geometry g = loadGeometry("{\"type\":\"LineString\",\"coordinates\":[[1,2,300.5],[3,4,5,6]]}");
        assertGeometry(g, "LINESTRING (1 2, 3 4)");
        assertThat(Double.isNaN(g.getCoordinates()[0].getZ())).isTrue();
    }

    @Test
    void acceptsLongitudesBeyondTheAntimeridianUnchanged() throws Exception {
        assertGeometry(loadGeometry("{\"type\":\"LineString\",\"coordinates\":[[179,0],[181,1]]}"),
                "LINESTRING (179 0, 181 1)");
    }

    // ------------------------------------------------------------------ document kinds

    @Test
    void readsFeatureCollectionWithAllTypes() throws Exception {
        LoadResult r = GeoJsonLoader.load(resource("all-types.geojson"));

        assertThat(r.sourceName()).isEqualTo("all-types.geojson");
        assertThat(r.features()).hasSize(7);
        assertThat(r.issues()).isEmpty();
        assertThat(r.geometryTypeCounts()).containsExactly(
                Map.entry("GeometryCollection", 1), Map.entry("LineString", 1), Map.entry("MultiLineString", 1),
                Map.entry("MultiPoint", 1), Map.entry("MultiPolygon", 1), Map.entry("Point", 1),
                Map.entry("Polygon", 1));
        assertThat(r.bounds()).isEqualTo(new Envelope(-170, 31, -80, 20.25));
        assertThat(r.coordinateCount()).isEqualTo(1 + 2 + 3 + 4 + 10 + 10 + 3);
        assertThat(r.byteCount()).isEqualTo(Files.size(resource("all-types.geojson")));
        assertThat(r.features().get(0).properties()).containsEntry("name", "point").containsEntry("id", 1L);
        assertThat(r.features().get(1).properties()).containsEntry("id", "mp");
        assertGeometry(r.features().get(6).geometry(),
                "GEOMETRYCOLLECTION (POINT (-170 -80), LINESTRING (5 5, 6 6))");
    }

    @Test
    void readsSingleFeature() throws Exception {
        LoadResult r = loadText("{\"type\":\"Feature\",\"id\":\"a1\",\"properties\":{\"name\":\"Zone A\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}}");

        assertThat(r.features()).hasSize(1);
        MapFeature f = r.features().get(0);
        assertGeometry(f.geometry(), "POINT (2.35 48.85)");
        assertThat(f.properties()).containsExactly(Map.entry("name", "Zone A"), Map.entry("id", "a1"));
    }

    @Test
    void readsBareGeometryAsOneFeatureWithoutProperties() throws Exception {
        LoadResult r = loadText("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}");

        assertThat(r.features()).hasSize(1);
        assertThat(r.features().get(0).properties()).isEmpty();
        assertThat(r.geometryTypeCounts()).containsExactly(Map.entry("Polygon", 1));
    }

    @Test
    void acceptsMembersInAnyOrderAndIgnoresForeignMembers() throws Exception {
        LoadResult r = GeoJsonLoader.load(resource("shuffled-members.geojson"));

        assertThat(r.issues()).isEmpty();
        assertThat(r.features()).hasSize(2);
        assertGeometry(r.features().get(0).geometry(), "POLYGON ((0 0, 1 0, 1 1, 0 0))");
        assertThat(r.features().get(0).properties()).containsExactly(Map.entry("name", "first"), Map.entry("id", 7L));
        assertGeometry(r.features().get(1).geometry(), "GEOMETRYCOLLECTION (POINT (1 2))");
        assertThat(r.features().get(1).properties()).isEmpty();
    }

    @Test
    void typeAfterCoordinatesInBareGeometry() throws Exception {
        assertGeometry(loadGeometry("{\"coordinates\":[[[1,1],[2,2]],[[3,3],[4,4]]],\"type\":\"MultiLineString\"}"),
                "MULTILINESTRING ((1 1, 2 2), (3 3, 4 4))");
    }

    @Test
    void readsGzipWhateverTheExtension() throws Exception {
        String json = Files.readString(resource("all-types.geojson"));
        Path disguised = writeGzip("actually-gzipped.geojson", json);
        Path gz = writeGzip("layer.geojson.gz", json);

        LoadResult a = GeoJsonLoader.load(disguised);
        LoadResult b = GeoJsonLoader.load(gz);

        assertThat(a.features()).hasSize(7);
        assertThat(b.features()).hasSize(7);
        assertThat(b.sourceName()).isEqualTo("layer.geojson.gz");
        assertThat(b.byteCount()).isEqualTo(Files.size(gz));
        assertThat(a.features().get(4).geometry().equalsExact(b.features().get(4).geometry())).isTrue();
    }

    @Test
    void readsPlainJsonExtensionAndByteOrderMark() throws Exception {
        Path p = dir.resolve("layer.json");
        byte[] body = "{\"type\":\"Point\",\"coordinates\":[1,2]}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(p, withBom);

        assertGeometry(GeoJsonLoader.load(p).features().get(0).geometry(), "POINT (1 2)");
    }

    @Test
    void readsPropertyTypes() throws Exception {
        LoadResult r = loadText(feature("{\"type\":\"Point\",\"coordinates\":[0,0]}").replace("\"properties\":{}",
                "\"properties\":{\"s\":\"text é\",\"i\":42,\"big\":12345678901234,\"huge\":123456789012345678901234,"
                        + "\"d\":-1.5e3,\"t\":true,\"f\":false,\"n\":null,\"list\":[1,\"a\",[true]],"
                        + "\"obj\":{\"k\":{\"deep\":2.5}},\"id\":\"own\"},\"id\":\"ignored\""));

        Map<String, Object> p = r.features().get(0).properties();
        assertThat(p).containsEntry("s", "text é")
                .containsEntry("i", 42L)
                .containsEntry("big", 12345678901234L)
                .containsEntry("huge", 1.2345678901234568E23)
                .containsEntry("d", -1500.0)
                .containsEntry("t", true)
                .containsEntry("f", false)
                .containsEntry("n", null)
                .containsEntry("id", "own");
        assertThat(p.get("list")).isEqualTo(List.of(1L, "a", List.of(true)));
        Map<String, Object> deep = new LinkedHashMap<>();
        deep.put("deep", 2.5);
        assertThat(p.get("obj")).isEqualTo(Map.of("k", deep));
        assertThat(new ArrayList<>(p.keySet())).containsExactly("s", "i", "big", "huge", "d", "t", "f", "n", "list",
                "obj", "id");
    }

    @Test
    void acceptsWgs84CrsNames() throws Exception {
        for (String name : List.of("urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326",
                "urn:ogc:def:crs:EPSG::4326")) {
            LoadResult r = loadText("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                    + "{\"name\":\"" + name + "\"}},\"features\":[" + feature("{\"type\":\"Point\",\"coordinates\":"
                    + "[1,2]}") + "]}");
            assertThat(r.features()).as(name).hasSize(1);
        }
    }

    // ------------------------------------------------------------------ per-feature problems

    @Test
    void skipsBrokenFeaturesAndRepairsFixableOnes() throws Exception {
        LoadResult r = GeoJsonLoader.load(resource("mixed-problems.geojson"));

        assertThat(r.features()).extracting(f -> f.properties().get("n")).containsExactly(0L, 9L, 10L, 14L);
        assertThat(r.issues()).extracting(LoadIssue::featureIndex)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        // feature i is on line i + 2
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.line()).isEqualTo(i.featureIndex() + 2));
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.column()).isPositive());

        assertThat(issue(r, 1).message()).isEqualTo("expected a number in coordinates, found \"abc\"");
        assertThat(issue(r, 1).toString()).matches("feature 1 \\(line 3, column \\d+\\): expected a number in"
                + " coordinates, found \"abc\"");
        assertThat(issue(r, 2).message()).isEqualTo("the Point has no \"coordinates\"");
        assertThat(issue(r, 3).message()).isEqualTo("unknown geometry type \"Circle\"");
        assertThat(issue(r, 4).message()).isEqualTo("a line needs at least 2 positions, found 1");
        assertThat(issue(r, 5).message()).contains("ring needs at least 4 positions", "found 3");
        assertThat(issue(r, 6).message()).contains("at least 2 numbers", "found 1");
        assertThat(issue(r, 7).message()).contains("geometry is null");
        assertThat(issue(r, 8).message())
                .startsWith("coordinates look projected (e.g. 5412345.5); expected longitude/latitude");
        assertThat(issue(r, 9).message()).isEqualTo("ring was not closed; closed it");
        assertThat(issue(r, 10).message()).startsWith("self-intersecting polygon repaired");
        assertThat(issue(r, 11).message()).contains("\"type\" must be a string, found 5");
        assertThat(issue(r, 12).message()).contains("\"geometry\" must be an object or null, found \"POINT (1 2)\"");
        assertThat(issue(r, 13).message()).contains("\"coordinates\" must be an array, found an object");

        assertGeometry(r.features().get(1).geometry(), "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");
        Geometry bowTie = r.features().get(2).geometry();
        assertThat(bowTie.isValid()).isTrue();
        assertThat(bowTie.getArea()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.geometryTypeCounts()).containsEntry("Point", 2).containsEntry("Polygon", 1)
                .containsEntry("MultiPolygon", 1);
    }

    private static LoadIssue issue(LoadResult r, int featureIndex) {
        return r.issues().stream().filter(i -> i.featureIndex() == featureIndex).findFirst().orElseThrow();
    }

    @Test
    void unclosedRingIsClosedInSingleFeature() throws Exception {
        LoadResult r = loadText(feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1]]]}"));

        assertGeometry(r.features().get(0).geometry(), "POLYGON ((0 0, 1 0, 1 1, 0 0))");
        assertThat(r.issues()).extracting(LoadIssue::toString)
                .containsExactly("feature 0 (line 1, column 79): ring was not closed; closed it");
    }

    @Test
    void bowTieIsRepairedInMultiPolygon() throws Exception {
        LoadResult r = loadText("{\"type\":\"FeatureCollection\",\"features\":[" + feature(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[2,2],[2,0],[0,2],[0,0]]]]}") + "]}");

        Geometry g = r.features().get(0).geometry();
        assertThat(g.isValid()).isTrue();
        assertThat(g.getArea()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.issues()).singleElement()
                .satisfies(i -> assertThat(i.toString()).startsWith("feature 0 (line 1, column ")
                        .contains("self-intersecting polygon repaired near 1.00000, 1.00000"));
    }

    @Test
    void featureIdDoesNotReplaceExistingProperty() throws Exception {
        LoadResult r = loadText("{\"type\":\"Feature\",\"id\":5,\"properties\":{\"id\":\"mine\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}");
        assertThat(r.features().get(0).properties()).containsExactly(Map.entry("id", "mine"));
    }

    @Test
    void reportsOutOfRangeLatitude() throws Exception {
        LoadResult r = loadText("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"type\":\"Point\",\"coordinates\":[10,95]}") + ","
                + feature("{\"type\":\"Point\",\"coordinates\":[10,5]}") + "]}");
        assertThat(r.features()).hasSize(1);
        assertThat(r.issues()).singleElement().extracting(LoadIssue::message)
                .isEqualTo("latitude 95.0 is outside -90..90 (position 10.0, 95.0)");
    }

    // ------------------------------------------------------------------ fatal problems

    @Test
    void emptyFileIsFatal() throws Exception {
        GeoJsonException e = failure("");
        assertThat(e.getMessage()).isEqualTo("bad.geojson: file is empty");
        assertThat(e.file()).isEqualTo("bad.geojson");
    }

    @Test
    void whitespaceOnlyFileIsFatal() throws Exception {
        assertThat(failure(" \n\t\n").getMessage()).isEqualTo("bad.geojson: file is empty (it holds only white space)");
    }

    @Test
    void emptyGzipIsFatal() throws Exception {
        Path p = writeGzip("empty.geojson.gz", "");
        assertThatThrownBy(() -> GeoJsonLoader.load(p)).isInstanceOf(GeoJsonException.class)
                .hasMessage("empty.geojson.gz: file is empty");
    }

    @Test
    void binaryDataIsFatal() throws Exception {
        Path p = dir.resolve("image.geojson");
        Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});

        GeoJsonException e = catchThrowableOfType(GeoJsonException.class, () -> GeoJsonLoader.load(p));

        assertThat(e.getMessage()).isEqualTo("image.geojson: line 1, column 1: not a JSON text: found binary data"
                + " at line 1, column 1");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void zipArchiveIsFatalWithHint() throws Exception {
        Path p = dir.resolve("layer.geojson");
        Files.write(p, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertThatThrownBy(() -> GeoJsonLoader.load(p)).isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("layer.geojson: line 1, column 1: not a JSON text: this is a ZIP archive");
    }

    @Test
    void textThatIsNotJsonIsFatal() throws Exception {
        assertThat(failure("\n  <html>").getMessage())
                .isEqualTo("bad.geojson: line 2, column 3: not a JSON text: found '<' where '{' was expected");
    }

    @Test
    void topLevelArrayIsFatal() throws Exception {
        assertThat(failure("[1, 2]").getMessage()).startsWith("bad.geojson: line 1, column 1: not a GeoJSON object");
    }

    @Test
    void malformedJsonReportsLineAndColumn() throws Exception {
        GeoJsonException e = failure("{\"type\": \"FeatureCollection\",\n"
                + " \"features\": [\n"
                + "  {\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}},\n"
                + "  {\"type\": \"Feature\" \"geometry\": null}\n"
                + " ]}\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(22);
        assertThat(e.featureIndex()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("bad.geojson: line 4, column 22 (feature 1): malformed JSON: ")
                .contains("was expecting comma")
                .doesNotContain("Source:", "com.fasterxml", "Exception", "\n");
    }

    @Test
    void truncatedFileNamesTheFeature() throws Exception {
        String full = squares(50);
        String cut = full.substring(0, full.indexOf("\"i\":42") + 20);

        GeoJsonException e = failure(cut);

        assertThat(e.featureIndex()).isEqualTo(42);
        assertThat(e.line()).isEqualTo(44);
        assertThat(e.getMessage()).startsWith("bad.geojson: line 44, column ")
                .contains("(feature 42): unexpected end of file inside feature 42; the file looks truncated");
    }

    @Test
    void truncatedGzipIsFatal() throws Exception {
        Path whole = writeGzip("whole.geojson.gz", squares(2000));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.geojson.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

        GeoJsonException e = catchThrowableOfType(GeoJsonException.class, () -> GeoJsonLoader.load(cut));

        assertThat(e.getMessage()).startsWith("cut.geojson.gz: line ").contains("truncated");
    }

    @Test
    void projectedCrsIsRejected() throws Exception {
        GeoJsonException e = failure("{\"type\":\"FeatureCollection\",\n\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[" + feature(
                "{\"type\":\"Point\",\"coordinates\":[261845.7,6250564.3]}") + "]}");

        assertThat(e.getMessage()).startsWith("bad.geojson: line 2, column 7: unsupported coordinate reference"
                        + " system \"urn:ogc:def:crs:EPSG::3857\"")
                .contains("WGS 84 longitude/latitude", "RFC 7946");
    }

    @Test
    void collectionWithoutReadableFeatureIsFatal() throws Exception {
        GeoJsonException e = failure("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + feature("{\"type\":\"Point\",\"coordinates\":[\"abc\",1]}") + ",\n"
                + feature("null") + "]}");

        assertThat(e.featureIndex()).isEqualTo(0);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("bad.geojson: line 2, column ")
                .contains("(feature 0): no feature could be read: all 2 features were skipped; the first because:"
                        + " expected a number in coordinates, found \"abc\"");
    }

    @Test
    void emptyCollectionIsFatal() throws Exception {
        assertThat(failure("{\"type\":\"FeatureCollection\",\"features\":[]}").getMessage())
                .isEqualTo("bad.geojson: line 1, column 40: the FeatureCollection contains no features");
    }

    @Test
    void unknownTopLevelTypeIsFatal() throws Exception {
        assertThat(failure("{\"type\":\"Topology\",\"objects\":{}}").getMessage())
                .isEqualTo("bad.geojson: line 1, column 1: not a GeoJSON object: unknown top-level type \"Topology\""
                        + " (TopoJSON is not supported; convert it to GeoJSON)");
    }

    @Test
    void topLevelObjectWithoutTypeIsFatal() throws Exception {
        assertThat(failure("{\"name\":\"x\"}").getMessage()).contains("has no \"type\"");
    }

    @Test
    void brokenSingleFeatureIsFatalWithItsPlace() throws Exception {
        GeoJsonException e = failure("{\"type\":\"Feature\",\"properties\":{},\n"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[12, \"abc\"]}}");

        assertThat(e.getMessage()).isEqualTo("bad.geojson: line 2, column 47 (feature 0): expected a number in"
                + " coordinates, found \"abc\"");
    }

    @Test
    void singleFeatureWithNullGeometryIsFatal() throws Exception {
        assertThat(failure("{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}").getMessage())
                .isEqualTo("bad.geojson: line 1, column 1 (feature 0): the Feature's geometry is null;"
                        + " there is nothing to show");
    }

    @Test
    void dataAfterTheObjectIsFatal() throws Exception {
        assertThat(failure("{\"type\":\"Point\",\"coordinates\":[1,2]}\n{\"type\":\"Point\",\"coordinates\":[1,2]}")
                .getMessage()).startsWith("bad.geojson: line 2, column 1: unexpected data after the end");
    }

    @Test
    void deepNestingIsReportedWithoutParserInternals() throws Exception {
        String json = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":" + "[".repeat(5000);
        GeoJsonException e = failure(json);
        assertThat(e.getMessage()).startsWith("bad.geojson: line 1, column ").doesNotContain("`", "Constraints");
    }

    @Test
    void maxCoordinatesGuardStopsTheLoad() throws Exception {
        Path p = write("big.geojson", squares(10));
        GeoJsonLoader loader = new GeoJsonLoader().maxCoordinates(42);

        GeoJsonException e = catchThrowableOfType(GeoJsonException.class, () -> loader.load(p, null, null));

        assertThat(e.getMessage()).startsWith("big.geojson: line 10, column ")
                .endsWith("(feature 8): too large: more than 42 coordinates");
        assertThat(new GeoJsonLoader().maxCoordinates(50).load(p, null, null).features()).hasSize(10);
        assertThatThrownBy(() -> new GeoJsonLoader().maxCoordinates(0)).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ progress and cancellation

    @Test
    void cancellationStopsTheLoad() throws Exception {
        Path p = write("big.geojson", squares(5000));
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> new GeoJsonLoader().load(p, null, () -> calls.incrementAndGet() > 10))
                .isInstanceOf(CancellationException.class);
        assertThat(calls.get()).isEqualTo(11);
    }

    @Test
    void cancellationIsCheckedInsideOneHugeGeometry() throws Exception {
        StringBuilder sb = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < 200_000; i++) {
            sb.append(i == 0 ? "" : ",").append("[").append(i % 360 - 180).append(",1]");
        }
        Path p = write("line.geojson", sb.append("]}").toString());
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> new GeoJsonLoader().load(p, null, () -> calls.incrementAndGet() > 1))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void progressIsMonotonicAndReachesOne() throws Exception {
        Path p = write("big.geojson", squares(20_000));
        List<Double> seen = new ArrayList<>();

        LoadResult r = new GeoJsonLoader().load(p, seen::add, () -> false);

        assertThat(r.features()).hasSize(20_000);
        assertThat(seen).isSorted().hasSizeBetween(10, 101);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }

    @Test
    void readsFromStreamWithUnknownLength() throws Exception {
        byte[] bytes = squares(3).getBytes(StandardCharsets.UTF_8);
        List<Double> seen = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            LoadResult r = new GeoJsonLoader().load(in, "stream", -1, seen::add, null);
            assertThat(r.features()).hasSize(3);
            assertThat(r.byteCount()).isEqualTo(bytes.length);
        }
        assertThat(seen).containsExactly(1.0);
    }

    // ------------------------------------------------------------------ messages

    @Test
    void exceptionMessageNamesFileAndPlace() {
        assertThat(new GeoJsonException("countries.geojson", 12, 7, 3,
                "expected a number in coordinates, found \"abc\"").getMessage())
                .isEqualTo("countries.geojson: line 12, column 7 (feature 3): expected a number in coordinates,"
                        + " found \"abc\"");
        assertThat(new LoadIssue(17, 40, 3, "ring was not closed; closed it").toString())
                .isEqualTo("feature 17 (line 40, column 3): ring was not closed; closed it");
        assertThat(new LoadIssue(-1, -1, -1, "5 more issues not listed").toString())
                .isEqualTo("5 more issues not listed");
    }

    @Test
    void manyBrokenFeaturesAreSummarisedNotListedOneByOne() throws Exception {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        int broken = GeoJsonLoader.MAX_ISSUES + 500;
        for (int i = 0; i < broken; i++) {
            sb.append(feature("null")).append(',');
        }
        sb.append(feature("{\"type\":\"Point\",\"coordinates\":[1,2]}")).append("]}");

        LoadResult r = loadText(sb.toString());

        assertThat(r.features()).hasSize(1);
        assertThat(r.issues()).hasSize(GeoJsonLoader.MAX_ISSUES + 1);
        assertThat(r.issues().get(r.issues().size() - 1).message()).isEqualTo("500 more issues not listed");
    }

    // ------------------------------------------------------------------ real data

    @Test
    void loadsNaturalEarthAdmin1WhenPresent() throws Exception {
        assumeTrue(Files.isReadable(NATURAL_EARTH), "no " + NATURAL_EARTH);

        LoadResult r = GeoJsonLoader.load(NATURAL_EARTH);

        assertThat(r.features()).hasSize(4596);
        assertThat(r.coordinateCount()).isGreaterThan(1_000_000);
        assertThat(r.bounds().getMinX()).isEqualTo(-180.0);
        assertThat(r.bounds().getMaxX()).isEqualTo(180.0);
        assertThat(r.features()).allSatisfy(f -> assertThat(f.geometry().isValid()).isTrue());
    }

    @Test
    void loadsNaturalEarthGzippedLikeThePlainFile(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isReadable(NATURAL_EARTH), "no " + NATURAL_EARTH);
        Path gz = tmp.resolve("admin1.geojson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
            Files.copy(NATURAL_EARTH, out);
        }
        List<Double> seen = new ArrayList<>();

        LoadResult r = new GeoJsonLoader().load(gz, seen::add, null);

        assertThat(r.features()).hasSize(4596);
        assertThat(seen).isSorted().hasSizeLessThanOrEqualTo(101);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void shapesOnlyReadingPassesOverPropertiesButStillChecksTheirJson() throws Exception {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Kursk\",\"pop\":[1,{\"a\":2}]},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[35,51],[36,51],[36,52],[35,51]]]}},"
                + "{\"type\":\"Feature\",\"id\":7,\"properties\":{\"name\":\"Sumy\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[34.8,50.9]}}]}";
        Path file = write("shapes.geojson", json);
        LoadResult all = GeoJsonLoader.load(file);
        LoadResult shapes = new GeoJsonLoader().keepProperties(false).load(file, null, null);
        assertThat(shapes.features()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(shapes.features().get(i).geometry().equalsExact(all.features().get(i).geometry())).isTrue();
        }
        assertThat(all.features().get(0).properties()).containsEntry("name", "Kursk");
        assertThat(shapes.features().get(0).properties()).doesNotContainKey("name");
        assertThat(shapes.features().get(1).properties()).doesNotContainKey("name");

        Path twice = write("twice.geojson", json.replace("\"pop\"", "\"name\""));
        assertThatThrownBy(() -> new GeoJsonLoader().keepProperties(false).load(twice, null, null))
                .isInstanceOf(GeoJsonException.class).hasMessageContaining("\"name\" appears twice");
        Path broken = write("broken.geojson", json.replace("{\"a\":2}", "{\"a\" 2}"));
        assertThatThrownBy(() -> new GeoJsonLoader().keepProperties(false).load(broken, null, null))
                .isInstanceOf(GeoJsonException.class).hasMessageContaining("broken.geojson: line 1");
    }
}
