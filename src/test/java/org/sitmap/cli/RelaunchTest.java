package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.Main;
import org.sitmap.export.ExportSamples;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;

/** The child JVM that runs a short command for the launcher dies with it, even when the launcher is SIGKILLed. */
class RelaunchTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void killingTheLauncherEndsTheCommandItStarted() throws Exception {
        Path briefing = dir.resolve("b.gpkg");
        try (BriefingFile f = BriefingFile.create(briefing, BriefingInfo.untitled())) {
            f.briefing().atomically(() -> ExportSamples.all().forEach(f.briefing()::add));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A year of daily maps: long enough to be killed in the middle.
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "export", briefing.toString(), "--from", "2024-01-01", "--to", "2024-12-31",
                "--size", "800x600", "--out", dir.resolve("days").toString());
        pb.environment().remove("SITMAP_NO_RELAUNCH");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process launcher = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle child = null;
        try {
            for (int i = 0; i < 600 && child == null; i++) {
                Optional<ProcessHandle> c = launcher.toHandle().children().findFirst();
                if (c.isPresent()) {
                    child = c.get();
                } else {
                    Thread.sleep(50);
                }
            }
            assertThat(child).as("the launcher started a child JVM").isNotNull();
            Thread.sleep(1500);
            assertThat(child.isAlive()).isTrue();
            launcher.destroyForcibly(); // SIGKILL: no shutdown hook of the launcher runs
            assertThat(launcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
            ProcessHandle orphan = child;
            assertThat(orphan.onExit().handle((p, e) -> true).get(150, TimeUnit.SECONDS)).isTrue();
            // It stopped, rather than finishing the year on its own.
            try (Stream<Path> days = Files.list(dir.resolve("days"))) {
                assertThat(days.count()).isLessThan(366);
            }
        } finally {
            launcher.destroyForcibly();
            if (child != null) {
                child.destroyForcibly();
            }
        }
    }
}
