package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;

/**
 * Exported PDFs read back word by word (PDFBox text positions): no two map labels overlap, none leaves the page,
 * none lies under the title, legend, scale bar, inset or attribution panels, and none covers a symbol or an arrow
 * head (the exporter marks both as marked content). On the Kursk briefing at HD, 4K, A4 and A3, and on a generated
 * theatre of 1,000 annotations; and the check shown to fail on a page where free text covers both.
 */
class LabelOverlapPdfTest {
    private static final String KURSK = "data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg";
    /** Glyph boxes are the font's nominal boxes; neighbours may touch by a hair without their ink meeting. */
    private static final double TOUCH = 0.4;

    @ParameterizedTest
    @ValueSource(strings = {"--size=1920x1080", "--size=3840x2160 --dpi=192", "--paper=A4", "--paper=A3"})
    void kurskLabelsNeitherOverlapNorLeaveThePageNorHideUnderFurniture(String page, @TempDir Path dir)
            throws Exception {
        Path pdf = dir.resolve("kursk.pdf");
        List<String> args = new ArrayList<>(List.of("export", KURSK, "--out", pdf.toString()));
        args.addAll(List.of(page.split(" ")));
        export(args);
        PdfLabelBoxes boxes = PdfLabelBoxes.read(pdf);
        assertThat(boxes.mapRuns).extracting(PdfLabelBoxes.Run::text)
                .anyMatch(t -> t.contains("Kursk (regional capital)"))
                .anyMatch(t -> t.contains("Hundreds of Russian soldiers captured"))
                .anyMatch(t -> t.contains("Evacuation of Kursk oblast border districts"));
        assertThat(boxes.panels).as("furniture panels found").hasSizeGreaterThanOrEqualTo(3);
        assertClean(boxes);
    }

    @Test
    void aThousandAnnotationsPlaceWithoutOverprinting(@TempDir Path dir) throws Exception {
        Path geojson = dir.resolve("theatre.geojson");
        AnnotationGeoJson.write(geojson, SampleTheatre.annotations(1000, 7));
        Path briefing = dir.resolve("theatre.gpkg");
        double[] b = SampleTheatre.BOX;
        export(List.of("import", geojson.toString(), briefing.toString(), "--title", "Theatre",
                "--view", b[0] + "," + b[1] + "," + b[2] + "," + b[3]));
        Path pdf = dir.resolve("theatre.pdf");
        export(List.of("export", briefing.toString(), "--size", "1920x1080", "--out", pdf.toString()));
        PdfLabelBoxes boxes = PdfLabelBoxes.read(pdf);
        long annotationLabels = boxes.mapRuns.stream().filter(r -> r.text().matches("\\d+ .*")).count();
        assertThat(annotationLabels).as("annotation labels placed").isGreaterThan(50);
        assertClean(boxes);
    }

    @Test
    void theCheckFindsTextWrittenOnASymbolAndOnAnArrowHead(@TempDir Path dir) throws Exception {
        // Free text stays where the user puts it, whatever it covers: here on a marker's star and on the head of
        // an arrow, so the page must fail the check (it can fail).
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> list = List.of(
                Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(35.2, 51.2))).id("m")
                        .title("Marker").side(Side.UKRAINE).build(),
                Annotation.builder(AnnotationKind.LABEL, gf.createPoint(new Coordinate(35.2, 51.2))).id("t1")
                        .title("Written on the star").build(),
                Annotation.builder(AnnotationKind.MOVEMENT, gf.createLineString(new Coordinate[] {
                    new Coordinate(34.6, 50.9), new Coordinate(35.0, 50.9)})).id("a").side(Side.RUSSIA).build(),
                Annotation.builder(AnnotationKind.LABEL, gf.createPoint(new Coordinate(35.0, 50.9))).id("t2")
                        .title("On the arrow head").build());
        Path geojson = dir.resolve("broken.geojson");
        AnnotationGeoJson.write(geojson, list);
        Path briefing = dir.resolve("broken.gpkg");
        export(List.of("import", geojson.toString(), briefing.toString(), "--title", "Broken",
                "--view", "34.4,50.7,35.6,51.4"));
        Path pdf = dir.resolve("broken.pdf");
        export(List.of("export", briefing.toString(), "--size", "1200x800", "--no-base-map", "--out",
                pdf.toString()));
        PdfLabelBoxes boxes = PdfLabelBoxes.read(pdf);
        assertThat(boxes.symbols).as("marked symbols").isNotEmpty();
        assertThat(boxes.arrowHeads).as("marked arrow heads").hasSize(1);
        assertThat(problems(boxes)).anyMatch(p -> p.startsWith("'Written on the star' covers a symbol"))
                .anyMatch(p -> p.startsWith("'On the arrow head' covers an arrow head"))
                .noneMatch(p -> p.startsWith("'Marker'"));
    }

    private static void assertClean(PdfLabelBoxes boxes) {
        assertThat(boxes.symbols).as("marked symbols on the map").isNotEmpty();
        assertThat(boxes.arrowHeads).as("marked arrow heads on the map").isNotEmpty();
        assertThat(problems(boxes)).as("label problems among %d map texts, %d symbol paths, %d arrow heads",
                boxes.mapRuns.size(), boxes.symbols.size(), boxes.arrowHeads.size()).isEmpty();
    }

    /** Every label that leaves the page or lies under a panel, another label, a symbol or an arrow head. */
    private static List<String> problems(PdfLabelBoxes boxes) {
        List<String> problems = new ArrayList<>();
        Rectangle2D page = new Rectangle2D.Double(-TOUCH, -TOUCH, boxes.pageWidth + 2 * TOUCH,
                boxes.pageHeight + 2 * TOUCH);
        List<PdfLabelBoxes.Run> runs = boxes.mapRuns;
        for (int i = 0; i < runs.size(); i++) {
            Rectangle2D a = shrunk(runs.get(i).box());
            if (!page.contains(runs.get(i).box())) {
                problems.add("'" + runs.get(i).text() + "' leaves the page at " + runs.get(i).box());
            }
            for (Rectangle2D panel : boxes.panels) {
                if (a.intersects(panel)) {
                    problems.add("'" + runs.get(i).text() + "' lies under a panel at " + panel);
                }
            }
            for (Rectangle2D symbol : boxes.symbols) {
                if (a.intersects(symbol)) {
                    problems.add("'" + runs.get(i).text() + "' covers a symbol at " + symbol);
                    break;
                }
            }
            for (Shape head : boxes.arrowHeads) {
                if (head.intersects(a)) {
                    problems.add("'" + runs.get(i).text() + "' covers an arrow head at " + head.getBounds2D());
                    break;
                }
            }
            for (int j = i + 1; j < runs.size(); j++) {
                if (a.intersects(shrunk(runs.get(j).box()))) {
                    problems.add("'" + runs.get(i).text() + "' overlaps '" + runs.get(j).text() + "'");
                }
            }
        }
        return problems;
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + TOUCH, r.getY() + TOUCH, Math.max(0, r.getWidth() - 2 * TOUCH),
                Math.max(0, r.getHeight() - 2 * TOUCH));
    }

    private static void export(List<String> args) {
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(new String[0]));
        assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
    }
}
