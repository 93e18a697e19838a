package org.sitmap.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs commands and remembers them for undo and redo. {@link #push} executes and clears the redo side; a depth cap
 * drops the oldest steps; a push from inside a running command is refused (it would tangle the history). Every
 * execute, undo and redo runs inside the {@code transaction} wrapper given at construction (the briefing's
 * {@code atomically}), so one user edit is one write to the briefing file.
 *
 * <p>{@link #revision()} changes with every push, undo and redo: equal revisions mean an equal state, which is what a
 * "modified" flag compares. Not thread-safe: use from the UI thread.
 *
 * <pre>{@code
 * UndoStack stack = new UndoStack(briefing::atomically, Integer.MAX_VALUE);
 * stack.push(new AddAnnotationCommand(briefing, zone));
 * stack.undo();
 * }</pre>
 */
public final class UndoStack {
    /** Hears every change of the stack (to refresh menu texts and dirty flags). */
    public interface Listener {
        void stackChanged(UndoStack stack);
    }

    private final Consumer<Runnable> transaction;
    private final int maxDepth;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean running;
    private long revision;
    private long nextRevision = 1;
    private final Deque<Long> undoRevisions = new ArrayDeque<>();
    private final Deque<Long> redoRevisions = new ArrayDeque<>();

    /**
     * @param transaction wraps each execute/undo so its changes form one batch, e.g. {@code briefing::atomically}
     * @param maxDepth    most steps kept (Integer.MAX_VALUE for unlimited)
     */
    public UndoStack(Consumer<Runnable> transaction, int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("Undo depth must be at least 1: " + maxDepth);
        }
        this.transaction = transaction;
        this.maxDepth = maxDepth;
    }

    /** An unlimited stack whose commands run without a wrapper. */
    public UndoStack() {
        this(Runnable::run, Integer.MAX_VALUE);
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Executes {@code command} and records it; the redo history is dropped. */
    public void push(Command command) {
        run(command::execute);
        undoRevisions.push(revision);
        undo.push(command);
        redo.clear();
        redoRevisions.clear();
        while (undo.size() > maxDepth) {
            undo.removeLast();
            undoRevisions.removeLast();
        }
        revision = nextRevision++;
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("Nothing to undo");
        }
        Command c = undo.peek();
        run(c::undo);
        undo.pop();
        redo.push(c);
        redoRevisions.push(revision);
        revision = undoRevisions.pop();
        fire();
    }

    public void redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("Nothing to redo");
        }
        Command c = redo.peek();
        run(c::execute);
        redo.pop();
        undo.push(c);
        undoRevisions.push(revision);
        revision = redoRevisions.pop();
        fire();
    }

    /** "Undo Add zone", or "Undo" when there is nothing to undo. */
    public String undoText() {
        return undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description();
    }

    public String redoText() {
        return redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description();
    }

    public int undoDepth() {
        return undo.size();
    }

    /** Identifies the current state of the history; equal after undoing back to a state. */
    public long revision() {
        return revision;
    }

    /** Forgets the history (a briefing was opened or created). */
    public void clear() {
        undo.clear();
        redo.clear();
        undoRevisions.clear();
        redoRevisions.clear();
        revision = nextRevision++;
        fire();
    }

    private void run(Runnable action) {
        if (running) {
            throw new IllegalStateException("A command may not push, undo or redo while it runs");
        }
        running = true;
        try {
            transaction.accept(action);
        } finally {
            running = false;
        }
    }

    private void fire() {
        listeners.forEach(l -> l.stackChanged(this));
    }
}
