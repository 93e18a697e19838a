package org.sitmap.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitmap.command.SetSidesCommand;
import org.sitmap.model.Affiliation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

/**
 * The open briefing's sides as an observable list (for the Sides dialog, the side pickers and the list's filter)
 * and their edits, each one undoable step ({@link SetSidesCommand}). Keeps the side of new annotations among
 * the briefing's sides. Use on the JavaFX thread.
 */
public final class BriefingSides {
    private final BriefingViewModel vm;
    private final ObservableList<BriefingSide> sides = FXCollections.observableArrayList();
    private final ObservableList<BriefingSide> view = FXCollections.unmodifiableObservableList(sides);

    BriefingSides(BriefingViewModel vm) {
        this.vm = vm;
        BriefingInfoWatch.follow(vm, now -> {
            if (now != null) {
                show(now.info().sides());
            }
        }, (before, after) -> {
            if (!before.sides().equals(after.sides())) {
                show(after.sides());
            }
        });
    }

    private void show(SideList list) {
        sides.setAll(list.list());
        Side preferred = vm.defaultSideProperty().get();
        if (!list.isEmpty() && (preferred == null || !list.contains(preferred))) {
            vm.defaultSideProperty().set(list.list().get(0).side());
        }
    }

    /** The sides in the user's order; changes whenever any side is edited (a renamed side is a new element). */
    public ObservableList<BriefingSide> list() {
        return view;
    }

    public SideList current() {
        return vm.briefing().info().sides();
    }

    /** The name people see for {@code side}. */
    public String nameOf(Side side) {
        return current().nameOf(side);
    }

    /**
     * Adds a side named {@code name} at the end, drawn in {@code colour} ({@code #RRGGBB}; null: the sheet's
     * colour for its affiliation); returns it, or null when the edit was refused.
     */
    public Side add(String name, Affiliation affiliation, String colour) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            vm.reportProblem("The side was not added", "Type a name for the new side.");
            return null;
        }
        Side code = current().freeCode(n);
        return apply(current().with(new BriefingSide(code, n, colour, affiliation)), "Add side " + n) ? code : null;
    }

    public boolean rename(Side side, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            vm.reportProblem("The side was not renamed", "A side's name cannot be empty.");
            return false;
        }
        BriefingSide s = current().resolve(side);
        return !n.equals(s.name()) && apply(current().with(s.withName(n)), "Rename side " + s.name() + " to " + n);
    }

    /** Gives {@code side} the colour {@code hex} ({@code #RRGGBB}), or the style sheet's colour for null. */
    public boolean recolour(Side side, String hex) {
        BriefingSide s = current().resolve(side);
        BriefingSide after = s.withColour(hex);
        return !after.equals(s) && apply(current().with(after), "Recolour side " + s.name());
    }

    public boolean setAffiliation(Side side, Affiliation a) {
        BriefingSide s = current().resolve(side);
        return s.affiliation() != a && apply(current().with(s.withAffiliation(a)),
                "Set side " + s.name() + " to " + a.label().toLowerCase(java.util.Locale.ROOT));
    }

    /** Moves {@code side} {@code delta} places (negative: up). */
    public boolean move(Side side, int delta) {
        SideList after = current().moved(side, delta);
        return !after.equals(current()) && apply(after, "Move side " + nameOf(side));
    }

    /** Why {@code side} cannot be removed now (annotations use it, with how many), or null if it can. */
    public String removalRefusal(Side side) {
        return SetSidesCommand.refusal(vm.briefing(), current().without(side));
    }

    /** Removes {@code side}; refused, with the count, while annotations use it. */
    public boolean remove(Side side) {
        SideList after = current().without(side);
        String refusal = removalRefusal(side);
        if (refusal != null) {
            vm.reportProblem("The side was not removed", refusal);
            return false;
        }
        return apply(after, "Remove side " + nameOf(side));
    }

    private boolean apply(SideList after, String description) {
        return vm.execute(new SetSidesCommand(vm.briefing(), after, description));
    }
}
