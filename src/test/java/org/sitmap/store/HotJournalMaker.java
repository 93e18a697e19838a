package org.sitmap.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Child process of {@link HotJournalTest}: changes a briefing in a rollback-journal transaction, says "ready" and
 * waits to be killed, which leaves a hot journal ({@code FILE-journal}) behind, as a crashed writer would.
 */
public final class HotJournalMaker {
    private HotJournalMaker() {
    }

    public static void main(String[] args) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            st.execute("PRAGMA cache_size=2"); // spill changed pages into the file before the commit
            c.setAutoCommit(false);
            st.executeUpdate("UPDATE sitmap_briefing SET value = 'half-written' WHERE key = 'title'");
            st.executeUpdate("DELETE FROM annotations");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
