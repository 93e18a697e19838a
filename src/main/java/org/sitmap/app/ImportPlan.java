package org.sitmap.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitmap.command.AddAnnotationCommand;
import org.sitmap.command.ChangeAnnotationCommand;
import org.sitmap.command.Command;
import org.sitmap.command.CompositeCommand;
import org.sitmap.command.SetSidesCommand;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

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
    private final SideList sides;

    private ImportPlan(List<Annotation> additions, List<Annotation> replacements, SideList sides) {
        this.additions = List.copyOf(additions);
        this.replacements = List.copyOf(replacements);
        this.sides = sides;
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
        return of(briefing, imported, SideList.empty(), policy);
    }

    /**
     * Plans the import of annotations with the sides their file defines: sides the briefing lacks are added (the
     * file's definition, else the old fixed side of that code); the briefing's own sides are kept as they are.
     *
     * @throws UnknownSideException when an annotation's side is neither in the file nor in the briefing
     * @throws ClashRefusedException when the policy is {@link ClashPolicy#REFUSE} and some id clashes
     */
    public static ImportPlan of(Briefing briefing, List<Annotation> imported, SideList fileSides,
            ClashPolicy policy) {
        SideList known = withFileSides(briefing.info().sides(), fileSides);
        int bad = AnnotationGeoJson.unknownSide(imported, known);
        if (bad >= 0) {
            throw new UnknownSideException(bad, imported.get(bad));
        }
        known = withOldSides(known, imported.stream().map(Annotation::side).collect(Collectors.toSet()));
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
        return new ImportPlan(add, replace, known);
    }

    /** {@code briefing}'s sides, then those of {@code file} it lacks (the briefing's own are kept as they are). */
    public static SideList withFileSides(SideList briefing, SideList file) {
        SideList known = briefing;
        for (BriefingSide s : file.list()) {
            known = known.contains(s.side()) ? known : known.with(s);
        }
        return known;
    }

    /**
     * {@code known}, then the old fixed sides among {@code used} that it lacks, in their old order (the legend's
     * order before sides were the briefing's).
     */
    public static SideList withOldSides(SideList known, Set<Side> used) {
        SideList out = known;
        for (BriefingSide s : SideList.legacy().list()) {
            if (!out.contains(s.side()) && used.contains(s.side())) {
                out = out.with(s);
            }
        }
        return out;
    }

    /** The briefing's sides after the import: its own, then those the import adds. */
    public SideList sides() {
        return sides;
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
            if (!sides.equals(briefing.info().sides())) {
                briefing.setInfo(briefing.info().withSides(sides));
            }
            replacements.forEach(briefing::replace);
            additions.forEach(briefing::add);
        });
    }

    /** The plan as one undoable command on {@code briefing}. */
    public Command command(Briefing briefing, String description) {
        List<Command> steps = new ArrayList<>();
        if (!sides.equals(briefing.info().sides())) {
            steps.add(new SetSidesCommand(briefing, sides, "Add the sides of the import"));
        }
        for (Annotation a : replacements) {
            steps.add(new ChangeAnnotationCommand(briefing, briefing.get(a.id()), a, "Replace " + a.title()));
        }
        for (Annotation a : additions) {
            steps.add(new AddAnnotationCommand(briefing, a));
        }
        return new CompositeCommand(description, steps);
    }

    /** An import refused because an annotation's side is defined neither by its file nor by the briefing. */
    public static final class UnknownSideException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownSideException(int featureIndex, Annotation a) {
            super("feature " + featureIndex + " (\"" + a.displayName() + "\"): the side \"" + a.side().code()
                    + "\" is neither among the file's sides nor the briefing's; nothing imported. Define it in the "
                    + "file's \"sitmap\" member or add it in the Sides dialog");
        }
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
