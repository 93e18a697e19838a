package org.sitmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;

/**
 * Writes {@code src/test/resources/store/briefing-v1.gpkg} as Sitmap with schema 1 wrote it: only V1__init.sql, rows
 * without z_order or locked (drawing order was the fid). Run once by hand; the result is committed:
 * {@code java -cp target/classes:target/test-classes:... org.sitmap.store.V1FixtureMaker FILE}.
 */
public final class V1FixtureMaker {
    private V1FixtureMaker() {
    }

    public static void main(String[] args) throws Exception {
        make(Path.of(args.length > 0 ? args[0] : "src/test/resources/store/briefing-v1.gpkg"));
    }

    /** The annotations the fixture holds, in drawing order (locked is false: schema 1 had no lock). */
    static List<Annotation> annotations() {
        return SampleAnnotations.all().stream().map(a -> a.toBuilder().locked(false).build()).toList();
    }

    static BriefingInfo info() {
        // Migrated, a briefing from before sides has the three old fixed sides.
        return new BriefingInfo("Schema 1 briefing", "fixture", java.time.LocalDate.of(2024, 8, 14), null)
                .withSides(org.sitmap.model.SideList.legacy());
    }

    static void make(Path file) throws Exception {
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 1);
            BriefingInfoDao.write(c, info());
            for (Annotation a : annotations()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotations (geom, uid, kind, title, "
                        + "notes, side, confidence, status, valid_from, valid_to, source, source_url, created, "
                        + "modified, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setBytes(1, GeoPackageGeometry.encode(a.geometry()));
                    ps.setString(2, a.id());
                    ps.setString(3, a.kind().code());
                    ps.setString(4, a.title());
                    ps.setString(5, a.notes());
                    ps.setString(6, a.side().code());
                    ps.setString(7, a.confidence().code());
                    ps.setString(8, a.status() == null ? null : a.status().code());
                    ps.setString(9, a.validFrom() == null ? null : a.validFrom().toString());
                    ps.setString(10, a.validTo() == null ? null : a.validTo().toString());
                    ps.setString(11, a.source());
                    ps.setString(12, a.sourceUrl());
                    ps.setString(13, a.created().toString());
                    ps.setString(14, a.modified().toString());
                    ps.setString(15, JsonAttributes.write(a.attributes()));
                    ps.executeUpdate();
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM");
            }
        }
    }
}
