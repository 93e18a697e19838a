package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rivers are named on the map: a theatre-scale PDF of an empty briefing (so no annotation writes a river's name)
 * holds the names of the Seym and the Don (and in English the Prypiat) as text, in the language of the place names. (Not the Dnipro:
 * the city of that name would pass the test without the river; the Desna's name stands nearly upright, which the PDF
 * text extractor does not read as a word.)
 */
class RiverNamesExportTest {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun();

    private String theatreText(String placeNames) throws Exception {
        Path source = Files.writeString(dir.resolve("empty.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": []}");
        Path gpkg = dir.resolve("empty-" + placeNames + ".gpkg");
        assertThat(cli.run("import", source.toString(), gpkg.toString())).as(cli.err()).isZero();
        Path pdf = dir.resolve("theatre-" + placeNames + ".pdf");
        assertThat(cli.run("export", gpkg.toString(), "--paper", "A4", "--dpi", "150", "--bbox", "29.5,47,40.5,53",
                "--no-legend", "--place-names", placeNames, "--out", pdf.toString())).as(cli.err()).isZero();
        return CliRun.pdfText(pdf);
    }

    @Test
    void theatreRiversAreNamedInEnglish() throws Exception {
        assertThat(theatreText("en")).contains("Seym\n", "Prypiat\n", "Don\n");
    }

    @Test
    void theatreRiversAreNamedInUkrainianAndRussian() throws Exception {
        assertThat(theatreText("uk")).contains("Сейм\n", "Дон\n").doesNotContain("Seym", "Prypiat");
        assertThat(theatreText("ru")).contains("Сейм\n", "Дон\n").doesNotContain("Seym", "Prypiat", "Дніпро");
    }
}
