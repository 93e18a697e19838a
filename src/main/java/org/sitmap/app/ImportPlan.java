package org.sitmap.app;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.command.AddAnnotationCommand;
import org.sitmap.command.ChangeAnnotationCommand;
import org.sitmap.command.Command;
import org.sitmap.command.CompositeCommand;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;

/**
 * What importing some annotations into a briefing does under a {@link ClashPolicy}: which are added and which
 * replace the briefing's annotation with their id. The window applies it as one undoable command, the command line
 * in one transaction; both build it here, so they treat clashing ids alike.
 *
 * <pre>{@code
 * List<String> clashes = ImportPlan.clashes(briefing, read);
 * ImportPlan plan = ImportPlan.of(briefing, read, clashes.isEmpty() ? ClashPolicy.REFUSE : ClashPolicy.NEW_IDS);
 * }</pre>
 *
 * Immutable; valid for the briefing as it was when planned.
 */
public final class ImportPlan {
    private final List<Annotation> additions;
    private final List<Annotation> replacements;

    private ImportPlan(List<Annotation> additions, List<Annotation> replacements) {
        this.additions = List.copyOf(additions);
        this.replacements = List.copyOf(replacements);
    }

    /** The ids of {@code imported} that {@code briefing} already holds, in the file's order. */
    public static List<String> clashes(Briefing briefing, List<Annotation> imported) {
        return imported.stream().map(Annotation::id).filter(id -> briefing.get(id) != null).toList();
    }

    /**
     * Plans the import.
     *
     * @throws ClashRefusedException when the policy is {@link ClashPolicy#REFUSE} and some id clashes
     */
    public static ImportPlan of(Briefing briefing, List<Annotation> imported, ClashPolicy policy) {
        List<String> clashes = clashes(briefing, imported);
        if (policy == ClashPolicy.REFUSE && !clashes.isEmpty()) {
            throw new ClashRefusedException(clashes);
        }
        List<Annotation> add = new ArrayList<>();
        List<Annotation> replace = new ArrayList<>();
        for (Annotation a : imported) {
            Annotation added = added(briefing, a, policy);
            if (added == null) {
                replace.add(a);
            } else {
                add.add(added);
            }
        }
        return new ImportPlan(add, replace);
    }

    /**
     * How one imported annotation lands, for imports planned one by one ({@link StreamedImport}): the annotation to
     * add (a copy with a new id when its id clashes under {@link ClashPolicy#NEW_IDS}), or null when it replaces the
     * briefing's one with its id ({@link ClashPolicy#REPLACE}).
     *
     * @throws ClashRefusedException when its id clashes under {@link ClashPolicy#REFUSE}
     */
    public static Annotation added(Briefing briefing, Annotation a, ClashPolicy policy) {
        if (briefing.get(a.id()) == null) {
            return a;
        }
        switch (policy) {
            case REPLACE:
                return null;
            case NEW_IDS:
                return a.copyWithNewId();
            default:
                throw new ClashRefusedException(List.of(a.id()));
        }
    }

    /** Annotations added at the top of the drawing order, in the file's order. */
    public List<Annotation> additions() {
        return additions;
    }

    /** Annotations that take the place of the briefing's annotation with the same id. */
    public List<Annotation> replacements() {
        return replacements;
    }

    /** How many annotations the import brings in. */
    public int size() {
        return additions.size() + replacements.size();
    }

    /** Applies the plan to {@code briefing} in one change (one transaction in a briefing file). */
    public void applyTo(Briefing briefing) {
        briefing.atomically(() -> {
            replacements.forEach(briefing::replace);
            additions.forEach(briefing::add);
        });
    }

    /** The plan as one undoable command on {@code briefing}. */
    public Command command(Briefing briefing, String description) {
        List<Command> steps = new ArrayList<>();
        for (Annotation a : replacements) {
            steps.add(new ChangeAnnotationCommand(briefing, briefing.get(a.id()), a, "Replace " + a.title()));
        }
        for (Annotation a : additions) {
            steps.add(new AddAnnotationCommand(briefing, a));
        }
        return new CompositeCommand(description, steps);
    }

    /** An import refused because the briefing already holds some of its ids. */
    public static final class ClashRefusedException extends RuntimeException {
        private final List<String> clashes;

        ClashRefusedException(List<String> clashes) {
            super("The briefing already holds " + clashes.size() + " of these annotations (id " + clashes.get(0)
                    + (clashes.size() > 1 ? ", ..." : "") + ")");
            this.clashes = List.copyOf(clashes);
        }

        /** The clashing ids, in the file's order. */
        public List<String> clashes() {
            return clashes;
        }
    }
}
