package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Coordinate;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/**
 * Fuzzes the briefing opener: a sound briefing with a few bytes changed where the fuzzer says either opens with
 * every annotation on the globe, or is refused with a {@link BriefingFileException} whose one-line message names the
 * file; the streamed reader ({@code dump}) agrees. Nothing else may escape.
 *
 * <p>Regression mode in every build over {@code src/test/resources/org/sitmap/store/BriefingOpenFuzzTestInputs};
 * to fuzz: {@code JAZZER_FUZZ=1 mvn -o test -Dtest=BriefingOpenFuzzTest}.
 */
class BriefingOpenFuzzTest {
    private static Path dir;
    private static byte[] sound;

    @BeforeAll
    static void soundBriefing() throws Exception {
        dir = Files.createTempDirectory("briefing-fuzz");
        Path file = dir.resolve("sound.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            Briefing b = f.briefing();
            b.atomically(() -> SampleAnnotations.importable().forEach(b::add));
        }
        sound = Files.readAllBytes(file);
    }

    @AfterAll
    static void clean() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "5m")
    void openerRefusesOrOpens(FuzzedDataProvider data) throws IOException {
        byte[] bytes = sound.clone();
        int changes = data.consumeInt(1, 16);
        for (int i = 0; i < changes && data.remainingBytes() > 0; i++) {
            bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
        }
        Path file = dir.resolve("fuzzed.gpkg");
        Files.write(file, bytes);
        int opened = -1;
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            for (Annotation a : f.briefing().snapshot()) {
                assertOnGlobe(a.geometry().getCoordinates());
            }
            opened = f.briefing().size();
        } catch (BriefingFileException e) {
            assertThat(e.getMessage()).startsWith("fuzzed.gpkg: ").doesNotContain("\n");
        }
        int[] streamed = {0};
        try {
            BriefingStream.forEach(file, a -> streamed[0]++);
            assertThat(streamed[0]).isEqualTo(opened);
        } catch (BriefingFileException e) {
            assertThat(opened).isEqualTo(-1);
        }
    }

    private static void assertOnGlobe(Coordinate[] coordinates) {
        for (Coordinate c : coordinates) {
            assertThat(Math.abs(c.x)).isLessThanOrEqualTo(180);
            assertThat(Math.abs(c.y)).isLessThanOrEqualTo(90);
        }
    }
}
