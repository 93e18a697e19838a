package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.Main;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;

/**
 * A file nobody may read (mode 000) is refused in one line that gives the reason. The tests run as root, who reads
 * anything; the child JVM runs as root without the capabilities that override file permissions ({@code setpriv
 * --bounding-set=-dac_override,-dac_read_search}), so the file's mode counts as it would for an ordinary user. (Running
 * the child as {@code nobody} does not work here: the class path lies under {@code /root}, mode 700.)
 */
class PermissionDeniedTest {
    @TempDir
    Path dir;
    Path geojson;
    Path briefing;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void files() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is missing");
        geojson = dir.resolve("a.geojson");
        AnnotationGeoJson.write(geojson, SampleAnnotations.importable());
        briefing = dir.resolve("b.gpkg");
        BriefingFile.create(briefing, BriefingInfo.untitled()).close();
    }

    /** Runs {@code sitmap args} in a child JVM that file permissions apply to. */
    Run sitmap(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SITMAP_NO_RELAUNCH", "1");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("SLF4J")).reduce("", (a, b) -> a + b + "\n");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText.strip());
    }

    private static void lock(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    }

    private static void assertRefused(Run r, String command, String file) {
        assertThat(r.code()).as(r.err()).isNotZero();
        assertThat(r.err()).isEqualTo("sitmap " + command + ": " + file + ": cannot be read: permission denied");
    }

    @Test
    @Timeout(300)
    void unreadableGeoJsonIsRefusedWithTheReason() throws Exception {
        lock(geojson);
        assertRefused(sitmap("info", geojson.toString()), "info", geojson.toString());
        Run imported = sitmap("import", geojson.toString(), briefing.toString());
        assertRefused(imported, "import", geojson.toString());
        assertThat(imported.out()).doesNotContain("Imported");
    }

    @Test
    @Timeout(300)
    void unreadableBriefingIsRefusedWithTheReasonAndLeftAlone() throws Exception {
        byte[] before = Files.readAllBytes(briefing);
        lock(briefing);
        assertRefused(sitmap("dump", briefing.toString()), "dump", "b.gpkg");
        assertRefused(sitmap("import", geojson.toString(), briefing.toString()), "import", "b.gpkg");
        assertThat(sitmap("export", briefing.toString(), "--out", dir.resolve("o.png").toString()).err())
                .endsWith("b.gpkg: cannot be read: permission denied");
        assertThat(Files.readAllBytes(briefing)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("o.png"))).isFalse();
    }
}
