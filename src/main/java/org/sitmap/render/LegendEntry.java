package org.sitmap.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.KindDescriptor;
import org.sitmap.model.KindLook;
import org.sitmap.model.MovementKind;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.model.ZoneStatus;

/**
 * One line of a map legend: a look annotations can have (kind, side, zone status, confidence, solid or dashed,
 * arrow style or marker symbol) and the words that explain it. {@link AnnotationPainter#paintSwatch} draws the
 * look, {@link AnnotationPainter#legendFor} lists the looks a map shows.
 *
 * @param kind       what is depicted
 * @param side       whose it is; ignored in the text for kinds that are nobody's (evacuations, declarations)
 * @param status     the zone status, null for other kinds
 * @param confidence the confidence the look is drawn for (a sheet may draw confidences apart), or null
 * @param tentative  drawn dashed: reported or unconfirmed (or a planned movement)
 * @param variant    which of its kind's looks ({@link KindDescriptor#legendVariant}), or null
 * @param label      the legend text
 */
public record LegendEntry(AnnotationKind kind, Side side, ZoneStatus status, Confidence confidence, boolean tentative,
        KindLook variant, String label) {
    public LegendEntry {
        Objects.requireNonNull(kind, "kind");
        side = side == null ? Side.OTHER : side;
        label = label == null ? "" : label;
    }

    /** An entry drawn for no particular confidence. */
    public LegendEntry(AnnotationKind kind, Side side, ZoneStatus status, boolean tentative, KindLook variant,
            String label) {
        this(kind, side, status, null, tentative, variant, label);
    }

    /** The entry describing how {@code a} is drawn, worded from {@code a} alone, naming sides as the old sides did. */
    public static LegendEntry of(Annotation a) {
        return of(a, SideList.empty());
    }

    /** The entry describing how {@code a} is drawn, worded from {@code a} alone, naming sides as {@code sides} do. */
    public static LegendEntry of(Annotation a, SideList sides) {
        return unworded(a).withLabel(describe(unworded(a), List.of(a), sides));
    }

    static LegendEntry unworded(Annotation a) {
        KindDescriptor d = a.kind().descriptor();
        ZoneStatus status = d.hasStatus() ? a.status() : null;
        return new LegendEntry(a.kind(), a.side(), status, a.confidence(), KindPainter.isTentative(a),
                d.legendVariant(a), "");
    }

    /** The same look worded {@code text}. */
    public LegendEntry withLabel(String text) {
        return new LegendEntry(kind, side, status, confidence, tentative, variant, text);
    }

    /**
     * What names this look in a briefing's legend edits: kind, side (for kinds that have one), status, variant and
     * solid or dashed, e.g. {@code zone/ukraine/claimed//dashed}. Stable across exports and dates.
     */
    public String key() {
        String s = kind.descriptor().sided(status) ? side.code() : "";
        return kind.code() + "/" + s + "/" + (status == null ? "" : status.code()) + "/"
                + (variant == null ? "" : variant.code()) + "/" + (tentative ? "dashed" : "solid");
    }

    /** The one place the legend takes a side's name from: the briefing's {@code sides}. */
    static String sideName(Side side, SideList sides) {
        return sides.nameOf(side);
    }

    /**
     * Legend text for the look of {@code e} as {@code shown} have it: "Russia: assessed control", "Ukraine: staging
     * area", "Ukraine: axis of advance (reported or claimed)". Markers say what they are for (their categories).
     */
    static String describe(LegendEntry e, List<Annotation> shown, SideList sides) {
        KindDescriptor d = e.kind().descriptor();
        Set<String> what = new LinkedHashSet<>();
        for (Annotation a : shown) {
            String category = d.legendCategory(a);
            what.add(category != null ? category : d.legendText(e.status(), e.variant()));
        }
        String words = String.join(" / ", what.stream().map(LegendEntry::lowerFirst).distinct().toList());
        String text = d.sided(e.status()) && !e.side().equals(Side.OTHER) ? sideName(e.side(), sides) + ": " + words
                : upperFirst(words);
        if (!e.tentative()) {
            return text;
        }
        Set<String> why = new LinkedHashSet<>();
        for (Annotation a : shown) {
            why.add(switch (a.confidence()) {
                case REPORTED -> "reported";
                case UNCONFIRMED -> "claimed";
                default -> MovementKind.planned(a) ? "planned" : "reported";
            });
        }
        why.removeIf(w -> text.toLowerCase(Locale.ROOT).contains(w));
        return why.isEmpty() ? text : text + " (" + String.join(" or ", why) + ")";
    }

    /** "Staging area" to "staging area", leaving abbreviations ("NATO base") alone. */
    private static String lowerFirst(String s) {
        boolean word = s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1));
        return word ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
