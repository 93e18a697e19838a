package org.sitmap.command;

import org.sitmap.model.Briefing;

/** Moves an annotation to another drawing position (bring forward / send back). */
public final class ReorderAnnotationCommand implements Command {
    private final Briefing briefing;
    private final String id;
    private final int to;
    private int from = -1;

    public ReorderAnnotationCommand(Briefing briefing, String id, int to) {
        this.briefing = briefing;
        this.id = id;
        this.to = to;
    }

    @Override
    public void execute() {
        from = briefing.indexOf(id);
        briefing.move(id, to);
    }

    @Override
    public void undo() {
        briefing.move(id, from);
    }

    @Override
    public String description() {
        return from >= 0 && to > from ? "Bring forward" : "Send back";
    }
}
