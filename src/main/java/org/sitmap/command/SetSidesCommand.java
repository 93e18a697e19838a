package org.sitmap.command;

import java.util.Objects;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

/**
 * Replaces the briefing's list of sides: one add, rename, recolour, reorder or removal in the Sides dialog, or the
 * sides an import brings. Refuses, before changing anything, to remove a side that annotations still use.
 */
public final class SetSidesCommand implements Command {
    private final Briefing briefing;
    private final SideList after;
    private final String description;
    private SideList before;

    /**
     * @param description what the user did, for the Undo menu ("Rename side Side A")
     */
    public SetSidesCommand(Briefing briefing, SideList after, String description) {
        this.briefing = Objects.requireNonNull(briefing, "briefing");
        this.after = Objects.requireNonNull(after, "after");
        this.description = description == null ? "Edit sides" : description;
    }

    @Override
    public void execute() {
        before = briefing.info().sides();
        String refusal = refusal(briefing, after);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        briefing.setInfo(briefing.info().withSides(after));
    }

    @Override
    public void undo() {
        briefing.setInfo(briefing.info().withSides(before));
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Why {@code briefing} cannot take {@code after} as its sides, or null if it can: a side left out that
     * annotations still use, named with how many do.
     */
    public static String refusal(Briefing briefing, SideList after) {
        for (BriefingSide s : briefing.info().sides().list()) {
            if (!after.contains(s.side())) {
                long users = usersOf(briefing, s.side());
                if (users > 0) {
                    return "The side \"" + s.name() + "\" cannot be removed: " + users
                            + (users == 1 ? " annotation uses" : " annotations use")
                            + " it. Give them another side first.";
                }
            }
        }
        return null;
    }

    /** How many of the briefing's annotations are about {@code side}. */
    public static long usersOf(Briefing briefing, Side side) {
        return briefing.annotations().stream().map(Annotation::side).filter(side::equals).count();
    }
}
