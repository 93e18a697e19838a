package org.sitmap.command;

import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;

/** Adds an annotation at a drawing position (on top by default). */
public final class AddAnnotationCommand implements Command {
    private final Briefing briefing;
    private final Annotation annotation;
    private final int index;

    public AddAnnotationCommand(Briefing briefing, Annotation annotation) {
        this(briefing, annotation, -1);
    }

    /** @param index drawing position, or -1 for on top */
    public AddAnnotationCommand(Briefing briefing, Annotation annotation, int index) {
        this.briefing = briefing;
        this.annotation = annotation;
        this.index = index;
    }

    @Override
    public void execute() {
        briefing.add(index < 0 ? briefing.size() : Math.min(index, briefing.size()), annotation);
    }

    @Override
    public void undo() {
        briefing.remove(annotation.id());
    }

    @Override
    public String description() {
        return "Add " + annotation.kind().label().toLowerCase(java.util.Locale.ROOT);
    }

    public Annotation annotation() {
        return annotation;
    }
}
