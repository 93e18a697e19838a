package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.BriefingInfo;

/** A briefing file records the style sheet it is drawn with; files from before default to the classic one. */
class StyleSheetRecordTest {
    @TempDir
    Path dir;

    private static String styleSheetRow(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            return BriefingFileTest.one(st, "SELECT value FROM sitmap_briefing WHERE key='style_sheet'");
        }
    }

    @Test
    void aSchemaTwoBriefingIsMigratedToTheClassicSheet() throws Exception {
        Path file = dir.resolve("kursk.gpkg");
        Files.copy(Path.of("src/test/resources/store/kursk-before-sides.gpkg"), file);
        // As a schema-2 file was written (before style sheets): no style_sheet key.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM sitmap_briefing WHERE key = 'style_sheet'");
            st.executeUpdate("UPDATE sitmap_briefing SET value = '2' WHERE key = 'schema_version'");
        }
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.schemaVersion()).isEqualTo(2);
            assertThat(f.briefing().info().styleSheet()).isEqualTo(BriefingInfo.DEFAULT_STYLE_SHEET);
        }
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
        assertThat(styleSheetRow(file)).isEqualTo("classic");
    }

    @Test
    void aChosenSheetIsWrittenAndReadBack() throws Exception {
        Path file = dir.resolve("new.gpkg");
        try (BriefingFile f = BriefingFile.create(file, new BriefingInfo("New", "me", null, null))) {
            assertThat(f.briefing().info().styleSheet()).isEqualTo("classic");
            f.briefing().setInfo(f.briefing().info().withStyleSheet("isw"));
        }
        assertThat(styleSheetRow(file)).isEqualTo("isw");
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.briefing().info().styleSheet()).isEqualTo("isw");
            assertThat(f.briefing().info().title()).isEqualTo("New");
        }
    }
}
