package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitmap.model.Annotation;

/** Helpers shared by the store tests. */
final class StoreTestSupport {
    private StoreTestSupport() {
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertSameContent(List<Annotation> actual, List<Annotation> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Annotation a = actual.get(i);
            Annotation e = expected.get(i);
            assertThat(a.sameContent(e)).as("annotation %d: %s vs %s (attributes %s vs %s)", i, a, e,
                    a.attributes(), e.attributes()).isTrue();
        }
    }

    /** (uid, z_order) rows ordered by z_order, read with a plain connection. */
    static List<String> uidsByZOrder(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT uid, z_order FROM annotations ORDER BY z_order")) {
            int expected = 0;
            while (rs.next()) {
                assertThat(rs.getInt(2)).as("z_order of %s", rs.getString(1)).isEqualTo(expected++);
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static List<String> ids(List<Annotation> list) {
        return list.stream().map(Annotation::id).toList();
    }

    static List<Path> sidecars(Path file) {
        List<Path> out = new ArrayList<>();
        for (String s : List.of("-wal", "-shm", "-journal", ".lock")) {
            Path p = file.resolveSibling(file.getFileName() + s);
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
