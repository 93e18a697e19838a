package org.sitmap.command;

/**
 * One user edit that can be undone. {@link #execute()} applies it (also when redoing), {@link #undo()} restores
 * exactly the state before. Commands hold the values they need to do both (JOSM's commands, Scene Builder's jobs).
 */
public interface Command {
    void execute();

    void undo();

    /** What the Undo / Redo menu items say, e.g. "Add zone". */
    String description();
}
