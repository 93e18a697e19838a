package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.MapComposer;
import org.sitmap.export.MapExporter;
import org.sitmap.export.MapExporters;
import org.sitmap.export.PngExporter;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.store.SampleAnnotations;

/** A new file type is one exporter class and its registration: the command line then writes it by its name. */
class NewExportFormatTest {
    @TempDir
    Path dir;

    /** Portable pixmap: a header and the RGB bytes. */
    static final class PpmExporter implements MapExporter {
        static final ExportFormat PPM = new ExportFormat("PPM", "ppm");

        @Override
        public ExportFormat format() {
            return PPM;
        }

        @Override
        public void export(MapComposer composer, Path out, DoubleConsumer progress, BooleanSupplier cancelled)
                throws IOException {
            BufferedImage image = new PngExporter().render(composer, cancelled);
            StringBuilder header = new StringBuilder("P6\n" + image.getWidth() + " " + image.getHeight() + "\n255\n");
            byte[] head = header.toString().getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[head.length + 3 * image.getWidth() * image.getHeight()];
            System.arraycopy(head, 0, bytes, 0, head.length);
            int i = head.length;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    bytes[i++] = (byte) (rgb >> 16);
                    bytes[i++] = (byte) (rgb >> 8);
                    bytes[i++] = (byte) rgb;
                }
            }
            Files.write(out, bytes);
        }
    }

    @Test
    void aRegisteredExporterIsOfferedByTheCommandLine() throws Exception {
        Path geojson = dir.resolve("a.geojson");
        AnnotationGeoJson.write(geojson, SampleAnnotations.importable());
        Path gpkg = dir.resolve("b.gpkg");
        StringWriter err = new StringWriter();
        assertThat(SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "import",
                geojson.toString(), gpkg.toString())).isZero();
        Path out = dir.resolve("map.ppm");
        PpmExporter ppm = new PpmExporter();
        assertThat(SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                gpkg.toString(), "--out", out.toString(), "--size", "320x200", "--no-base-map")).isEqualTo(2);
        MapExporters.register(ppm);
        try {
            assertThat(SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                    gpkg.toString(), "--out", out.toString(), "--size", "320x200", "--no-base-map"))
                    .as(err.toString()).isZero();
        } finally {
            MapExporters.unregister(ppm);
        }
        byte[] written = Files.readAllBytes(out);
        assertThat(new String(written, 0, 11, StandardCharsets.US_ASCII)).isEqualTo("P6\n320 200\n");
        assertThat(written.length).isEqualTo(15 + 3 * 320 * 200);
    }
}
