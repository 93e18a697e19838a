package org.sitmap.command;

import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;

/** Deletes one annotation; undo puts it back at the same drawing position. */
public final class RemoveAnnotationCommand implements Command {
    private final Briefing briefing;
    private final String id;
    private Annotation removed;
    private int index;

    public RemoveAnnotationCommand(Briefing briefing, String id) {
        this.briefing = briefing;
        this.id = id;
    }

    @Override
    public void execute() {
        index = briefing.indexOf(id);
        removed = briefing.remove(id);
    }

    @Override
    public void undo() {
        briefing.add(index, removed);
    }

    @Override
    public String description() {
        return "Delete " + (removed == null ? "annotation" : removed.displayName());
    }
}
