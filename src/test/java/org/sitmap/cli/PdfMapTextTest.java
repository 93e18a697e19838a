package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Map labels in a PDF are real text: a reader can search and copy town and annotation names. */
class PdfMapTextTest {
    @Test
    void townAndAnnotationNamesAreSelectableText(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("kursk.pdf");
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                "data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg", "--paper", "A4", "--dpi", "150",
                "--out", pdf.toString());
        assertThat(code).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kharkiv").contains("Sumy: staging area")
                    .contains("State of emergency: Belgorod oblast");
        }
    }

    @Test
    void aCountryReachingFarBeyondTheMapIsNamedWhereItsPartInViewHasRoom(@TempDir Path dir) throws Exception {
        // Russia's own label point lies beyond this view, and the view's middle is the crowd of the front's labels:
        // the name goes to a free spot of the part of Russia in view.
        Path pdf = dir.resolve("theatre.pdf");
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                "data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg", "--bbox", "22,43,50,58", "--paper", "A4",
                "--dpi", "150", "--landscape", "--out", pdf.toString());
        assertThat(code).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("RUSSIA", "UKRAINE", "BELARUS");
        }
    }
}
