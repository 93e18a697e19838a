package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.Main;
import org.sitmap.model.Annotation;
import org.sitmap.store.BriefingFile;

/**
 * {@code info}, {@code import} and {@code dump} stream: a child JVM with a 16 MiB heap describes and imports a GeoJSON
 * file three times that size and dumps the briefing back (holding the file's features, or the dump's text, would not
 * fit). The 1 GB / 512 MiB and 200,000-annotation figures are measured by {@code src/bench/scale.sh}.
 */
class StreamingTest {
    private static final int HEAP_MB = 16;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** Writes zones (64-gons) until the file holds {@code bytes}; returns how many. */
    private static int writeZones(Path file, long bytes) throws Exception {
        int count = 0;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            while (written < bytes) {
                double cx = 30 + (count % 997) * 0.01;
                double cy = 46 + (count / 997) * 0.01;
                StringBuilder sb = new StringBuilder(count > 0 ? "," : "").append(String.format(Locale.ROOT,
                        "{\"type\":\"Feature\",\"properties\":{\"kind\":\"zone\",\"id\":\"z%d\",\"title\":\"zone %d\"},"
                                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[", count, count));
                for (int k = 0; k <= 64; k++) {
                    double t = 2 * Math.PI * (k % 64) / 64;
                    sb.append(k > 0 ? "," : "").append(String.format(Locale.ROOT, "[%.6f,%.6f]",
                            cx + 0.004 * Math.cos(t), cy + 0.004 * Math.sin(t)));
                }
                sb.append("]]}}\n");
                w.write(sb.toString());
                written += sb.length();
                count++;
            }
            w.write("]}\n");
        }
        return count;
    }

    /** Runs {@code sitmap args} in a child JVM with a small heap, standard output to {@code out}. */
    private Run sitmap(Path out, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SITMAP_NO_RELAUNCH", "1");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("SLF4J")).reduce("", (a, b) -> a + b + "\n");
        return new Run(p.exitValue(), out.toFile().length() < 100_000 ? Files.readString(out) : "", errText.strip());
    }

    @Test
    @Timeout(900)
    void infoImportAndDumpOfAFileThreeTimesTheHeap() throws Exception {
        Path source = dir.resolve("big.geojson");
        int count = writeZones(source, 3L * HEAP_MB << 20);
        Path briefing = dir.resolve("big.gpkg");

        Run info = sitmap(dir.resolve("info.txt"), "info", source.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains(String.format(Locale.ROOT, "Features:    %,d", count));

        Run imported = sitmap(dir.resolve("import.txt"), "import", source.toString(), briefing.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported " + count + " annotations");
        try (BriefingFile f = BriefingFile.openReadOnly(briefing)) {
            List<Annotation> all = f.briefing().snapshot();
            assertThat(all).hasSize(count);
            assertThat(all.get(count - 1).title()).isEqualTo("zone " + (count - 1));
            assertThat(all.get(count - 1).geometry().getNumPoints()).isEqualTo(65);
        }

        Path dumped = dir.resolve("dump.geojson");
        Run dump = sitmap(dumped, "dump", briefing.toString());
        assertThat(dump.code()).as(dump.err()).isZero();
        assertThat(Files.size(dumped)).isGreaterThan(3L * HEAP_MB << 20);
        try (var lines = Files.lines(dumped)) {
            assertThat(lines.filter(l -> l.contains("\"kind\":\"zone\"")).count()).isEqualTo(count);
        }
    }

    @Test
    @Timeout(600)
    void aFeatureLargerThanTheHeapIsOneLineNamingTheMemoryNeeded() throws Exception {
        Path source = dir.resolve("one.geojson");
        try (BufferedWriter w = Files.newBufferedWriter(source, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                    + "{\"kind\":\"frontline\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[");
            for (int i = 0; i < 2_000_000; i++) {
                w.write(String.format(Locale.ROOT, "%s[%.6f,%.6f]", i > 0 ? "," : "", 30 + i * 1e-6, 50 - i * 1e-6));
            }
            w.write("]}}]}");
        }
        for (String command : List.of("info", "import")) {
            Run r = command.equals("info") ? sitmap(dir.resolve("out.txt"), "info", source.toString())
                    : sitmap(dir.resolve("out.txt"), "import", source.toString(), dir.resolve("b.gpkg").toString());
            assertThat(r.code()).isNotZero();
            assertThat(r.err()).startsWith("sitmap " + command + ": " + source + ": a feature of this")
                    .contains("MiB of memory Java was given").contains("java -Xmx").doesNotContain("\n");
        }
        assertThat(Files.exists(dir.resolve("b.gpkg"))).isFalse();
    }
}
