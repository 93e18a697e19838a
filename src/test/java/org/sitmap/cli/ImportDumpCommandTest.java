package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;

class ImportDumpCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path samples() throws Exception {
        Path geojson = dir.resolve("annotations.geojson");
        AnnotationGeoJson.write(geojson, SampleAnnotations.importable());
        return geojson;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void assertSame(List<Annotation> actual, List<Annotation> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).sameContent(expected.get(i))).as("%s", expected.get(i)).isTrue();
        }
    }

    @Test
    void importCreatesTheBriefingAndDumpGivesTheAnnotationsBack() throws Exception {
        Path gpkg = dir.resolve("briefing.gpkg");
        assertThat(run("import", samples().toString(), gpkg.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Imported 8 annotations into " + gpkg + ", a new briefing (8 in all)");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("annotations.geojson", "briefing.gpkg");

        String hash = sha256(gpkg);
        assertThat(run("dump", gpkg.toString())).as(cli.err()).isZero();
        assertThat(sha256(gpkg)).as("dump never writes").isEqualTo(hash);
        Path dumped = dir.resolve("dumped.geojson");
        Files.writeString(dumped, cli.out());
        assertSame(AnnotationGeoJson.read(dumped), SampleAnnotations.importable());
    }

    @Test
    void importAppendsAndRefusesIdsTheBriefingHoldsUnlessAskedForNewIds() throws Exception {
        Path gpkg = dir.resolve("briefing.gpkg");
        Path geojson = samples();
        assertThat(run("import", geojson.toString(), gpkg.toString())).isZero();
        String hash = sha256(gpkg);
        assertThat(run("import", geojson.toString(), gpkg.toString())).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("sitmap import: briefing.gpkg already holds 8 of these "
                + "annotations (id zone-1, ...); nothing imported. Use --new-ids to import them as copies with new ids");
        assertThat(sha256(gpkg)).isEqualTo(hash);

        assertThat(run("import", "--new-ids", geojson.toString(), gpkg.toString())).isZero();
        assertThat(cli.out()).startsWith("Imported 8 annotations into " + gpkg + " (16 in all)");
        try (BriefingFile f = BriefingFile.openReadOnly(gpkg)) {
            assertThat(f.briefing().size()).isEqualTo(16);
            assertThat(f.briefing().annotations().get(8).title()).isEqualTo(SampleAnnotations.all().get(0).title());
        }
    }

    @Test
    void oneBadFeatureImportsNothing() throws Exception {
        Path gpkg = dir.resolve("briefing.gpkg");
        assertThat(run("import", samples().toString(), gpkg.toString())).isZero();
        String hash = sha256(gpkg);
        Path bad = dir.resolve("annotations-bad.geojson");
        List<String> lines = Files.readAllLines(samples());
        // feature 3 is the movement arrow: give it a polygon... and make feature 0 a line instead of a zone polygon
        String zoneLine = lines.get(1);
        lines.set(1, zoneLine.replaceFirst("\"id\":\"zone-1\"", "\"id\":\"zone-9\"")
                .replaceFirst("\"geometry\":.*", "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}},"));
        lines.replaceAll(l -> l.replace("\"id\":\"evac-1\"", "\"id\":\"evac-9\""));
        Files.write(bad, lines);
        assertThat(run("import", bad.toString(), gpkg.toString())).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("sitmap import: annotations-bad.geojson: feature 0: zone needs a "
                + "Polygon or MultiPolygon, not a LineString");
        assertThat(sha256(gpkg)).isEqualTo(hash);

        Path fresh = dir.resolve("fresh.gpkg");
        assertThat(run("import", bad.toString(), fresh.toString())).isEqualTo(1);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void missingOrDamagedFilesGiveOneLineErrors() throws Exception {
        assertThat(run("dump", dir.resolve("nope.gpkg").toString())).isEqualTo(1);
        assertThat(cli.err().strip()).isEqualTo("sitmap dump: nope.gpkg: no such file");
        Path text = dir.resolve("text.gpkg");
        Files.writeString(text, "hello");
        assertThat(run("dump", text.toString())).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("sitmap dump: text.gpkg: not a SQLite database");
        assertThat(run("import", samples().toString(), text.toString())).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("sitmap import: text.gpkg: not a SQLite database");
        assertThat(Files.readString(text)).isEqualTo("hello");
        assertThat(run("import", dir.resolve("none.geojson").toString(), dir.resolve("x.gpkg").toString()))
                .isEqualTo(2);
        assertThat(cli.err().strip()).endsWith("none.geojson: no such file");
    }
}
