package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.Main;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;

/**
 * A nearly full disk, played by a child process with a file-size limit ({@code ulimit -f}: writes past it fail with
 * EFBIG; the JVM ignores SIGXFSZ): every failure is one line and a non-zero exit, and nothing is lost.
 */
class DiskFullTest {
    @TempDir
    Path dir;
    Path cache;

    /** The exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void fillTheNativeLibraryCache() throws Exception {
        cache = Files.createDirectory(dir.resolve("cache"));
        Path empty = dir.resolve("empty.gpkg");
        BriefingFile.create(empty, BriefingInfo.untitled()).close();
        assertThat(sitmap(0, cache, "dump", empty.toString()).code()).isZero();
    }

    /** Runs {@code sitmap args} in a child JVM limited to {@code limitKb} KiB per file (0: no limit). */
    Run sitmap(int limitKb, Path cacheHome, String... args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(List.of(args));
        StringBuilder line = new StringBuilder(limitKb > 0 ? "ulimit -f " + limitKb + "; exec" : "exec");
        for (String a : java) {
            line.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", line.toString());
        pb.environment().put("SITMAP_NO_RELAUNCH", "1");
        pb.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("SLF4J")).reduce("", (a, b) -> a + b + "\n");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText.strip());
    }

    private Path briefingOf(int count) throws Exception {
        Path file = dir.resolve("b.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            Briefing b = f.briefing();
            Annotation template = SampleAnnotations.all().get(0);
            b.atomically(() -> {
                for (int i = 0; i < count; i++) {
                    b.add(template.copyWithNewId().withTitle("zone " + i));
                }
            });
        }
        return file;
    }

    private Path geojsonOf(int count) throws IOException {
        Path file = dir.resolve("more.geojson");
        List<Annotation> list = new ArrayList<>();
        Annotation template = SampleAnnotations.all().get(0);
        for (int i = 0; i < count; i++) {
            list.add(template.copyWithNewId().withTitle("imported " + i));
        }
        AnnotationGeoJson.write(file, list);
        return file;
    }

    private static void assertOneLine(Run r) {
        assertThat(r.err()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("SEVERE");
    }

    @Test
    @Timeout(300)
    void aCheckpointThatFailsIsAnErrorAndTheImportSurvivesInTheWal() throws Exception {
        Path briefing = briefingOf(1200);
        Path more = geojsonOf(150);
        // Room for the WAL (the new pages), not for the briefing to grow by them.
        int limitKb = (int) (Files.size(briefing) / 1024) + 4;
        Run r = sitmap(limitKb, cache, "import", more.toString(), briefing.toString());
        assertThat(r.code()).as(r.err()).isNotZero();
        assertOneLine(r);
        assertThat(r.out()).doesNotContain("Imported");
        assertThat(r.err()).contains("b.gpkg-wal", "keep", "b.gpkg-shm");
        assertThat(Files.exists(briefing.resolveSibling("b.gpkg-wal"))).isTrue();
        // With room again, the briefing opens with everything and is one file after closing.
        try (BriefingFile f = BriefingFile.open(briefing)) {
            assertThat(f.briefing().size()).isEqualTo(1350);
        }
        assertThat(Files.exists(briefing.resolveSibling("b.gpkg-wal"))).isFalse();
    }

    @Test
    @Timeout(300)
    void aNewBriefingThatCannotBeWrittenIsNotLeftBehind() throws Exception {
        Path more = geojsonOf(400);
        Path target = dir.resolve("new.gpkg");
        Run r = sitmap(100, cache, "import", more.toString(), target.toString());
        assertThat(r.code()).isNotZero();
        assertOneLine(r);
        assertThat(r.err()).startsWith("sitmap import: new.gpkg: nothing imported (").contains("full");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("new.gpkg"));
        }
    }

    @Test
    @Timeout(300)
    void theNativeLibrarysFolderIsRememberedAndAWrongAnswerIsAskedForAgain() throws Exception {
        Path briefing = briefingOf(1);
        Path nativeFolder = cache.resolve("sitmap").resolve("native");
        Path answer;
        try (var files = Files.list(nativeFolder)) {
            answer = files.filter(p -> p.getFileName().toString().endsWith(".folder")).findFirst().orElseThrow();
        }
        String folder = Files.readString(answer);
        assertThat(folder).startsWith("/org/sqlite/native/");
        Files.writeString(answer, "/org/sqlite/native/NoSuchSystem/none");
        Run r = sitmap(0, cache, "dump", briefing.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("zone 0");
        assertThat(Files.readString(answer)).isEqualTo(folder);
    }

    @Test
    @Timeout(300)
    void aNativeLibraryThatCannotBeUnpackedIsOneLine() throws Exception {
        Path briefing = briefingOf(3);
        Path freshCache = Files.createDirectory(dir.resolve("fresh"));
        Run r = sitmap(100, freshCache, "dump", briefing.toString());
        assertThat(r.code()).isNotZero();
        assertOneLine(r);
        assertThat(r.err()).startsWith("sitmap dump: b.gpkg: ").contains("SQLite's native library");
        assertThat(sitmap(0, freshCache, "dump", briefing.toString()).code()).isZero();
        try (var files = Files.list(freshCache.resolve("sitmap").resolve("native"))) {
            // The library, and the driver's answer to which of its libraries fits this system.
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2).filteredOn(n -> !n.endsWith(".folder"))
                    .singleElement().asString().contains("sqlitejdbc");
        }
    }
}
