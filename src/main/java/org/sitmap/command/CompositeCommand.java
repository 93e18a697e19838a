package org.sitmap.command;

import java.util.List;

/** Several commands as one edit: executed in order, undone in reverse order. Immutable list. */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<? extends Command> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A composite command needs at least one part");
        }
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public void execute() {
        for (Command c : parts) {
            c.execute();
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }

    public List<Command> parts() {
        return parts;
    }
}
