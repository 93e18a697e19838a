package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;

/** Sources are numbered in order of first appearance: superscripts on the labels, the list in the footer. */
class SourceNotesTest {
    private static final String SPOKESMAN = "Ukrainian army spokesman, 13 Aug 2024";
    private static final String MINISTER = "Interior minister, 14 Aug 2024";
    private static final String URL = "https://example.org/minister-2024-08-14";

    @TempDir
    Path dir;

    private static Annotation marker(String title, double lon, String source, String url, Confidence c)
            throws Exception {
        return Annotation.builder(AnnotationKind.MARKER, new WKTReader().read("POINT (" + lon + " 51)"))
                .side(Side.UKRAINE).title(title).source(source).sourceUrl(url).confidence(c).build();
    }

    private static List<Annotation> sample() throws Exception {
        return List.of(
                marker("Staging area", 34.9, SPOKESMAN + ".", "", Confidence.REPORTED),
                marker("Checkpoint", 35.5, MINISTER, URL, Confidence.UNCONFIRMED),
                marker("Field hospital", 36.1, SPOKESMAN, "", Confidence.LIKELY),
                marker("Unsourced", 36.5, "", "", Confidence.LIKELY));
    }

    private static ExportSpec a4() {
        return ExportSpec.of(new Envelope(34.5, 37.0, 50.5, 51.5), PageSize.paper(PageSize.Paper.A4, true, 150),
                ExportFormat.PDF).withSituationDate(LocalDate.of(2024, 8, 14));
    }

    @Test
    void sourcesAreNumberedInOrderOfFirstAppearanceWithHowSureTheyAre() throws Exception {
        SourceNotes notes = SourceNotes.of(sample());
        assertThat(notes.footer()).isEqualTo("Sources: 1 " + SPOKESMAN + " (reported); 2 " + MINISTER + ", " + URL
                + " (claimed).");
        assertThat(notes.marked(sample().get(0)).title()).isEqualTo("Staging area\u00B9");
        assertThat(notes.marked(sample().get(1)).title()).isEqualTo("Checkpoint\u00B2");
        assertThat(notes.marked(sample().get(2)).title()).isEqualTo("Field hospital\u00B9");
        assertThat(notes.marked(sample().get(3)).title()).isEqualTo("Unsourced");
        assertThat(SourceNotes.superscript(10)).isEqualTo("\u00B9\u2070");
    }

    @Test
    void thePdfFooterIsTextAndTheAddressALink() throws Exception {
        Path out = dir.resolve("sources.pdf");
        new PdfExporter().export(new MapComposer(a4(), new ExportContent(List.of(), sample(), List.of(),
                List.of())), out, null, () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Sources: 1 " + SPOKESMAN + " (reported); 2 " + MINISTER);
            assertThat(text).contains("Staging area\u00B9", "Checkpoint\u00B2");
            List<String> links = doc.getPage(0).getAnnotations().stream()
                    .filter(PDAnnotationLink.class::isInstance).map(a -> (PDAnnotationLink) a)
                    .map(l -> ((PDActionURI) l.getAction()).getURI()).toList();
            assertThat(links).containsExactly(URL);
            PDAnnotation link = doc.getPage(0).getAnnotations().get(0);
            assertThat(link.getRectangle().getLowerLeftY()).as("the link sits in the footer, near the bottom")
                    .isLessThan(60);
        }
    }

    @Test
    void withoutAnAttributionBandLabelsCarryNoNumbers() throws Exception {
        Path out = dir.resolve("plain.pdf");
        new PdfExporter().export(new MapComposer(a4().withFurniture(true, true, true, true, false),
                new ExportContent(List.of(), sample(), List.of(), List.of())), out, null, () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Staging area").doesNotContain("Staging area\u00B9", "Sources:");
        }
    }
}
