package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Affiliation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.store.BriefingFile;

/** Sides through the GeoJSON interchange: the "sitmap" member on import and dump, and what an import refuses. */
class SidesInterchangeTest {
    private static final String SUDAN = """
            {"type": "FeatureCollection",
             "sitmap": {"sides": [
               {"code": "saf", "name": "Sudanese Armed Forces", "colour": "#1F5FBF", "affiliation": "friend"},
               {"code": "rsf", "name": "Rapid Support Forces", "colour": "#C62828", "affiliation": "hostile"}]},
             "features": [
              {"type": "Feature", "properties": {"kind": "marker", "id": "palace", "side": "rsf",
                "title": "Presidential palace"}, "geometry": {"type": "Point", "coordinates": [32.534, 15.612]}},
              {"type": "Feature", "properties": {"kind": "marker", "id": "hq", "side": "saf",
                "title": "General Command"}, "geometry": {"type": "Point", "coordinates": [32.541, 15.6]}}]}
            """;
    private static final String LEGACY = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"kind": "marker", "id": "sudzha", "side": "ukraine"},
               "geometry": {"type": "Point", "coordinates": [35.27, 51.19]}}]}
            """;

    @TempDir
    Path dir;
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static SideList sidesOf(Path gpkg) throws Exception {
        try (BriefingFile f = BriefingFile.openReadOnly(gpkg)) {
            return f.briefing().info().sides();
        }
    }

    @Test
    void theFilesSidesAreCreatedAndDumpWritesThemBack() throws Exception {
        Path gpkg = dir.resolve("sudan.gpkg");
        assertThat(run("import", write("sudan.geojson", SUDAN).toString(), gpkg.toString())).as(cli.err())
                .isZero();
        SideList sides = sidesOf(gpkg);
        assertThat(sides.list()).containsExactly(
                new BriefingSide(Side.of("saf"), "Sudanese Armed Forces", "#1F5FBF", Affiliation.FRIEND),
                new BriefingSide(Side.of("rsf"), "Rapid Support Forces", "#C62828", Affiliation.HOSTILE));

        assertThat(run("dump", gpkg.toString())).as(cli.err()).isZero();
        String dumped = cli.out();
        assertThat(dumped).contains("\"sitmap\":{\"sides\":[{\"code\":\"saf\",\"name\":\"Sudanese Armed Forces\"");
        Path again = dir.resolve("again.gpkg");
        assertThat(run("import", write("dumped.geojson", dumped).toString(), again.toString())).as(cli.err())
                .isZero();
        assertThat(sidesOf(again)).isEqualTo(sides);
    }

    @Test
    void theExportedLegendNamesTheBriefingsSides() throws Exception {
        String zone = SUDAN.replace("\"kind\": \"marker\", \"id\": \"palace\"", "\"kind\": \"zone\", \"id\": \"palace\"")
                .replace("{\"type\": \"Point\", \"coordinates\": [32.534, 15.612]}",
                        "{\"type\": \"Polygon\", \"coordinates\": [[[32.4, 15.5], [32.7, 15.5], [32.7, 15.7], [32.4, 15.5]]]}");
        Path gpkg = dir.resolve("legend.gpkg");
        assertThat(run("import", write("zone.geojson", zone).toString(), gpkg.toString())).as(cli.err())
                .isZero();
        Path pdf = dir.resolve("legend.pdf");
        assertThat(run("export", gpkg.toString(), "--out", pdf.toString(), "--paper", "A4", "--no-base-map"))
                .as(cli.err()).isZero();
        assertThat(CliRun.pdfText(pdf)).contains("Rapid Support Forces:");
    }

    @Test
    void aFileWithoutTheMemberKeepsWorkingWithTheOldSides() throws Exception {
        Path gpkg = dir.resolve("legacy.gpkg");
        assertThat(run("import", write("legacy.geojson", LEGACY).toString(), gpkg.toString())).as(cli.err())
                .isZero();
        assertThat(sidesOf(gpkg).nameOf(Side.UKRAINE)).isEqualTo("Ukraine");
        assertThat(sidesOf(gpkg).contains(Side.UKRAINE)).isTrue();
    }

    @Test
    void aSideTheBriefingDefinesNeedNotBeInTheFile() throws Exception {
        Path gpkg = dir.resolve("sudan.gpkg");
        assertThat(run("import", write("sudan.geojson", SUDAN).toString(), gpkg.toString())).isZero();
        String more = LEGACY.replace("\"ukraine\"", "\"rsf\"").replace("sudzha", "omdurman");
        assertThat(run("import", write("more.geojson", more).toString(), gpkg.toString())).as(cli.err())
                .isZero();
        assertThat(sidesOf(gpkg).nameOf(Side.of("rsf"))).isEqualTo("Rapid Support Forces");
    }

    @Test
    void anUnknownSideIsRefusedWholeAndTheBriefingIsUntouched() throws Exception {
        Path gpkg = dir.resolve("sudan.gpkg");
        assertThat(run("import", write("sudan.geojson", SUDAN).toString(), gpkg.toString())).isZero();
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(gpkg));
        String bad = SUDAN.replace("\"id\": \"hq\", \"side\": \"saf\"", "\"id\": \"hq\", \"side\": \"jem\"")
                .replace("\"palace\"", "\"palace-2\"");

        int code = run("import", "--new-ids", write("bad.geojson", bad).toString(), gpkg.toString());

        assertThat(code).isEqualTo(1);
        assertThat(cli.err()).contains("feature 1").contains("General Command").contains("\"jem\"");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(gpkg))))
                .isEqualTo(HexFormat.of().formatHex(before));
        try (BriefingFile f = BriefingFile.openReadOnly(gpkg)) {
            assertThat(f.briefing().annotations()).hasSize(2);
        }
        // Into a new briefing: none is left behind.
        assertThat(run("import", write("bad2.geojson", bad).toString(), dir.resolve("new.gpkg").toString()))
                .isEqualTo(1);
        assertThat(List.of(dir.toFile().list())).doesNotContain("new.gpkg");
    }
}
