package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.PlaceNames;
import org.sitmap.store.BriefingFile;

/**
 * {@code sitmap export --place-names}: a PDF names the towns around Sumy, Sudzha and Kursk in the language asked for,
 * as text a reader can search; a briefing's own choice is what an export shows without the option. The briefing is
 * empty, so only the base map writes these names (an annotation titled "Sudzha: ..." would hide a missing one).
 */
class PlaceNamesExportTest {
    private static final String AROUND_SUDZHA = "34.3,50.6,36.6,51.9";

    @TempDir
    Path dir;
    private final CliRun cli = new CliRun();

    private Path emptyBriefing() throws Exception {
        Path source = Files.writeString(dir.resolve("empty.geojson"),
                "{\"type\": \"FeatureCollection\", \"features\": []}");
        Path gpkg = dir.resolve("empty.gpkg");
        assertThat(cli.run("import", source.toString(), gpkg.toString())).as(cli.err()).isZero();
        return gpkg;
    }

    private String exportedText(Path briefing, String... placeNames) throws Exception {
        Path pdf = dir.resolve("map-" + System.nanoTime() + ".pdf");
        List<String> args = new ArrayList<>(List.of("export", briefing.toString(), "--paper", "A4", "--dpi", "150",
                "--bbox", AROUND_SUDZHA, "--no-legend", "--out", pdf.toString()));
        if (placeNames.length > 0) {
            args.addAll(List.of("--place-names", placeNames[0]));
        }
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        return CliRun.pdfText(pdf);
    }

    @Test
    void englishIsTheDefault() throws Exception {
        String text = exportedText(emptyBriefing());
        assertThat(text).contains("Sumy\n", "Sudzha\n", "Kursk\n").doesNotContain("Суми", "Сумы", "Суджа", "Курск");
    }

    @Test
    void ukrainianNamesTheTownsInUkrainian() throws Exception {
        String text = exportedText(emptyBriefing(), "uk");
        assertThat(text).contains("Суми", "Суджа", "Курськ", "Білопілля").doesNotContain("Сумы", "Курск", "Sumy\n");
    }

    @Test
    void russianNamesTheTownsInRussian() throws Exception {
        String text = exportedText(emptyBriefing(), "ru");
        assertThat(text).contains("Сумы", "Суджа", "Курск", "Рыльск").doesNotContain("Суми", "Курськ", "Sumy\n");
    }

    @Test
    void localNamesEachTownInItsCountrysLanguage() throws Exception {
        String text = exportedText(emptyBriefing(), "local");
        // Sumy is in Ukraine, Sudzha and Kursk in Russia.
        assertThat(text).contains("Суми", "Суджа", "Курск").doesNotContain("Сумы", "Курськ");
    }

    @Test
    void theBriefingsOwnChoiceIsExportedAndTheOptionOverridesIt() throws Exception {
        Path briefing = emptyBriefing();
        try (BriefingFile f = BriefingFile.open(briefing)) {
            f.briefing().setInfo(f.briefing().info().withPlaceNames(PlaceNames.RUSSIAN));
        }
        assertThat(exportedText(briefing)).contains("Сумы");
        assertThat(exportedText(briefing, "en")).contains("Sumy\n").doesNotContain("Сумы");
    }

    @Test
    void anUnknownLanguageIsRefusedInOneLine() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        int code = cli.run("export", emptyBriefing().toString(), "--out", pdf.toString(), "--place-names", "de");
        assertThat(code).isEqualTo(2);
        assertThat(cli.err().strip().lines()).hasSize(1);
        assertThat(cli.err()).contains("--place-names", "'de'", "en, local, uk or ru");
        assertThat(Files.exists(pdf)).isFalse();
    }
}
