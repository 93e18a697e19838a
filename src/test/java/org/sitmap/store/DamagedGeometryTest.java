package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitmap.store.StoreTestSupport.sha256;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingInfo;

/** A geometry damaged inside the file (a flipped byte) is found and named, never passed on as data. */
class DamagedGeometryTest {
    /** Bytes before the WKB of a point: GeoPackage header (8) + envelope (32); the WKB's x at +5, y at +13. */
    private static final int WKB = 40;

    @TempDir
    Path dir;

    private Path briefingWithPoint(double lon, double lat) throws Exception {
        Path file = dir.resolve("b.gpkg");
        Annotation a = Annotation.builder(AnnotationKind.MARKER,
                GeoJsonLoader.GEOMETRY_FACTORY.createPoint(new Coordinate(lon, lat))).id("m-1")
                .title("Checkpoint Alpha").build();
        try (BriefingFile f = BriefingFile.create(file, BriefingInfo.untitled())) {
            f.briefing().add(a);
        }
        return file;
    }

    /** XORs one byte of the stored geometry, as a failing disk or a stray write would. */
    private static void flipGeometryByte(Path file, int index, int mask) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            byte[] blob;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT geom FROM annotations")) {
                assertThat(rs.next()).isTrue();
                blob = rs.getBytes(1);
            }
            blob[index] ^= (byte) mask;
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotations SET geom = ?")) {
                ps.setBytes(1, blob);
                ps.executeUpdate();
            }
        }
    }

    private static void assertRefusedNamingTheAnnotation(Path file, String reason) throws Exception {
        String hash = sha256(file);
        for (var opener : new ThrowingOpener[] {BriefingFile::open, BriefingFile::openReadOnly}) {
            assertThatThrownBy(() -> opener.open(file).close()).isInstanceOf(BriefingFileException.class)
                    .hasMessageStartingWith("b.gpkg: damaged: ")
                    .hasMessageContaining("\"Checkpoint Alpha\" (id m-1)").hasMessageContaining(reason);
        }
        assertThat(sha256(file)).isEqualTo(hash);
    }

    private interface ThrowingOpener {
        BriefingFile open(Path p) throws Exception;
    }

    @Test
    void aLatitudeOffTheGlobeIsRefused() throws Exception {
        Path file = briefingWithPoint(35.5, 48.25);
        // One flipped bit in the latitude's exponent (byte 6 of the little-endian double): 48.25 becomes 193.
        flipGeometryByte(file, WKB + 13 + 6, 0x20);
        assertRefusedNamingTheAnnotation(file, "latitude");
    }

    @Test
    void aCoordinateThatLeftItsStoredBoxIsRefused() throws Exception {
        Path file = briefingWithPoint(35.5, 48.25);
        // A flipped mantissa bit: 35.5 becomes another longitude that is still on the globe.
        flipGeometryByte(file, WKB + 5 + 5, 0x01);
        assertRefusedNamingTheAnnotation(file, "bounding box");
    }

    @Test
    void anUndamagedBriefingStillOpens() throws Exception {
        Path file = briefingWithPoint(179.999, -89.5);
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.briefing().annotations()).hasSize(1);
        }
    }
}
