package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Coordinate;

/**
 * Fuzzes the GeoJSON reader (layers and annotations): whatever the bytes, it reads features that lie on the globe or
 * refuses the file with a {@link GeoJsonException} whose one-line message names the file; nothing else may escape.
 *
 * <p>In every build this runs in regression mode over the committed inputs in
 * {@code src/test/resources/org/sitmap/geo/GeoJsonFuzzTestInputs/readerRefusesOrReads} (the hostile cases of issue
 * 14: duplicate keys, overlong UTF-8, UTF-16, gzip magic only, off-globe coordinates, hex floats, trailing commas,
 * deep nesting, ...). To fuzz: {@code JAZZER_FUZZ=1 mvn -o test -Dtest=GeoJsonFuzzTest} (stops after
 * {@code maxDuration}; a crash is written to the inputs folder above, to be committed with its fix).
 */
class GeoJsonFuzzTest {
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("geojson-fuzz");
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void readerRefusesOrReads(byte[] data) throws IOException {
        try {
            LoadResult r = new GeoJsonLoader().load(new ByteArrayInputStream(data), "fuzz.geojson", data.length,
                    null, null);
            assertThat(r.featureCount()).isPositive();
            r.features().forEach(f -> assertOnGlobe(f.geometry().getCoordinates(), 540));
        } catch (GeoJsonException e) {
            assertOneLineNaming(e, "fuzz.geojson");
        }
        Path file = dir.resolve("fuzz-annotations.geojson");
        Files.write(file, data);
        try {
            AnnotationGeoJson.scan(file, (i, a) -> assertOnGlobe(a.geometry().getCoordinates(), 180));
        } catch (GeoJsonException e) {
            assertOneLineNaming(e, "fuzz-annotations.geojson");
        }
    }

    private static void assertOneLineNaming(GeoJsonException e, String name) {
        assertThat(e.getMessage()).startsWith(name).doesNotContain("\n").doesNotContain("Exception");
    }

    private static void assertOnGlobe(Coordinate[] coordinates, double maxLongitude) {
        for (Coordinate c : coordinates) {
            assertThat(Math.abs(c.x)).isLessThanOrEqualTo(maxLongitude);
            assertThat(Math.abs(c.y)).isLessThanOrEqualTo(90);
        }
    }
}
