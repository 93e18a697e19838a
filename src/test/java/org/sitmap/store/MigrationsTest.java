package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitmap.store.StoreTestSupport.assertSameContent;
import static org.sitmap.store.StoreTestSupport.ids;
import static org.sitmap.store.StoreTestSupport.sidecars;
import static org.sitmap.store.StoreTestSupport.uidsByZOrder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.model.Annotation;

class MigrationsTest {
    @TempDir
    Path dir;

    private Path fixtureCopy() throws Exception {
        Path file = dir.resolve("old.gpkg");
        try (InputStream in = getClass().getResourceAsStream("/store/briefing-v1.gpkg")) {
            assertThat(in).as("fixture store/briefing-v1.gpkg").isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void everyScriptIsAResourceAndSplitsIntoStatements() {
        for (int v = 1; v <= Migrations.LATEST; v++) {
            assertThat(Migrations.statements(Migrations.script(v))).isNotEmpty()
                    .allSatisfy(s -> assertThat(s).endsWith(";"));
        }
    }

    @Test
    void schemaOneFixtureIsMigratedAndReadBack() throws Exception {
        Path file = fixtureCopy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(BriefingFileTest.one(st, "SELECT value FROM sitmap_briefing WHERE key='schema_version'"))
                    .isEqualTo("1");
        }
        List<Annotation> expected = V1FixtureMaker.annotations();
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(f.readOnly()).isFalse();
            assertThat(f.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(f.briefing().info()).isEqualTo(V1FixtureMaker.info());
            assertSameContent(f.briefing().annotations(), expected);
            f.briefing().move("zone-1", 7);
            f.briefing().replace(f.briefing().get("marker-1").withLocked(true));
        }
        assertThat(sidecars(file)).isEmpty();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(BriefingFileTest.one(st, "SELECT value FROM sitmap_briefing WHERE key='schema_version'"))
                    .isEqualTo(String.valueOf(Migrations.LATEST));
            assertThat(BriefingFileTest.one(st, "PRAGMA user_version")).isEqualTo("10300");
        }
        try (BriefingFile f = BriefingFile.open(file)) {
            assertThat(ids(f.briefing().annotations())).endsWith("zone-1");
            assertThat(f.briefing().get("marker-1").locked()).isTrue();
            assertThat(uidsByZOrder(file)).isEqualTo(ids(f.briefing().annotations()));
        }
    }

    @Test
    void readOnlyOpeningOfAnOldFileReadsWithoutMigrating() throws Exception {
        Path file = fixtureCopy();
        String hash = StoreTestSupport.sha256(file);
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.schemaVersion()).isEqualTo(1);
            assertSameContent(f.briefing().annotations(), V1FixtureMaker.annotations());
        }
        assertThat(StoreTestSupport.sha256(file)).isEqualTo(hash);
    }

    @Test
    void fixtureMakerStillWritesWhatIsCommitted() throws Exception {
        Path fresh = dir.resolve("fresh-v1.gpkg");
        V1FixtureMaker.make(fresh);
        try (BriefingFile a = BriefingFile.openReadOnly(fresh); BriefingFile b = BriefingFile.openReadOnly(
                fixtureCopy())) {
            assertSameContent(a.briefing().annotations(), b.briefing().annotations());
        }
    }
}
