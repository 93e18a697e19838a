package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** A hot journal left by a writer that crashed is rolled back when the briefing is opened for writing. */
class HotJournalTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void openingForWritingRollsBackWhatACrashedWriterLeft() throws Exception {
        Path file = dir.resolve("b.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled().withTitle("Kharkiv"))) {
            Briefing b = f.briefing();
            b.atomically(() -> {
                for (int i = 0; i < 50; i++) {
                    SampleAnnotations.all().forEach(a -> b.add(a.copyWithNewId()));
                }
            });
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HotJournalMaker.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("ready")) {
                assertThat(line).startsWith("SLF4J");
            }
            p.toHandle().destroyForcibly();
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(file.resolveSibling("b.gpkg-journal"))).isTrue();

        assertThatThrownBy(() -> BriefingFile.openReadOnly(file)).isInstanceOf(BriefingFileException.class)
                .hasMessageContaining("unfinished change").hasMessageNotContaining("SQLITE_");
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.readOnly()).isFalse();
            assertThat(f.briefing().info().title()).isEqualTo("Kharkiv");
            assertThat(f.briefing().size()).isEqualTo(50 * SampleAnnotations.all().size());
        }
        assertThat(Files.exists(file.resolveSibling("b.gpkg-journal"))).isFalse();
    }
}
