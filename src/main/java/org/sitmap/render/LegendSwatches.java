package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.model.Annotation;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

/**
 * A map legend's content: the distinct looks among the annotations shown, and each look drawn small by its kind's
 * painter. Stateless, thread-safe: each swatch uses painters of its own (a legend draws a few; no cache pays).
 */
final class LegendSwatches {
    private LegendSwatches() {
    }

    static List<LegendEntry> legendFor(List<Annotation> visible, SideList sides) {
        Map<String, LegendEntry> distinct = new LinkedHashMap<>();
        for (Annotation a : visible) {
            if (!a.kind().descriptor().inLegend()) {
                continue;
            }
            LegendEntry e = LegendEntry.of(a, sides);
            distinct.putIfAbsent(e.kind() + "|" + e.side() + "|" + e.status() + "|" + e.variant() + "|"
                    + e.tentative(), e);
        }
        List<LegendEntry> entries = new ArrayList<>(distinct.values());
        entries.sort(Comparator.comparingInt((LegendEntry e) -> e.kind().ordinal())
                .thenComparingInt(e -> e.kind().descriptor().sided(null) ? rank(e.side(), sides) : 0)
                .thenComparingInt(e -> e.status() == null ? -1 : e.status().ordinal())
                .thenComparing(e -> e.variant() == null ? "" : e.variant())
                .thenComparing(LegendEntry::tentative));
        return entries;
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
