package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitmap.model.Annotation;
import org.sitmap.model.LegendEdits;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * A map legend's content: the distinct looks among the annotations shown, each worded from what its annotations
 * say, and each look drawn small by its kind's painter. Two annotations whose styles resolve alike (and, for kinds
 * that have a side, of one side) share an entry: a grey zone is grey whoever drew it. Stateless, thread-safe: each
 * swatch uses painters of its own (a legend draws a few; no cache pays).
 */
final class LegendSwatches {
    private static final Set<StyleProperty> LABEL_TEXT = EnumSet.of(StyleProperty.TEXT, StyleProperty.SECONDARY_TEXT,
            StyleProperty.FONT, StyleProperty.FONT_SIZE, StyleProperty.MIN_FONT_SIZE, StyleProperty.SECONDARY_FONT_SIZE,
            StyleProperty.LETTER_SPACING, StyleProperty.LINE_HEIGHT, StyleProperty.HALO, StyleProperty.HALO_WIDTH);

    private LegendSwatches() {
    }

    static List<LegendEntry> legendFor(List<Annotation> visible, StyleSheet sheet) {
        AnnotationStyles styles = new AnnotationStyles(sheet);
        SideList sides = sheet.briefingSides();
        Map<List<Object>, List<Annotation>> looks = new LinkedHashMap<>();
        for (Annotation a : visible) {
            if (a.kind().descriptor().inLegend()) {
                looks.computeIfAbsent(appearance(LegendEntry.unworded(a), styles), k -> new ArrayList<>()).add(a);
            }
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (List<Annotation> same : looks.values()) {
            LegendEntry first = same.stream().map(LegendEntry::unworded).min(order(sides)).orElseThrow();
            entries.add(first.withLabel(LegendEntry.describe(first, same, sides)));
        }
        entries.sort(order(sides));
        return distinctWords(entries, sides);
    }

    /** What tells looks apart: kind, variant, dashes, every resolved style value, and the side where it has one. */
    private static List<Object> appearance(LegendEntry e, AnnotationStyles styles) {
        boolean sided = e.kind().descriptor().sided(e.status());
        Map<StyleProperty, Object> drawn = new EnumMap<>(StyleProperty.class);
        drawn.putAll(styles.of(e).values());
        // A swatch carries no text: labels that differ by side (their colour) do not split a look.
        drawn.keySet().removeAll(LABEL_TEXT);
        return List.of(e.kind(), e.variant() == null ? "" : e.variant().code(), e.tentative(), drawn,
                sided ? e.side() : "");
    }

    /** Entries that would read alike are told apart by side, then by number: a legend never says one thing twice. */
    private static List<LegendEntry> distinctWords(List<LegendEntry> entries, SideList sides) {
        Map<String, Integer> count = new HashMap<>();
        entries.forEach(e -> count.merge(e.label(), 1, Integer::sum));
        Set<String> used = new HashSet<>();
        List<LegendEntry> out = new ArrayList<>(entries.size());
        for (LegendEntry e : entries) {
            String label = e.label();
            if (count.get(label) > 1) {
                label = label + " (" + LegendEntry.sideName(e.side(), sides) + ")";
            }
            for (int n = 2; !used.add(label); n++) {
                label = e.label() + " (" + n + ")";
            }
            out.add(label.equals(e.label()) ? e : e.withLabel(label));
        }
        return out;
    }

    /**
     * {@code entries} as the user edited them: renamed, in the user's order (entries no edit names after, in their
     * usual order); hidden ones kept when {@code keepHidden}.
     */
    static List<LegendEntry> edited(List<LegendEntry> entries, LegendEdits edits, boolean keepHidden) {
        Map<String, LegendEntry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.putIfAbsent(e.key(), e));
        List<LegendEntry> ordered = new ArrayList<>();
        for (String key : edits.order()) {
            LegendEntry e = byKey.remove(key);
            if (e != null) {
                ordered.add(e);
            }
        }
        ordered.addAll(byKey.values());
        List<LegendEntry> out = new ArrayList<>();
        for (LegendEntry e : ordered) {
            LegendEdits.Item item = edits.item(e.key());
            if (item == null) {
                out.add(e);
            } else if (keepHidden || !item.hidden()) {
                out.add(item.label() == null ? e : e.withLabel(item.label()));
            }
        }
        return out;
    }

    /** Legend order: by kind, side (in the briefing's order), status, variant, solid before dashed. */
    private static Comparator<LegendEntry> order(SideList sides) {
        return Comparator.comparingInt((LegendEntry e) -> e.kind().ordinal())
                .thenComparingInt(e -> e.kind().descriptor().sided(e.status()) ? rank(e.side(), sides) : 0)
                .thenComparingInt(e -> e.status() == null ? -1 : e.status().ordinal())
                .thenComparing(e -> e.variant() == null ? "" : e.variant().code())
                .thenComparing(LegendEntry::tentative);
    }

    /** The side's place in the briefing's list; sides it does not define after, the old fixed ones first. */
    private static int rank(Side side, SideList sides) {
        int i = sides.indexOf(side);
        if (i >= 0) {
            return i;
        }
        int legacy = SideList.legacy().indexOf(side);
        return sides.size() + (legacy >= 0 ? legacy : SideList.legacy().size());
    }

    static void paint(Graphics2D g, LegendEntry e, Rectangle2D box, RenderOptions o) {
        Shape savedClip = g.getClip();
        Stroke savedStroke = g.getStroke();
        Paint savedPaint = g.getPaint();
        MapRenderer.applyHints(g);
        Color side = new AnnotationStyles(o.styleSheet()).side(e.side());
        new KindPainters(o.styleSheet()).of(e.kind()).paintSwatch(Swatch.of(g, e, box, o.pixelsPerPoint(), side), e);
        g.setClip(savedClip);
        g.setStroke(savedStroke);
        g.setPaint(savedPaint);
    }
}
