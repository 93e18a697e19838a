package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MapExportersTest {
    @Test
    void pngAndPdfAreRegisteredAndFoundByNameAndFile() {
        assertThat(ExportFormat.values()).containsExactly(ExportFormat.PNG, ExportFormat.PDF);
        assertThat(MapExporters.forFormat(ExportFormat.PDF)).isInstanceOf(PdfExporter.class);
        assertThat(ExportFormat.parse("PNG")).isEqualTo(ExportFormat.PNG);
        assertThat(ExportFormat.fromFileName(Path.of("a/map.pdf"))).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.fromFileName(Path.of("map.svg"))).isNull();
    }

    @Test
    void aSeriesIsAGifForAGifNameElseAFolderOfPngs() {
        assertThat(MapExporters.seriesFor(Path.of("days.GIF"))).isInstanceOf(GifSeriesExporter.class);
        assertThat(MapExporters.seriesFor(Path.of("frames"))).isInstanceOf(PngFolderSeriesExporter.class);
    }
}
