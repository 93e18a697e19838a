package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Map labels in a PDF are real text: a reader can search and copy town and annotation names. */
class PdfMapTextTest {
    private static final String KURSK = "data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg";

    /** The text of the Kursk briefing exported as an A4 PDF at 150 dpi with {@code more} options. */
    private static String exportedText(Path dir, String... more) throws Exception {
        Path pdf = dir.resolve("kursk.pdf");
        List<String> args = new ArrayList<>(List.of("export", KURSK, "--paper", "A4", "--dpi", "150", "--out",
                pdf.toString()));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void townAndAnnotationNamesAreSelectableText(@TempDir Path dir) throws Exception {
        assertThat(exportedText(dir)).contains("Kharkiv").contains("Sumy: staging area")
                .contains("State of emergency: Belgorod oblast");
    }

    @Test
    void aCountryReachingFarBeyondTheMapIsNamedWhereItsPartInViewHasRoom(@TempDir Path dir) throws Exception {
        // Russia's own label point lies beyond this view, and the view's middle is the crowd of the front's labels:
        // the name goes to a free spot of the part of Russia in view.
        assertThat(exportedText(dir, "--bbox", "22,43,50,58", "--landscape")).contains("RUSSIA", "UKRAINE",
                "BELARUS");
    }
}
