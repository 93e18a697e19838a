package org.sitmap.command;

import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** Changes the briefing's title, author, situation date, saved view, style sheet or place-name language. */
public final class SetBriefingInfoCommand implements Command {
    private final Briefing briefing;
    private final BriefingInfo after;
    private final String description;
    private BriefingInfo before;

    public SetBriefingInfoCommand(Briefing briefing, BriefingInfo after) {
        this.briefing = briefing;
        this.after = after;
        BriefingInfo now = briefing.info();
        // The menus say what the step undoes: a new look is not an edit of the details.
        boolean sheetOnly = !now.styleSheet().equals(after.styleSheet())
                && now.withStyleSheet(after.styleSheet()).equals(after);
        boolean namesOnly = now.placeNames() != after.placeNames()
                && now.withPlaceNames(after.placeNames()).equals(after);
        this.description = sheetOnly ? "Change style sheet" : namesOnly ? "Change place names" : "Edit briefing details";
    }

    @Override
    public void execute() {
        before = briefing.info();
        briefing.setInfo(after);
    }

    @Override
    public void undo() {
        briefing.setInfo(before);
    }

    @Override
    public String description() {
        return description;
    }
}
