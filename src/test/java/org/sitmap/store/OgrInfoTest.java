package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** GDAL (hence QGIS) opens a briefing as a GeoPackage; skipped where ogrinfo is not installed. */
class OgrInfoTest {
    @TempDir
    Path dir;

    @Test
    void gdalSeesTheAnnotationsLayer() throws Exception {
        Path ogrinfo = OgrInfo.find();
        assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) is not installed");
        Path file = dir.resolve("gdal.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            Briefing b = f.briefing();
            b.atomically(() -> SampleAnnotations.all().forEach(b::add));
        }
        String out = OgrInfo.run(ogrinfo, "-ro", "-al", "-so", file.toString());
        assertThat(out).doesNotContain("ERROR").doesNotContain("Warning");
        assertThat(out).contains("Layer name: annotations", "Geometry: Unknown (any)", "Feature Count: 8",
                "Layer name: sitmap_briefing", "uid: String", "valid_from: Date", "locked: Integer(Boolean)",
                "z_order: Integer", "Extent: (30.000000, 47.000000) - (38.000000, 52.000000)");
        assertThat(out).containsPattern("(?s)Layer name: annotations.*EPSG.*4326");
        String features = OgrInfo.run(ogrinfo, "-ro", "-where", "uid = 'marker-1'", file.toString(), "annotations");
        assertThat(features).contains("POINT (35.9 50", "symbol", "Bridge destroyed").doesNotContain("ERROR");
    }
}
