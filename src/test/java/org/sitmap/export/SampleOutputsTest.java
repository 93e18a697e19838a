package org.sitmap.export;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sitmap.basemap.BaseMap;

/**
 * Writes the sample exports to /tmp for looking at: {@code mvn test -Dtest=SampleOutputsTest
 * -Dsitmap.export.samples=true}. Not part of the normal run.
 */
@EnabledIfSystemProperty(named = "sitmap.export.samples", matches = "true")
class SampleOutputsTest {
    @Test
    void writeSamples() throws Exception {
        ExportContent content = ExportContent.withBaseMap(List.of(), ExportSamples.all(), null, () -> false);
        ExportSpec png = ExportSpec.of(BaseMap.THEATRE, PageSize.hd(), ExportFormat.PNG)
                .withTitle("Kursk incursion: Ukrainian forces in Russia").withSituationDate(ExportSamples.DAY)
                .withNotes("Areas are assessed from geolocated footage and official statements; claims are hatched.");
        long t0 = System.nanoTime();
        new PngExporter().export(new MapComposer(png, content), Path.of("/tmp/export-sample.png"), null, () -> false);
        long t1 = System.nanoTime();
        ExportSpec pdf = png.withFormat(ExportFormat.PDF).withPage(PageSize.paper(PageSize.Paper.A4, true, 300));
        new PdfExporter().export(new MapComposer(pdf, content), Path.of("/tmp/export-sample.pdf"), null, () -> false);
        long t2 = System.nanoTime();
        ExportSpec zoom = png.withExtent(new org.locationtech.jts.geom.Envelope(33.8, 37.2, 50.4, 52.1))
                .withPage(PageSize.paper(PageSize.Paper.A4, false, 150)).withNotes("");
        new PngExporter().export(new MapComposer(zoom, content), Path.of("/tmp/export-zoom.png"), null, () -> false);
        System.out.printf("png %.0f ms, pdf %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }

    /** Encode time and size of a 4096 x 4096 theatre map at several deflate levels (the PngExporter choice). */
    @Test
    void measureDeflateLevels() throws Exception {
        ExportContent content = ExportContent.withBaseMap(List.of(), ExportSamples.all(), null, () -> false);
        ExportSpec spec = ExportSpec.of(BaseMap.THEATRE, PageSize.pixels(4096, 4096, 192), ExportFormat.PNG)
                .withTitle("Deflate benchmark").withSituationDate(ExportSamples.DAY);
        java.awt.image.BufferedImage image = new PngExporter().render(new MapComposer(spec, content), () -> false);
        for (int round = 0; round < 3; round++) {
            for (int level : new int[] {1, 4, 6, 9}) {
                Path out = Path.of("/tmp/deflate-" + level + ".png");
                long t0 = System.nanoTime();
                new PngExporter(level).write(image, 192, out, x -> { }, () -> false);
                long t1 = System.nanoTime();
                System.out.printf("round %d level %d: %.0f ms, %.2f MB%n", round, level, (t1 - t0) / 1e6,
                        java.nio.file.Files.size(out) / 1e6);
                java.nio.file.Files.delete(out);
            }
        }
    }
}
