package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** GDAL (hence QGIS) opens a briefing as a GeoPackage; skipped where ogrinfo is not installed. */
class OgrInfoTest {
    @TempDir
    Path dir;

    static Path ogrinfo() {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(d, "ogrinfo");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static String run(Path ogrinfo, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(ogrinfo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void gdalSeesTheAnnotationsLayer() throws Exception {
        Path ogrinfo = ogrinfo();
        assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) is not installed");
        Path file = dir.resolve("gdal.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            Briefing b = f.briefing();
            b.atomically(() -> SampleAnnotations.all().forEach(b::add));
        }
        String out = run(ogrinfo, "-ro", "-al", "-so", file.toString());
        assertThat(out).doesNotContain("ERROR").doesNotContain("Warning");
        assertThat(out).contains("Layer name: annotations", "Geometry: Unknown (any)", "Feature Count: 8",
                "Layer name: sitmap_briefing", "uid: String", "valid_from: Date", "locked: Integer(Boolean)",
                "z_order: Integer", "Extent: (30.000000, 47.000000) - (38.000000, 52.000000)");
        assertThat(out).containsPattern("(?s)Layer name: annotations.*EPSG.*4326");
        String features = run(ogrinfo, "-ro", "-where", "uid = 'marker-1'", file.toString(), "annotations");
        assertThat(features).contains("POINT (35.9 50", "symbol", "Bridge destroyed").doesNotContain("ERROR");
    }
}
