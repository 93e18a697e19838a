package org.sitmap.render;

import java.util.Locale;
import java.util.Objects;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.KindDescriptor;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.model.ZoneStatus;

/**
 * One line of a map legend: a look an annotation can have (kind, side, zone status, solid or dashed, arrow style
 * or marker symbol) and the words that explain it. {@link AnnotationPainter#paintSwatch} draws the look,
 * {@link AnnotationPainter#legendFor} lists the looks a map shows.
 *
 * @param kind      what is depicted
 * @param side      whose it is; ignored in the text for kinds that are nobody's (evacuations, declarations)
 * @param status    the zone status, null for other kinds
 * @param tentative drawn dashed: reported or unconfirmed (or a planned movement)
 * @param variant   which of its kind's looks ({@link KindDescriptor#legendVariant}): arrow style
 *                  ({@code movement}, {@code axis}, {@code axis+main} for a main attack, {@code attack}) or marker
 *                  symbol ({@code dot}, {@code star}, {@code flag}, {@code x}, {@code pow}), or null
 * @param label     the legend text
 */
public record LegendEntry(AnnotationKind kind, Side side, ZoneStatus status, boolean tentative, String variant,
        String label) {
    public LegendEntry {
        Objects.requireNonNull(kind, "kind");
        side = side == null ? Side.OTHER : side;
        label = label == null ? "" : label;
    }

    /** The entry describing how {@code a} is drawn, with a generated label naming the side as the old sides did. */
    public static LegendEntry of(Annotation a) {
        return of(a, SideList.empty());
    }

    /** The entry describing how {@code a} is drawn, with a generated label naming the side as {@code sides} do. */
    public static LegendEntry of(Annotation a, SideList sides) {
        KindDescriptor d = a.kind().descriptor();
        ZoneStatus status = d.hasStatus() ? a.status() : null;
        boolean tentative = KindPainter.isTentative(a);
        String variant = d.legendVariant(a);
        return new LegendEntry(a.kind(), a.side(), status, tentative, variant,
                describe(a.kind(), a.side(), sides.nameOf(a.side()), status, tentative, variant));
    }

    /** Legend text such as "Russia: assessed control" or "Ukraine: axis of advance (reported)". */
    static String describe(AnnotationKind kind, Side side, String sideName, ZoneStatus status, boolean tentative,
            String variant) {
        KindDescriptor d = kind.descriptor();
        String what = d.legendText(status, variant);
        String text = d.sided(status) && !side.equals(Side.OTHER) ? sideName + ": " + what.toLowerCase(Locale.ROOT)
                : what;
        return tentative ? text + " (reported)" : text;
    }
}
