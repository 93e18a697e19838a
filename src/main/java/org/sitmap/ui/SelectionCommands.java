package org.sitmap.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.command.AddAnnotationCommand;
import org.sitmap.command.ChangeAnnotationCommand;
import org.sitmap.command.Command;
import org.sitmap.command.CompositeCommand;
import org.sitmap.command.RemoveAnnotationCommand;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;

/**
 * Builds the one command an edit of several selected annotations makes (so one undo step undoes all of it), and
 * says which annotations are selected afterwards. Used by {@link BriefingViewModel} only. Stateless.
 */
final class SelectionCommands {
    /** A command and the ids the selection holds once it has run (the primary last). */
    record Edit(Command command, List<String> selectAfter) {
    }

    private SelectionCommands() {
    }

    /** One command for the parts: the part itself when there is one, else a composite. Null for none. */
    static Command one(String description, List<Command> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : new CompositeCommand(description, parts);
    }

    static Edit remove(Briefing b, List<Annotation> doomed) {
        List<Command> parts = new ArrayList<>();
        for (Annotation a : doomed) {
            parts.add(new RemoveAnnotationCommand(b, a.id()));
        }
        return new Edit(one("Delete " + count(doomed.size()), parts), List.of());
    }

    /** Adds the annotations on top, in the order given, and selects them. */
    static Edit add(Briefing b, List<Annotation> fresh, String description) {
        List<Command> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Annotation a : fresh) {
            parts.add(new AddAnnotationCommand(b, a));
            ids.add(a.id());
        }
        return new Edit(one(description + " " + count(fresh.size()), parts), ids);
    }

    /**
     * Replaces each {@code before} by its {@code after}. As of a later situation date a new shape does not
     * overwrite history: the old one stays valid until the day before, the new one is valid from that day and is
     * added right above it (how a zone's growth is recorded day by day); the new one is then selected. The
     * annotations come in drawing order (bottom first).
     */
    static Edit change(Briefing b, LocalDate date, List<Annotation> before, List<Annotation> after,
            String description) {
        List<Command> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Annotation was = before.get(i);
            Annotation now = after.get(i);
            if (was.sameContent(now)) {
                ids.add(was.id());
                continue;
            }
            boolean reshaped = !was.geometry().equalsExact(now.geometry());
            if (date != null && reshaped && (was.validFrom() == null || was.validFrom().isBefore(date))) {
                Annotation from = now.copyWithNewId().withValidity(date, was.validTo());
                parts.add(new ChangeAnnotationCommand(b, was, was.withValidity(was.validFrom(), date.minusDays(1)),
                        description));
                parts.add(new AddAnnotationCommand(b, from, b.indexOf(was.id()) + 1 + countAddsBelow(parts)));
                ids.add(from.id());
            } else {
                parts.add(new ChangeAnnotationCommand(b, was, now, description));
                ids.add(now.id());
            }
        }
        String what = date != null && parts.size() > before.size() ? description + " as of " + date : description;
        return new Edit(one(what, parts), ids);
    }

    /**
     * How far the adds already queued shift the next index up: each lies below the next one, since the
     * annotations are handled in drawing order (bottom first).
     */
    private static int countAddsBelow(List<Command> parts) {
        int n = 0;
        for (Command c : parts) {
            if (c instanceof AddAnnotationCommand) {
                n++;
            }
        }
        return n;
    }

    /** True when the annotation is valid on {@code date} and began before it, so it can be split there. */
    static boolean canSplit(Annotation a, LocalDate date) {
        return date != null && (a.validFrom() == null || a.validFrom().isBefore(date))
                && (a.validTo() == null || !a.validTo().isBefore(date));
    }

    /**
     * Splits each annotation that {@link #canSplit} at {@code date}: it stays valid until the day before, and a
     * copy valid from {@code date} (to its old end) is added right above it and selected. Drawing order
     * (bottom first).
     */
    static Edit split(Briefing b, List<Annotation> annotations, LocalDate date) {
        List<Command> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Annotation a : annotations) {
            if (!canSplit(a, date)) {
                continue;
            }
            Annotation copy = a.copyWithNewId().withValidity(date, a.validTo());
            parts.add(new ChangeAnnotationCommand(b, a, a.withValidity(a.validFrom(), date.minusDays(1)),
                    "Split as of " + date));
            parts.add(new AddAnnotationCommand(b, copy, b.indexOf(a.id()) + 1 + countAddsBelow(parts)));
            ids.add(copy.id());
        }
        return new Edit(one("Split " + count(ids.size()) + " as of " + date, parts), ids);
    }

    static String count(int n) {
        return n == 1 ? "annotation" : n + " annotations";
    }
}
