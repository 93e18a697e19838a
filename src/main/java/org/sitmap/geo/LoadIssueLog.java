package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The issues of one load, for any layer reader. A feature's repairs are held back ({@link #pend}) until the feature
 * is kept ({@link #keep}), so a feature that is skipped later reports only why it was skipped. Keeps at most
 * {@link #MAX_ISSUES}; further ones are counted in one closing issue so a broken file cannot flood the UI. Not
 * thread-safe.
 */
final class LoadIssueLog {
    /** Issues kept in a result. */
    static final int MAX_ISSUES = 1000;

    private final List<LoadIssue> issues = new ArrayList<>();
    private int dropped;
    /** Repairs of the feature being read, kept only if the feature is. */
    private final List<String> pending = new ArrayList<>();
    private long pendingLine = -1;
    private long pendingColumn = -1;
    private int unclosedRings;
    private LoadIssue firstLeftOut;

    /** Forgets what a previous feature left pending. */
    void startFeature() {
        pending.clear();
        unclosedRings = 0;
    }

    /** Holds a repair of the feature being read; the first one's place is the place of them all. */
    void pend(long line, long column, String message) {
        if (pending.isEmpty() && unclosedRings == 0) {
            pendingLine = line;
            pendingColumn = column;
        }
        pending.add(message);
    }

    /** Counts a ring of the feature being read that was closed for it (reported as one issue for all of them). */
    void ringClosed(long line, long column) {
        if (unclosedRings == 0 && pending.isEmpty()) {
            pendingLine = line;
            pendingColumn = column;
        }
        unclosedRings++;
    }

    /** The feature being read is kept: its pending repairs become issues. */
    void keep(int index) {
        if (unclosedRings > 0) {
            pending.add(0, unclosedRings == 1 ? "ring was not closed; closed it"
                    : unclosedRings + " rings were not closed; closed them");
        }
        for (String message : pending) {
            add(index, pendingLine, pendingColumn, message, LoadIssue.Kind.REPAIRED);
        }
        startFeature();
    }

    /** The feature is left out ({@link LoadIssue.Kind#SKIPPED} or {@link LoadIssue.Kind#REFUSED}). */
    LoadIssue leaveOut(int index, long line, long column, String message, LoadIssue.Kind kind) {
        startFeature();
        LoadIssue issue = add(index, line, column, message, kind);
        if (firstLeftOut == null || index < firstLeftOut.featureIndex()) {
            firstLeftOut = issue;
        }
        return issue;
    }

    /** Records an issue at once. */
    LoadIssue add(int index, long line, long column, String message, LoadIssue.Kind kind) {
        LoadIssue issue = new LoadIssue(index, line, column, message, kind);
        if (issues.size() < MAX_ISSUES) {
            issues.add(issue);
        } else {
            dropped++;
        }
        return issue;
    }

    /** How many issues were recorded, listed or not. */
    int size() {
        return issues.size() + dropped;
    }

    /** The issues listed so far, in order (a view: for a reader of one chunk, when it is done). */
    List<LoadIssue> listed() {
        return Collections.unmodifiableList(issues);
    }

    /** The left-out feature with the lowest index, or null. */
    LoadIssue firstLeftOut() {
        return firstLeftOut;
    }

    /** Forgets every issue (the features they were about are dropped). */
    void clear() {
        issues.clear();
        dropped = 0;
        firstLeftOut = null;
    }

    void sortByFeature() {
        issues.sort(Comparator.comparingInt(LoadIssue::featureIndex));
    }

    /** The issues in order, with a closing count of those not listed; the log is done after this. */
    List<LoadIssue> finish() {
        if (dropped > 0) {
            issues.add(new LoadIssue(-1, -1, -1, dropped + " more issues not listed"));
        }
        return Collections.unmodifiableList(issues);
    }
}
