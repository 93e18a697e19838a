package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** An export anywhere in the world names its regions and towns, not only in the theatre of the worked example. */
class WorldExportTest {
    static ExportContent content;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBaseMap() {
        content = ExportContent.withBaseMap(List.of(), List.of(), null, () -> false);
    }

    private String pdfText(Envelope lonLat) throws IOException {
        ExportSpec spec = ExportSpec.of(lonLat, PageSize.paper(PageSize.Paper.A4, true, 150), ExportFormat.PDF)
                .withTitle("Situation map");
        Path out = dir.resolve("map.pdf");
        new PdfExporter().export(new MapComposer(spec, content), out, null, () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aMapAroundKhartoumNamesItsStatesAndTowns() throws IOException {
        String text = pdfText(new Envelope(31.0, 35.0, 13.6, 16.6));
        // Towns of every size: the capital, its twin city and small towns of a few thousand people.
        assertThat(text).contains("Khartoum", "Omdurman", "Wad Medani", "Al Jazirah");
        assertThat(text).containsAnyOf("Al Kadaru", "Wad Rawah", "Wad Rāwah", "Al Jaylī", "Al Kiryāb");
    }

    @Test
    void aMapAroundElFasherNamesDarfur() throws IOException {
        String text = pdfText(new Envelope(21.5, 28.5, 11.5, 17.0));
        assertThat(text).contains("El Fasher", "North Darfur");
    }

    @Test
    void aMapAroundKurskStillNamesItsOblastsAndTowns() throws IOException {
        String text = pdfText(new Envelope(34.2, 37.0, 50.3, 52.0));
        assertThat(text).contains("Kursk", "Sudzha", "Sumy", "Belgorod");
    }

    @Test
    void theAttributionCreditsTheWaterData() throws IOException {
        assertThat(pdfText(new Envelope(31.8, 34.0, 14.6, 16.4))).contains("GSHHG");
    }
}
