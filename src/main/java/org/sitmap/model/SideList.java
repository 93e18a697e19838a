package org.sitmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A briefing's own sides, in the order the user gave them (the order of lists, pickers and the legend). Codes
 * are unique. Immutable: every change returns a new list, which is what lets a command undo it. Thread-safe.
 *
 * <pre>{@code
 * SideList sides = SideList.generic().with(new BriefingSide(Side.of("rsf"), "Rapid Support Forces",
 *         "#C62828", Affiliation.HOSTILE));
 * String name = sides.nameOf(annotation.side());
 * }</pre>
 */
public final class SideList {
    /** The names of the old fixed sides, for briefings and files that do not define them. */
    private static final Map<Side, String> LEGACY_NAMES = Map.of(Side.UKRAINE, "Ukraine", Side.RUSSIA, "Russia",
            Side.OTHER, "Other / neutral");

    private static final SideList EMPTY = new SideList(List.of());

    private final List<BriefingSide> sides;

    private SideList(List<BriefingSide> sides) {
        this.sides = List.copyOf(sides);
    }

    /** A list of {@code sides}; throws naming the code that appears twice. */
    public static SideList of(List<BriefingSide> sides) {
        List<Side> seen = new ArrayList<>();
        for (BriefingSide s : sides) {
            if (seen.contains(s.side())) {
                throw new IllegalArgumentException("the side code \"" + s.side().code() + "\" is used twice");
            }
            seen.add(s.side());
        }
        return new SideList(sides);
    }

    public static SideList empty() {
        return EMPTY;
    }

    /** What a new briefing starts with, for the user to rename: Side A (friend), Side B (hostile), Other. */
    public static SideList generic() {
        return of(List.of(new BriefingSide(Side.of("side_a"), "Side A", null, Affiliation.FRIEND),
                new BriefingSide(Side.of("side_b"), "Side B", null, Affiliation.HOSTILE),
                new BriefingSide(Side.OTHER, "Other", null, Affiliation.NEUTRAL)));
    }

    /**
     * The three sides every briefing had before sides belonged to the briefing, coloured by the style sheet as
     * they always were: what an old briefing migrates to and what GeoJSON without sides refers to.
     */
    public static SideList legacy() {
        return of(List.of(legacy(Side.UKRAINE).orElseThrow(), legacy(Side.RUSSIA).orElseThrow(),
                legacy(Side.OTHER).orElseThrow()));
    }

    /** The old fixed side of {@code side}'s code, if it is one of {@code ukraine}, {@code russia}, {@code other}. */
    public static Optional<BriefingSide> legacy(Side side) {
        String name = LEGACY_NAMES.get(side);
        if (name == null) {
            return Optional.empty();
        }
        Affiliation a = side.equals(Side.UKRAINE) ? Affiliation.FRIEND
                : side.equals(Side.RUSSIA) ? Affiliation.HOSTILE : Affiliation.NEUTRAL;
        return Optional.of(new BriefingSide(side, name, null, a));
    }

    public List<BriefingSide> list() {
        return sides;
    }

    public int size() {
        return sides.size();
    }

    public boolean isEmpty() {
        return sides.isEmpty();
    }

    public Optional<BriefingSide> find(Side side) {
        return sides.stream().filter(s -> s.side().equals(side)).findFirst();
    }

    public boolean contains(Side side) {
        return find(side).isPresent();
    }

    /** Position in the list, or -1. */
    public int indexOf(Side side) {
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).side().equals(side)) {
                return i;
            }
        }
        return -1;
    }

    /** The name people see: the briefing's, else the old fixed side's, else the code. */
    public String nameOf(Side side) {
        return find(side).or(() -> legacy(side)).map(BriefingSide::name).orElse(side.code());
    }

    /** The side as the briefing defines it, else as the old fixed sides did, else named by its code. */
    public BriefingSide resolve(Side side) {
        return find(side).or(() -> legacy(side)).orElseGet(() -> new BriefingSide(side, side.code(), null, null));
    }

    /** With {@code s} replacing the side of the same code in place, or added at the end. */
    public SideList with(BriefingSide s) {
        List<BriefingSide> out = new ArrayList<>(sides);
        int i = indexOf(s.side());
        if (i >= 0) {
            out.set(i, s);
        } else {
            out.add(s);
        }
        return new SideList(out);
    }

    public SideList without(Side side) {
        return new SideList(sides.stream().filter(s -> !s.side().equals(side)).toList());
    }

    /** With {@code side} moved {@code delta} places (negative: up), kept within the list. */
    public SideList moved(Side side, int delta) {
        int i = indexOf(side);
        if (i < 0) {
            return this;
        }
        int j = Math.max(0, Math.min(sides.size() - 1, i + delta));
        List<BriefingSide> out = new ArrayList<>(sides);
        out.add(j, out.remove(i));
        return new SideList(out);
    }

    /** A code not yet in the list, made from {@code name}. */
    public Side freeCode(String name) {
        Side base = Side.fromName(name);
        Side s = base;
        for (int n = 2; contains(s); n++) {
            String suffix = "_" + n;
            String c = base.code();
            s = Side.of((c.length() + suffix.length() > 40 ? c.substring(0, 40 - suffix.length()) : c) + suffix);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SideList l && l.sides.equals(sides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sides);
    }

    @Override
    public String toString() {
        return sides.toString();
    }
}
