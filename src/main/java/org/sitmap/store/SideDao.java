package org.sitmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.Affiliation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

/**
 * The {@code sitmap_sides} table: the briefing's sides (code, position, name, colour, affiliation). Stateless;
 * callers own the connection and its transaction.
 */
final class SideDao {
    static final String TABLE = "sitmap_sides";

    private SideDao() {
    }

    /**
     * The sides in their order. A hand-edited bad colour or affiliation is read as none / unknown; a file from
     * before sides (read without migrating it) has the three old fixed sides.
     */
    static SideList read(Connection c) throws SQLException {
        if (!exists(c)) {
            return SideList.legacy();
        }
        List<BriefingSide> out = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT code, name, colour, affiliation FROM " + TABLE
                        + " ORDER BY position, code")) {
            while (rs.next()) {
                try {
                    out.add(new BriefingSide(Side.of(rs.getString(1)), rs.getString(2), colour(rs.getString(3)),
                            affiliation(rs.getString(4))));
                } catch (IllegalArgumentException e) {
                    // A code the application never writes: every annotation of that side would be lost or misread.
                    throw new AnnotationDao.DamagedRowException("the side list: " + e.getMessage(), e);
                }
            }
        }
        try {
            return SideList.of(out);
        } catch (IllegalArgumentException e) {
            throw new AnnotationDao.DamagedRowException("the side list: " + e.getMessage(), e);
        }
    }

    /** Replaces the stored sides with {@code sides} (a handful of rows: rewriting them all is simplest). */
    static void write(Connection c, SideList sides) throws SQLException {
        // A file of an older schema (written only by its fixture maker) has nowhere to keep them.
        if (!exists(c) || sides.equals(read(c))) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + TABLE);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                + " (code, position, name, colour, affiliation) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (BriefingSide s : sides.list()) {
                ps.setString(1, s.side().code());
                ps.setInt(2, position++);
                ps.setString(3, s.name());
                ps.setString(4, s.colour());
                ps.setString(5, s.affiliation().code());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String colour(String stored) {
        try {
            return BriefingSide.normaliseColour(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Affiliation affiliation(String stored) {
        try {
            return Affiliation.fromCode(stored);
        } catch (IllegalArgumentException e) {
            return Affiliation.UNKNOWN;
        }
    }
}
