package org.sitmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;

/**
 * The GeoPackage {@code gpkg_contents} table: keeps the annotations row's extent and last_change current so GIS
 * tools zoom to the right place. Stateless; callers own the connection and its transaction.
 */
final class ContentsDao {
    private ContentsDao() {
    }

    /** Records a change of {@code table} now, with its new extent (null or empty: unknown). */
    static void touch(Connection c, String table, Envelope extent) throws SQLException {
        boolean known = extent != null && !extent.isNull();
        try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents SET last_change = "
                + "strftime('%Y-%m-%dT%H:%M:%fZ','now'), min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                + "WHERE table_name = ?")) {
            if (known) {
                ps.setDouble(1, extent.getMinX());
                ps.setDouble(2, extent.getMinY());
                ps.setDouble(3, extent.getMaxX());
                ps.setDouble(4, extent.getMaxY());
            } else {
                for (int i = 1; i <= 4; i++) {
                    ps.setNull(i, java.sql.Types.DOUBLE);
                }
            }
            ps.setString(5, table);
            ps.executeUpdate();
        }
    }
}
