package org.sitmap.command;

import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/** Changes the briefing's title, author or situation date. */
public final class SetBriefingInfoCommand implements Command {
    private final Briefing briefing;
    private final BriefingInfo after;
    private BriefingInfo before;

    public SetBriefingInfoCommand(Briefing briefing, BriefingInfo after) {
        this.briefing = briefing;
        this.after = after;
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
        return "Edit briefing details";
    }
}
