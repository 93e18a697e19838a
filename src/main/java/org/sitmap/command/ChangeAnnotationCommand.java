package org.sitmap.command;

import java.util.Objects;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;

/** Replaces an annotation by an edited value of it (moved, reshaped, a property changed); undo restores it. */
public final class ChangeAnnotationCommand implements Command {
    private final Briefing briefing;
    private final Annotation before;
    private final Annotation after;
    private final String description;

    public ChangeAnnotationCommand(Briefing briefing, Annotation before, Annotation after, String description) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("A change keeps the id: " + before.id() + " vs " + after.id());
        }
        this.briefing = briefing;
        this.before = before;
        this.after = after;
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public void execute() {
        briefing.replace(after);
    }

    @Override
    public void undo() {
        briefing.replace(before);
    }

    @Override
    public String description() {
        return description;
    }

    public Annotation after() {
        return after;
    }
}
