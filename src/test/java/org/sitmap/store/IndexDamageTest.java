package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sitmap.store.StoreTestSupport.sha256;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.cli.SitmapCli;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** Damage that only the full integrity check finds (a broken index) keeps the file from being written to. */
class IndexDamageTest {
    @TempDir
    Path dir;

    private static String pragma(Path file, String pragma) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery("PRAGMA " + pragma)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A briefing of 400 annotations whose last page (part of an index) lost its last byte. */
    private Path briefingWithDamagedIndex() throws Exception {
        Path file = dir.resolve("big.gpkg");
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            Briefing b = f.briefing();
            Annotation template = SampleAnnotations.all().get(0);
            b.atomically(() -> {
                for (int i = 0; i < 400; i++) {
                    b.add(template.copyWithNewId().withTitle("zone " + i));
                }
            });
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 1);
        }
        assumeTrue("ok".equals(pragma(file, "quick_check")), "the quick check misses this damage");
        assumeTrue(!"ok".equals(pragma(file, "integrity_check")), "the full check finds it");
        return file;
    }

    @Test
    void aDamagedIndexIsRefusedBeforeAnyWrite() throws Exception {
        Path file = briefingWithDamagedIndex();
        String hash = sha256(file);
        assertThatThrownBy(() -> BriefingFile.open(file)).isInstanceOf(BriefingFileException.class)
                .hasMessageStartingWith("big.gpkg: damaged: the SQLite integrity check failed (")
                .hasMessageContaining("index").hasMessageNotContaining("\n");
        assertThat(sha256(file)).isEqualTo(hash);
    }

    @Test
    void importIntoADamagedBriefingWritesNothing() throws Exception {
        Path file = briefingWithDamagedIndex();
        String hash = sha256(file);
        Path geojson = dir.resolve("more.geojson");
        AnnotationGeoJson.write(geojson, SampleAnnotations.importable());
        StringWriter err = new StringWriter();
        int code = SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "import",
                "--new-ids", geojson.toString(), file.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString().strip()).startsWith("sitmap import: big.gpkg: damaged").doesNotContain("\n");
        assertThat(sha256(file)).isEqualTo(hash);
        assertThat(Files.exists(file.resolveSibling("big.gpkg-wal"))).isFalse();
    }
}
