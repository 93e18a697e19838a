package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.MapFeature;

/**
 * A file read in chunks on all cores gives what a reading of the whole text gives: the same features in the same
 * order, the same issues at the same lines and columns with the same feature numbers, or the same failure.
 */
class GeoJsonChunksTest {
    private static final Path FUZZ_INPUTS =
            Path.of("src/test/resources/org/sitmap/geo/GeoJsonFuzzTestInputs/readerRefusesOrReads");
    private static final Path SAMPLES = Path.of("src/test/resources/geojson");

    @TempDir
    Path dir;

    /** Features with repairs, skips, strings and nested arrays that look like feature starts, over many lines. */
    private static String awkward() {
        return awkward(40);
    }

    private static String awkward(int features) {
        StringBuilder sb = new StringBuilder(
                "{\"type\": \"FeatureCollection\", \"name\": \"a,{b\",\n\"features\": [\n");
        for (int i = 0; i < features; i++) {
            if (i > 0) {
                sb.append(i % 3 == 0 ? ",\n" : ", ");
            }
            switch (i % 8) {
                case 0 -> sb.append("{\"type\": \"Feature\", \"properties\": {\"s\": \"x,{\\\"y\\\": [1,{2}]\","
                        + " \"l\": [{\"a\": 1}, {\"b\": 2}]}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [")
                        .append(i).append(", 1]}}");
                // a bow tie: repaired
                case 1 -> sb.append("{\"type\": \"Feature\", \"properties\": null, \"geometry\": {\"type\":"
                        + " \"Polygon\", \"coordinates\": [[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}");
                // a ring left open, and names in two alphabets
                case 2 -> sb.append("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                        + " [[[0,0],[1,0],[1,1],[0,1]]]}, \"properties\": {\"n\": \"\u00e9t\u00e9 \u0416\"}}");
                case 3 -> sb.append("{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\","
                        + " \"coordinates\": [\"abc\", 2]}}"); // skipped
                case 4 -> sb.append("{\"type\": \"Feature\", \"properties\": {\"n\": 4}, \"geometry\": {\"type\":"
                        + " \"LineString\", \"coordinates\": [[179, 0], [-179, 1]]}}"); // across the antimeridian
                case 5 -> sb.append("{\"properties\": {\"n\": 5}, \"geometry\": {\"type\": \"Point\", \"coordinates\":"
                        + "\n[5, 5]}}"); // no type
                case 6 -> sb.append("{\"type\": \"Feature\", \"properties\": [1], \"geometry\": null}");
                default -> sb.append("{\"type\": \"Feature\", \"id\": 7, \"properties\": {\"n\": [7, {\"m\": 8}]},"
                        + " \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": [[[[10,10],[11,10],[11,11],"
                        + "[10,10]]]]}}");
            }
        }
        return sb.append("\n], \"bbox\": [-180, -90, 180, 90]}\n").toString();
    }

    @Test
    void chunksGiveTheFeaturesAndIssuesOfAWholeReading() throws Exception {
        Path file = write("awkward.geojson", awkward().getBytes(StandardCharsets.UTF_8));
        LoadResult whole = whole(file);
        assertThat(whole.issues()).extracting(LoadIssue::message).anyMatch(m -> m.contains("self-intersecting"))
                .anyMatch(m -> m.contains("ring was not closed")).anyMatch(m -> m.contains("antimeridian"))
                .anyMatch(m -> m.contains("no \"type\""));
        assertThat(whole.issues()).anyMatch(LoadIssue::leftOut);
        for (int chunkBytes : new int[] {1, 5, 40, 300, 2000}) {
            assertSame(whole, new GeoJsonLoader().chunked(0, chunkBytes).load(file, null, null));
        }
    }

    @Test
    void chunksAreTakenWhereTheGuessesAreRight() throws Exception {
        Path file = write("awkward.geojson", awkward().getBytes(StandardCharsets.UTF_8));
        GeoJsonChunks.Prefetched read;
        try (FileChannel channel = FileChannel.open(file)) {
            GeoJsonChunks chunks = GeoJsonChunks.plan(new FileText(channel, Files.size(file)), 300);
            assertThat(chunks.size()).isGreaterThan(5);
            read = chunks.read(new GeoJsonChunks.Settings("a", true, true, 1000, 540), null, null);
        }
        assertThat(read).isNotNull();
        assertThat(read.attempted()).isEqualTo(40);
        LoadResult whole = whole(file);
        assertThat(read.issues()).isEqualTo(whole.issues());
        assertThat(read.features()).hasSameSizeAs(whole.features());
    }

    @Test
    void faultsInAChunkAreReportedAsByAWholeReading() throws Exception {
        String text = awkward();
        int middle = text.length() / 2;
        List<byte[]> broken = new ArrayList<>();
        broken.add(text.substring(0, middle).getBytes(StandardCharsets.UTF_8)); // truncated
        broken.add((text.substring(0, middle) + "}" + text.substring(middle)).getBytes(StandardCharsets.UTF_8));
        broken.add((text.substring(0, middle) + "\"x\": 1, \"x\": 2, " + text.substring(middle))
                .getBytes(StandardCharsets.UTF_8));
        byte[] badUtf8 = text.getBytes(StandardCharsets.UTF_8);
        badUtf8[text.indexOf("\"n\": 4")] = (byte) 0xC0; // an overlong lead byte inside a key
        broken.add(badUtf8);
        broken.add(text.replace("\"type\": \"FeatureCollection\"", "\"type\": \"Feature\"")
                .getBytes(StandardCharsets.UTF_8));
        broken.add((text.trim() + " {}").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < broken.size(); i++) {
            Path file = write("broken" + i + ".geojson", broken.get(i));
            for (int chunkBytes : new int[] {1, 40, 300}) {
                assertSameOutcome(file, chunkBytes);
            }
        }
    }

    @Test
    void fuzzInputsAndSamplesReadAlikeInChunks() throws Exception {
        List<Path> inputs = new ArrayList<>();
        for (Path folder : List.of(FUZZ_INPUTS, SAMPLES)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
            }
        }
        assertThat(inputs).hasSizeGreaterThan(20);
        for (Path input : inputs) {
            Path file = write(input.getFileName().toString(), Files.readAllBytes(input));
            for (int chunkBytes : new int[] {1, 16, 200}) {
                assertSameOutcome(file, chunkBytes);
            }
        }
    }

    @Test
    void progressNeverGoesBackWhenAFaultyFileIsReadAgainWhole() throws Exception {
        // Larger than the whole reading's buffer, so that its progress climbs from the start again.
        String text = awkward(8000);
        Path file = write("truncated.geojson", text.substring(0, text.length() * 3 / 4)
                .getBytes(StandardCharsets.UTF_8));
        List<Double> seen = new ArrayList<>();
        assertThatThrownBy(() -> new GeoJsonLoader().chunked(0, 16_384).load(file, seen::add, null))
                .isInstanceOf(GeoJsonException.class);
        assertThat(seen).isNotEmpty().isSorted();
    }

    @Test
    void cancellingStopsAChunkedReading() throws Exception {
        Path file = write("awkward.geojson", awkward().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new GeoJsonLoader().chunked(0, 40).load(file, null, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    private Path write(String name, byte[] data) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, data);
        return file;
    }

    private static LoadResult whole(Path file) throws GeoJsonException, IOException {
        return new GeoJsonLoader().chunked(Long.MAX_VALUE, 1).load(file, null, null);
    }

    private static void assertSameOutcome(Path file, int chunkBytes) throws IOException {
        LoadResult whole = null;
        String wholeFailure = null;
        try {
            whole = whole(file);
        } catch (GeoJsonException e) {
            wholeFailure = e.getMessage();
        }
        try {
            LoadResult chunked = new GeoJsonLoader().chunked(0, chunkBytes).load(file, null, null);
            assertThat(wholeFailure).as(file + " in chunks of " + chunkBytes).isNull();
            assertSame(whole, chunked);
        } catch (GeoJsonException e) {
            assertThat(e.getMessage()).as(file + " in chunks of " + chunkBytes).isEqualTo(wholeFailure);
        }
    }

    private static void assertSame(LoadResult whole, LoadResult chunked) {
        assertThat(chunked.issues()).isEqualTo(whole.issues());
        assertThat(chunked.featureCount()).isEqualTo(whole.featureCount());
        assertThat(chunked.geometryTypeCounts()).isEqualTo(whole.geometryTypeCounts());
        assertThat(chunked.bounds()).isEqualTo(whole.bounds());
        assertThat(chunked.coordinateCount()).isEqualTo(whole.coordinateCount());
        assertThat(chunked.byteCount()).isEqualTo(whole.byteCount());
        for (int i = 0; i < whole.features().size(); i++) {
            MapFeature a = whole.features().get(i);
            MapFeature b = chunked.features().get(i);
            assertThat(b.geometry().equalsExact(a.geometry())).as("geometry of feature " + i).isTrue();
            assertThat(b.properties()).as("properties of feature " + i).isEqualTo(a.properties());
        }
    }
}
