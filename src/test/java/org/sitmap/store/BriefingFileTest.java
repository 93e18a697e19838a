package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitmap.store.StoreTestSupport.assertSameContent;
import static org.sitmap.store.StoreTestSupport.ids;
import static org.sitmap.store.StoreTestSupport.sha256;
import static org.sitmap.store.StoreTestSupport.sidecars;
import static org.sitmap.store.StoreTestSupport.uidsByZOrder;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.Side;

class BriefingFileTest {
    @TempDir
    Path dir;

    private static final BriefingInfo INFO = new BriefingInfo("Kursk, August", "J. Doe", LocalDate.of(2024, 8, 14),
            new Envelope(33.5, 37.25, 50.0, 52.0));

    private Path createWithSamples() throws Exception {
        Path file = dir.resolve("b.gpkg");
        try (BriefingFile f = BriefingFile.create(file, INFO)) {
            Briefing b = f.briefing();
            b.atomically(() -> SampleAnnotations.all().forEach(b::add));
            assertThat(f.lastError()).isNull();
        }
        return file;
    }

    @Test
    void everyKindAndAttributeSurvivesCloseAndReopen() throws Exception {
        Path file = createWithSamples();
        assertThat(sidecars(file)).isEmpty();
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.readOnly()).isFalse();
            assertThat(f.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(f.briefing().info()).isEqualTo(INFO);
            assertSameContent(f.briefing().annotations(), SampleAnnotations.all());
            Annotation zone = f.briefing().get("zone-1");
            assertThat(zone.created()).isEqualTo(SampleAnnotations.all().get(0).created());
            assertThat(zone.modified()).isEqualTo(SampleAnnotations.all().get(0).modified());
        }
        assertThat(sidecars(file)).isEmpty();
    }

    @Test
    void fileIsAGeoPackage() throws Exception {
        Path file = createWithSamples();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "PRAGMA application_id")).isEqualTo(String.valueOf(0x47504B47));
            assertThat(one(st, "PRAGMA user_version")).isEqualTo("10300");
            assertThat(one(st, "PRAGMA journal_mode")).isEqualTo("delete");
            assertThat(one(st, "SELECT COUNT(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (4326, -1, 0)"))
                    .isEqualTo("3");
            assertThat(one(st, "SELECT data_type FROM gpkg_contents WHERE table_name = 'annotations'"))
                    .isEqualTo("features");
            assertThat(one(st, "SELECT data_type FROM gpkg_contents WHERE table_name = 'sitmap_briefing'"))
                    .isEqualTo("attributes");
            assertThat(one(st, "SELECT min_x || ' ' || max_y FROM gpkg_contents WHERE table_name = 'annotations'"))
                    .isEqualTo("30.0 52.0");
            assertThat(one(st, "SELECT geometry_type_name FROM gpkg_geometry_columns")).isEqualTo("GEOMETRY");
            try (ResultSet rs = st.executeQuery("SELECT geom FROM annotations WHERE uid = 'marker-1'")) {
                rs.next();
                ByteBuffer b = ByteBuffer.wrap(rs.getBytes(1)).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(new byte[] {b.get(), b.get(), b.get(), b.get()}).containsExactly('G', 'P', 0, 0x03);
                assertThat(b.getInt()).isEqualTo(4326);
                assertThat(new double[] {b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble()})
                        .containsExactly(35.9, 35.9, 50.0, 50.0);
                assertThat(b.get()).isEqualTo((byte) 1); // WKB little-endian
                assertThat(b.getInt()).isEqualTo(1); // Point
            }
        }
    }

    @Test
    void undoLikeSequencesKeepDrawingOrderInTheFile() throws Exception {
        Path file = createWithSamples();
        List<Annotation> expected;
        try (BriefingFile f = BriefingFile.open(file)) {
            Briefing b = f.briefing();
            Annotation before = b.get("decl-1");
            b.replace(before.withTitle("changed").withSide(Side.OTHER));
            b.replace(before); // undo
            Annotation removed = b.remove("move-1"); // index 3
            b.add(3, removed); // undo
            b.atomically(() -> {
                b.move("label-1", 0);
                b.move("zone-1", 5);
            });
            b.atomically(() -> b.remove("buffer-1"));
            b.add(0, SampleAnnotations.all().get(5));
            b.setInfo(INFO.withTitle("Renamed"));
            assertThat(f.lastError()).isNull();
            assertThat(uidsByZOrder(file)).isEqualTo(ids(b.annotations()));
            expected = b.snapshot();
        }
        assertThat(uidsByZOrder(file)).isEqualTo(ids(expected));
        try (BriefingFile f = BriefingFile.open(file)) {
            assertSameContent(f.briefing().annotations(), expected);
            assertThat(f.briefing().info().title()).isEqualTo("Renamed");
        }
    }

    @Test
    void createRefusesAnExistingFile() throws Exception {
        Path file = createWithSamples();
        String hash = sha256(file);
        assertThatThrownBy(() -> BriefingFile.create(file, INFO)).isInstanceOf(BriefingFileException.class)
                .hasMessage("b.gpkg: already exists; a new briefing never overwrites a file");
        assertThat(sha256(file)).isEqualTo(hash);
    }

    @Test
    void secondWindowGetsTheFileReadOnlyAndNeverWritesIt() throws Exception {
        Path file = createWithSamples();
        try (BriefingFile first = BriefingFile.open(file)) {
            assertThat(Files.exists(file.resolveSibling("b.gpkg.lock"))).isTrue();
            try (BriefingFile second = BriefingFile.open(file)) {
                assertThat(second.readOnly()).isTrue();
                assertThat(second.readOnlyReason()).isEqualTo("open in another Sitmap window");
                assertSameContent(second.briefing().annotations(), SampleAnnotations.all());
                List<String> errors = new ArrayList<>();
                second.setOnWriteError(errors::add);
                String hash = sha256(file);
                second.briefing().remove("zone-1");
                assertThat(errors).containsExactly("b.gpkg is read-only (open in another Sitmap window): changes are "
                        + "not saved");
                assertThat(second.lastError()).isEqualTo(errors.get(0));
                assertThat(sha256(file)).isEqualTo(hash);
            }
            first.briefing().remove("label-1");
            assertThat(first.lastError()).isNull();
        }
        assertThat(sidecars(file)).isEmpty();
        try (BriefingFile again = BriefingFile.open(file)) {
            assertThat(again.readOnly()).isFalse();
            assertThat(again.briefing().size()).isEqualTo(7);
            assertThat(again.briefing().get("zone-1")).isNotNull();
        }
    }

    @Test
    void closeLeavesNoSidecarFiles() throws Exception {
        Path file = dir.resolve("c.gpkg");
        try (BriefingFile f = BriefingFile.create(file, INFO)) {
            f.briefing().add(SampleAnnotations.all().get(0));
            assertThat(Files.exists(file.resolveSibling("c.gpkg-wal"))).isTrue();
        }
        assertThat(sidecars(file)).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT COUNT(*) FROM annotations")).isEqualTo("1");
        }
    }

    @Test
    void saveAsWhileOpenGivesAConsistentCopy() throws Exception {
        Path file = createWithSamples();
        Path copy = dir.resolve("copy.gpkg");
        try (BriefingFile f = BriefingFile.open(file)) {
            f.briefing().remove("zone-1");
            f.briefing().setInfo(INFO.withTitle("Copy me"));
            f.saveAs(copy);
            assertThat(sidecars(copy)).isEmpty();
            try (BriefingFile c = BriefingFile.open(copy)) {
                assertThat(c.readOnly()).isFalse();
                assertSameContent(c.briefing().annotations(), f.briefing().annotations());
                assertThat(c.briefing().info().title()).isEqualTo("Copy me");
            }
            assertThatThrownBy(() -> f.saveAs(copy)).isInstanceOf(BriefingFileException.class)
                    .hasMessageContaining("copy.gpkg: already exists");
            f.briefing().remove("label-1"); // the original is still the file being edited
        }
        try (BriefingFile c = BriefingFile.open(copy)) {
            assertThat(c.briefing().get("label-1")).isNotNull();
        }
        assertThat(sidecars(copy)).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            assertThat(one(st, "PRAGMA application_id")).isEqualTo(String.valueOf(0x47504B47));
            assertThat(one(st, "PRAGMA user_version")).isEqualTo("10300");
        }
    }

    @Test
    void failedWriteIsRolledBackReportedAndCaughtUpLater() throws Exception {
        Path file = createWithSamples();
        try (BriefingFile f = BriefingFile.open(file)) {
            List<String> errors = new ArrayList<>();
            f.setOnWriteError(errors::add);
            Briefing b = f.briefing();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement st = other.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
                st.execute("BEGIN EXCLUSIVE"); // another program (QGIS) holds the write lock
                b.atomically(() -> {
                    b.remove("zone-1");
                    b.add(SampleAnnotations.all().get(0).copyWithNewId());
                });
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0)).startsWith("b.gpkg: the last change could not be saved (");
                assertThat(f.inSync()).isFalse();
                st.execute("ROLLBACK");
            }
            assertThat(uidsByZOrder(file)).isEqualTo(ids(SampleAnnotations.all())); // batch rolled back whole
            b.replace(b.get("evac-1").withTitle("later edit"));
            assertThat(f.inSync()).isTrue();
            assertThat(f.lastError()).isNull();
            assertThat(uidsByZOrder(file)).isEqualTo(ids(b.annotations()));
        }
    }

    @Test
    void newerSchemaOpensReadOnly() throws Exception {
        Path file = createWithSamples();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE sitmap_briefing SET value = '99' WHERE key = 'schema_version'");
            st.execute("ALTER TABLE annotations ADD COLUMN future TEXT");
        }
        String hash = sha256(file);
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.readOnly()).isTrue();
            assertThat(f.readOnlyReason()).isEqualTo("written by a newer Sitmap (schema 99; this version knows up to "
                    + Migrations.LATEST + ")");
            assertSameContent(f.briefing().annotations(), SampleAnnotations.all());
            f.briefing().remove("zone-1");
            assertThat(f.lastError()).contains("read-only");
        }
        assertThat(sha256(file)).isEqualTo(hash);
    }

    static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
