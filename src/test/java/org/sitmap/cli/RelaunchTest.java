package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
    void aRelaunchedExportReadsItsOptionsDrawsAndSaysWhatIsWrongInOneLine() throws Exception {
        // The child JVM loads picocli from the boot class path and the fonts on a thread of their own.
        Path briefing = dir.resolve("b.gpkg");
        try (BriefingFile f = BriefingFile.create(briefing, BriefingInfo.untitled())) {
            f.briefing().atomically(() -> ExportSamples.all().forEach(f.briefing()::add));
        }
        Path png = dir.resolve("map.png");
        Process ok = launcher("export", briefing.toString(), "--size", "400x300", "--out", png.toString()).start();
        assertThat(ok.waitFor(120, TimeUnit.SECONDS)).isTrue();
        // (The tests' class path brings an SLF4J without a provider, which warns; the application's does not.)
        String okErr = new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("SLF4J")).reduce("", (a, b) -> a + b + "\n");
        assertThat(ok.exitValue()).as(okErr).isZero();
        assertThat(okErr).isEmpty();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(400);

        Process bad = launcher("export", briefing.toString(), "--out", png.toString(), "--bogus").start();
        assertThat(bad.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("SLF4J")).reduce("", (a, b) -> a + b).strip())
                .isEqualTo("sitmap export: Unknown option: '--bogus' (see 'sitmap export --help')");
    }

    /** {@code sitmap args} started as {@code java -cp ... Main} would be, so that it runs in a child JVM. */
    private ProcessBuilder launcher(String... args) {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SITMAP_NO_RELAUNCH");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        return pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }

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
