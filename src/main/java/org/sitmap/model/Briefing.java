package org.sitmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A situation briefing: its {@link BriefingInfo} and its annotations in drawing order (index 0 is drawn first, at
 * the bottom). Change it through commands (see {@code org.sitmap.command}) so every edit can be undone; listeners
 * (the briefing file, the map, the lists) hear each change.
 *
 * <p>Not thread-safe: change and read it on one thread (the UI thread). Renders take a {@link #snapshot()}.
 */
public final class Briefing {
    private final List<Annotation> annotations = new ArrayList<>();
    private final Map<String, Annotation> byId = new HashMap<>();
    private final List<BriefingListener> listeners = new CopyOnWriteArrayList<>();
    private BriefingInfo info;
    private int batchDepth;

    public Briefing(BriefingInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    public Briefing() {
        this(BriefingInfo.untitled());
    }

    public void addListener(BriefingListener l) {
        listeners.add(l);
    }

    public void removeListener(BriefingListener l) {
        listeners.remove(l);
    }

    public BriefingInfo info() {
        return info;
    }

    public void setInfo(BriefingInfo newInfo) {
        BriefingInfo before = info;
        info = Objects.requireNonNull(newInfo, "info");
        if (!before.equals(newInfo)) {
            listeners.forEach(l -> l.infoChanged(before, newInfo));
        }
    }

    /** The annotations in drawing order; an unmodifiable live view. */
    public List<Annotation> annotations() {
        return Collections.unmodifiableList(annotations);
    }

    /** A copy of the annotations in drawing order, safe to hand to another thread. */
    public List<Annotation> snapshot() {
        return List.copyOf(annotations);
    }

    public int size() {
        return annotations.size();
    }

    public Annotation get(String id) {
        return byId.get(id);
    }

    public int indexOf(String id) {
        Annotation a = byId.get(id);
        return a == null ? -1 : annotations.indexOf(a);
    }

    /** Inserts at drawing position {@code index} (size() appends on top). */
    public void add(int index, Annotation a) {
        if (byId.containsKey(a.id())) {
            throw new IllegalArgumentException("Briefing already holds an annotation with id " + a.id());
        }
        annotations.add(index, a);
        byId.put(a.id(), a);
        listeners.forEach(l -> l.added(index, a));
    }

    public void add(Annotation a) {
        add(annotations.size(), a);
    }

    /** Removes by id; returns the removed annotation. */
    public Annotation remove(String id) {
        Annotation a = require(id);
        int index = annotations.indexOf(a);
        annotations.remove(index);
        byId.remove(id);
        listeners.forEach(l -> l.removed(index, a));
        return a;
    }

    /** Replaces the annotation with the same id; returns the old value. */
    public Annotation replace(Annotation after) {
        Annotation before = require(after.id());
        int index = annotations.indexOf(before);
        annotations.set(index, after);
        byId.put(after.id(), after);
        listeners.forEach(l -> l.changed(before, after));
        return before;
    }

    /** Moves an annotation to another drawing position. */
    public void move(String id, int to) {
        Annotation a = require(id);
        int from = annotations.indexOf(a);
        if (to < 0 || to >= annotations.size()) {
            throw new IndexOutOfBoundsException("Position " + to + " outside 0.." + (annotations.size() - 1));
        }
        if (from == to) {
            return;
        }
        annotations.remove(from);
        annotations.add(to, a);
        listeners.forEach(l -> l.moved(a, from, to));
    }

    /** Runs {@code changes} as one batch: listeners see them between batchStarted and batchFinished. */
    public void atomically(Runnable changes) {
        if (batchDepth++ == 0) {
            listeners.forEach(BriefingListener::batchStarted);
        }
        try {
            changes.run();
        } finally {
            if (--batchDepth == 0) {
                listeners.forEach(BriefingListener::batchFinished);
            }
        }
    }

    private Annotation require(String id) {
        Annotation a = byId.get(id);
        if (a == null) {
            throw new IllegalArgumentException("No annotation with id " + id);
        }
        return a;
    }
}
