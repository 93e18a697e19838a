package org.sitmap.model;

/**
 * Hears every change to a {@link Briefing}. Changes made inside {@link Briefing#atomically(Runnable)} arrive between
 * {@link #batchStarted()} and {@link #batchFinished()}, so a store can write one user edit in one transaction.
 * Callbacks run on the thread that changed the briefing.
 */
public interface BriefingListener {
    default void batchStarted() {
    }

    /** {@code annotation} was inserted at drawing position {@code index} (0 = bottom). */
    default void added(int index, Annotation annotation) {
    }

    default void removed(int index, Annotation annotation) {
    }

    /** An annotation was replaced by a new value with the same id. */
    default void changed(Annotation before, Annotation after) {
    }

    /** An annotation moved from one drawing position to another. */
    default void moved(Annotation annotation, int from, int to) {
    }

    default void infoChanged(BriefingInfo before, BriefingInfo after) {
    }

    /** The batch ended (also when one of its changes threw). */
    default void batchFinished() {
    }
}
