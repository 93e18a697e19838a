package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.export.ExportSamples;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;

/** The command line refuses inputs and outputs that would lose or corrupt the user's data, in one clear line. */
class CliInputsTest {
    @TempDir
    Path dir;
    Path briefing;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createBriefing() throws Exception {
        briefing = dir.resolve("b.gpkg");
        try (BriefingFile file = BriefingFile.create(briefing, BriefingInfo.untitled())) {
            file.briefing().atomically(() -> ExportSamples.all().forEach(file.briefing()::add));
        }
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SitmapCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** The one line on standard error, checked to be one line. */
    String errorLine() {
        String e = err.toString().strip();
        assertThat(e).as("one line, no stack trace").doesNotContain("\n").doesNotContain("\tat ");
        return e;
    }

    @Test
    void exportRefusesToWriteOverTheBriefingItReads() throws Exception {
        byte[] before = Files.readAllBytes(briefing);
        assertThat(run("export", briefing.toString(), "--format", "png", "--out", briefing.toString())).isEqualTo(2);
        assertThat(errorLine()).contains("b.gpkg", "the briefing being exported");
        assertThat(Files.readAllBytes(briefing)).isEqualTo(before);

        Path link = dir.resolve("link.png");
        Files.createSymbolicLink(link, briefing);
        assertThat(run("export", briefing.toString(), "--out", link.toString())).isEqualTo(2);
        Path hard = dir.resolve("hard.png");
        Files.createLink(hard, briefing);
        assertThat(run("export", briefing.toString(), "--out", hard.toString())).isEqualTo(2);
        assertThat(Files.readAllBytes(briefing)).isEqualTo(before);
        try (BriefingFile f = BriefingFile.openReadOnly(briefing)) {
            assertThat(f.briefing().size()).isEqualTo(ExportSamples.all().size());
        }
    }

    @Test
    void exportRefusesToWriteOverALayerFile() throws Exception {
        Path layer = dir.resolve("layer.geojson");
        AnnotationGeoJson.write(layer, ExportSamples.all());
        byte[] before = Files.readAllBytes(layer);
        assertThat(run("export", briefing.toString(), "--no-base-map", "--layer", layer.toString(), "--format", "png",
                "--out", layer.toString())).isEqualTo(2);
        assertThat(errorLine()).contains("layer.geojson", "--layer");
        assertThat(Files.readAllBytes(layer)).isEqualTo(before);
    }

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertThat(mk.waitFor()).isZero();
        return p;
    }

    @Test
    @Timeout(60)
    void aNamedPipeIsRefusedInsteadOfWaitedOnForever() throws Exception {
        Path pipe = fifo("p.geojson");
        Path pipeBriefing = fifo("p.gpkg");
        assertThat(run("info", pipe.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("sitmap info: " + pipe + ": not a regular file (a named pipe)");
        assertThat(run("import", pipe.toString(), dir.resolve("new.gpkg").toString())).isEqualTo(2);
        assertThat(errorLine()).endsWith("p.geojson: not a regular file (a named pipe)");
        assertThat(run("export", briefing.toString(), "--layer", pipe.toString(), "--out",
                dir.resolve("o.png").toString())).isEqualTo(2);
        assertThat(errorLine()).endsWith("--layer " + pipe + ": not a regular file (a named pipe)");
        assertThat(run("dump", pipeBriefing.toString())).isEqualTo(1);
        assertThat(errorLine()).endsWith("p.gpkg: not a regular file (a named pipe)");
        assertThat(run("export", pipeBriefing.toString(), "--out", dir.resolve("o.png").toString())).isEqualTo(2);
        assertThat(errorLine()).endsWith("p.gpkg: not a regular file (a named pipe)");
        Path source = dir.resolve("x.geojson");
        AnnotationGeoJson.write(source, ExportSamples.all());
        assertThat(run("import", source.toString(), pipeBriefing.toString())).isNotZero();
        assertThat(errorLine()).endsWith("p.gpkg: not a regular file (a named pipe)");
    }

    @Test
    void anEmptyFileNameIsNotTakenForTheCurrentFolder() {
        assertThat(run("info", "")).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("sitmap info: no file name given (the argument is empty)");
        assertThat(run("dump", "")).isEqualTo(1);
        assertThat(errorLine()).contains("no file name given").doesNotContain("folder");
    }

    @Test
    void aBadOptionIsOneLineWithAHintNotTheWholeUsage() {
        assertThat(run("export", briefing.toString(), "--out", "x.png", "--no-such-option")).isEqualTo(2);
        assertThat(errorLine()).contains("--no-such-option", "sitmap export --help");
    }

    @Test
    void numbersInABoxMustBePlainDecimals() {
        for (String box : new String[] {"30d,50f,35,55", "0x1p4,50,35,55", "30,50,35,55,", "30,50,35,Infinity"}) {
            assertThat(run("export", briefing.toString(), "--out", dir.resolve("o.png").toString(), "--bbox", box))
                    .as(box).isEqualTo(2);
            assertThat(errorLine()).startsWith("sitmap export: bad --bbox");
        }
        assertThat(Files.exists(dir.resolve("o.png"))).isFalse();
    }

    @Test
    void theWholeWorldIsBroughtToTheMapsLatitudeLimitWithANote() {
        Path png = dir.resolve("world.png");
        assertThat(run("export", briefing.toString(), "--out", png.toString(), "--bbox", "-180,-90,180,90",
                "--size", "400x300", "--no-base-map")).as(err.toString()).isZero();
        assertThat(errorLine()).contains("note", "--bbox", "85.05");
        assertThat(Files.exists(png)).isTrue();
    }

    @Test
    void aFormatThatContradictsTheFileNameIsRefused() {
        Path png = dir.resolve("x.png");
        assertThat(run("export", briefing.toString(), "--format", "pdf", "--out", png.toString())).isEqualTo(2);
        assertThat(errorLine()).contains("--format pdf", "x.png", "PNG");
        assertThat(Files.exists(png)).isFalse();
    }

    @Test
    void aNegativeFrameTimeIsRefused() {
        assertThat(run("export", briefing.toString(), "--from", "2024-08-01", "--to", "2024-08-02", "--frame-ms",
                "-5", "--out", dir.resolve("s.gif").toString())).isEqualTo(2);
        assertThat(errorLine()).contains("--frame-ms -5");
    }

    @Test
    void anOutputUnderAFileSaysThatItIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        assertThat(run("export", briefing.toString(), "--out", file.resolve("o.png").toString())).isEqualTo(2);
        assertThat(errorLine()).endsWith(file + " is a file, not a folder");
    }

    @Test
    void aLongitudeOffTheGlobeIsRefusedLikeALatitude() throws Exception {
        String feature = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[%s]},\"properties\":{\"kind\":\"marker\",\"id\":\"m1\","
                + "\"title\":\"M\",\"side\":\"ukraine\",\"confidence\":\"confirmed\"}}]}";
        Path target = dir.resolve("new.gpkg");
        for (String position : new String[] {"200,50", "30,95"}) {
            Path source = Files.writeString(dir.resolve("p.geojson"), feature.formatted(position));
            assertThat(run("import", source.toString(), target.toString())).as(position).isEqualTo(1);
            assertThat(errorLine()).contains("line 1, column").contains(position.startsWith("200") ? "longitude 200"
                    : "latitude 95");
        }
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aFileWithOnlyTheGzipMagicSaysSo() throws Exception {
        Path gz = Files.write(dir.resolve("g.geojson"), new byte[] {0x1f, (byte) 0x8b});
        assertThat(run("info", gz.toString())).isEqualTo(1);
        assertThat(errorLine()).contains("g.geojson", "gzip", "truncated").doesNotContain("null");
    }
}
