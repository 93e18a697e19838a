package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.basemap.BaseMap;

class PdfExporterTest {
    static ExportContent content;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBaseMap() {
        content = ExportContent.withBaseMap(List.of(), ExportSamples.all(), null, () -> false);
    }

    private static ExportSpec a4Landscape() {
        return ExportSpec.of(BaseMap.THEATRE, PageSize.paper(PageSize.Paper.A4, true, 150), ExportFormat.PDF)
                .withTitle("Kursk incursion situation map").withSituationDate(ExportSamples.DAY);
    }

    @Test
    void writesOneA4LandscapePageWithSelectableTitleAndAttribution() throws IOException {
        Path out = dir.resolve("map.pdf");
        new PdfExporter().export(new MapComposer(a4Landscape(), content), out, null, () -> false);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat((double) box.getWidth()).isCloseTo(842, org.assertj.core.data.Offset.offset(1.0));
            assertThat((double) box.getHeight()).isCloseTo(595, org.assertj.core.data.Offset.offset(1.0));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kursk incursion situation map", "Situation as of 14 August 2024",
                    "Natural Earth", "Sources:", "Ukrainian Army spokesman", "Legend", "km");
            assertThat(text).as("annotation not valid on the date").doesNotContain("Future source");
        }
    }

    @Test
    void pageIsVectorPathsWithoutAPageSizedImage() throws IOException {
        Path out = dir.resolve("vector.pdf");
        new PdfExporter().export(new MapComposer(a4Landscape(), content), out, null, () -> false);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDPage page = doc.getPage(0);
            String ops;
            try (InputStream in = page.getContents()) {
                ops = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertThat(ops).contains(" m\n", " l\n", " c\n", "f\n", "S\n", "Tj");
            assertThat(largestImageSide(page.getResources())).as("largest embedded image").isLessThan(200);
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void pixelPagesBecomePagesOfPixelsAt72PerInchOfTheirDpi() throws IOException {
        Path out = dir.resolve("slide.pdf");
        ExportSpec spec = a4Landscape().withPage(PageSize.pixels(1920, 1080, 96));
        new PdfExporter().export(new MapComposer(spec, content), out, null, () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat((double) doc.getPage(0).getMediaBox().getWidth()).isCloseTo(1440,
                    org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void cancelledExportLeavesNoFile() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> new PdfExporter().export(new MapComposer(a4Landscape(), content),
                dir.resolve("x.pdf"), null, () -> calls.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    /** The largest side of any image on the page or in forms it uses; 0 when there is none. */
    private static int largestImageSide(PDResources resources) throws IOException {
        int max = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject img) {
                max = Math.max(max, Math.max(img.getWidth(), img.getHeight()));
            } else if (x instanceof PDFormXObject form) {
                max = Math.max(max, largestImageSide(form.getResources()));
            }
        }
        return max;
    }
}
