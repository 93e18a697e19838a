package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitmap.store.StoreTestSupport.sha256;
import static org.sitmap.store.StoreTestSupport.sidecars;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** Files that are not healthy briefings are refused with a clear message and never modified. */
class DamagedFileTest {
    @TempDir
    Path dir;

    private void assertRefusedUntouched(Path file, String message) throws Exception {
        String hash = sha256(file);
        assertThatThrownBy(() -> BriefingFile.open(file)).isInstanceOf(BriefingFileException.class)
                .hasMessageStartingWith(file.getFileName() + ": ").hasMessageContaining(message);
        assertThatThrownBy(() -> BriefingFile.openReadOnly(file)).isInstanceOf(BriefingFileException.class)
                .hasMessageContaining(message);
        assertThat(sha256(file)).isEqualTo(hash);
        assertThat(sidecars(file)).isEmpty();
    }

    @Test
    void randomBytesAreNotADatabase() throws Exception {
        Path file = dir.resolve("random.gpkg");
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertRefusedUntouched(file, "not a SQLite database (the file is damaged, truncated or of another type)");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.gpkg"));
        assertRefusedUntouched(file, "the file is empty, not a Sitmap briefing");
    }

    @Test
    void textFileRenamedGpkgIsRefused() throws Exception {
        Path file = dir.resolve("notes.gpkg");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": []}\n", StandardCharsets.UTF_8);
        assertRefusedUntouched(file, "not a SQLite database");
    }

    @Test
    void truncatedBriefingIsRefused() throws Exception {
        Path whole = dir.resolve("whole.gpkg");
        try (BriefingFile f = BriefingFile.create(whole, BriefingInfo.untitled())) {
            Briefing b = f.briefing();
            b.atomically(() -> {
                for (int i = 0; i < 40; i++) {
                    SampleAnnotations.all().forEach(a -> b.add(a.copyWithNewId()));
                }
            });
        }
        byte[] bytes = Files.readAllBytes(whole);
        assertThat(bytes.length).isGreaterThan(3 * 4096);
        Path cut = dir.resolve("cut.gpkg");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedUntouched(cut, "damaged");
        Path header = dir.resolve("header.gpkg");
        Files.write(header, Arrays.copyOf(bytes, 60));
        assertRefusedUntouched(header, "truncated");
    }

    @Test
    void plainSqliteDatabaseIsNotABriefing() throws Exception {
        Path file = dir.resolve("plain.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        assertRefusedUntouched(file, "not a Sitmap briefing (a SQLite database but not a GeoPackage)");
    }

    @Test
    void geoPackageFromAnotherToolIsLeftUntouched() throws Exception {
        Path file = dir.resolve("qgis.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1196444487");
            st.execute("PRAGMA user_version = 10300");
            st.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,"
                    + " description TEXT)");
            st.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, "
                    + "min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            st.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, "
                    + "m TINYINT NOT NULL)");
            st.execute("CREATE TABLE roads (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom LINESTRING, name TEXT)");
            st.execute("INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('roads', 'features', 4326)");
        }
        assertRefusedUntouched(file, "not a Sitmap briefing (a GeoPackage from another tool: no 'sitmap_briefing' "
                + "table and no 'annotations' table); it was left untouched");
    }
}
