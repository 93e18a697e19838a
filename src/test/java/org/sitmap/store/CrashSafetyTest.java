package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;

/** kill -9 in the middle of editing loses at most the edit in flight. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void killedWriterLosesNoCommittedEdit() throws Exception {
        Path file = dir.resolve("crash.gpkg");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
        int lastCommitted = -1;
        boolean killed = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Integer.parseInt(line.substring("committed ".length()));
                    if (lastCommitted >= 200 && !killed) {
                        p.toHandle().destroyForcibly(); // SIGKILL; unlike Process.destroy, keeps our pipe open
                        killed = true;  // keep reading: lines already in the pipe are edits that were committed
                    }
                } else if (!line.startsWith("SLF4J")) {
                    throw new AssertionError("child said: " + line);
                }
            }
        } finally {
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastCommitted).isGreaterThanOrEqualTo(200);
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.readOnly()).as("the dead process's lock does not count").isFalse();
            List<Annotation> list = f.briefing().annotations();
            assertThat(list.size()).isBetween(lastCommitted + 1, lastCommitted + 2);
            for (int i = 0; i <= lastCommitted; i++) {
                assertThat(list.get(i).title()).isEqualTo("edit " + i);
            }
            int n = list.size() - 1;
            assertThat(f.briefing().info().title()).isEqualTo("after edit " + n);
        }
        assertThat(StoreTestSupport.sidecars(file)).isEmpty();
    }
}
