package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.BriefingInfo;

/** kill -9 while a new briefing is being created leaves no empty or half-made briefing under its name. */
class CreateCrashTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void killDuringCreationLeavesOnlyWholeBriefings() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path folder = Files.createDirectory(dir.resolve("round" + round));
            killWhileCreating(folder, 40 + 25 * round);
            List<Path> briefings;
            try (Stream<Path> files = Files.list(folder)) {
                briefings = files.filter(p -> p.getFileName().toString().matches("\\d+\\.gpkg")).toList();
            }
            assertThat(briefings).isNotEmpty();
            for (Path p : briefings) {
                try (BriefingFile f = BriefingFile.open(p)) {
                    assertThat(f.readOnly()).as("%s", p).isFalse();
                }
            }
            // The briefing the killed process was making can be made now: nothing blocks the retry.
            Path next = folder.resolve(briefings.size() + ".gpkg");
            if (!Files.exists(next)) {
                BriefingFile.create(next, BriefingInfo.untitled()).close();
            }
            try (BriefingFile f = BriefingFile.open(next)) {
                assertThat(f.readOnly()).isFalse();
            }
        }
    }

    /** Starts {@link CreateLoopWriter} and kills it (SIGKILL) once it has created {@code count} files. */
    private static void killWhileCreating(Path folder, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CreateLoopWriter.class.getName(), folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("created ") && Integer.parseInt(line.substring(8)) >= count) {
                    Thread.sleep(count % 7); // somewhere inside a later creation
                    p.toHandle().destroyForcibly();
                    break;
                } else if (!line.startsWith("created ") && !line.startsWith("SLF4J")) {
                    throw new AssertionError("child said: " + line);
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
