package org.sitmap.command;

import java.util.Objects;
import org.sitmap.model.Briefing;
import org.sitmap.model.LegendEdits;

/** One change to the briefing's legend (an entry renamed, hidden, shown or moved), kept in the briefing's info. */
public final class EditLegendCommand implements Command {
    private final Briefing briefing;
    private final LegendEdits after;
    private final String description;
    private LegendEdits before;

    /** @param description what the user did, for the Undo menu ("Rename legend entry") */
    public EditLegendCommand(Briefing briefing, LegendEdits after, String description) {
        this.briefing = Objects.requireNonNull(briefing, "briefing");
        this.after = Objects.requireNonNull(after, "after");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public void execute() {
        before = briefing.info().legend();
        briefing.setInfo(briefing.info().withLegend(after));
    }

    @Override
    public void undo() {
        briefing.setInfo(briefing.info().withLegend(before));
    }

    @Override
    public String description() {
        return description;
    }
}
