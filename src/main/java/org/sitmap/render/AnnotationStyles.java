package org.sitmap.render;

import java.awt.Color;
import org.sitmap.model.Annotation;
import org.sitmap.model.KindLook;
import org.sitmap.model.Side;
import org.sitmap.style.Style;
import org.sitmap.style.StyleColour;
import org.sitmap.style.StyleKey;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * What a style sheet says an annotation or a legend entry looks like, asked the same way by every painter: the
 * key is the kind, side, zone status, confidence, the kind's variant and whether it is drawn dashed. Thread-safe
 * (the sheet caches each distinct key).
 */
final class AnnotationStyles {
    private final StyleSheet sheet;

    AnnotationStyles(StyleSheet sheet) {
        this.sheet = sheet;
    }

    Style of(Annotation a) {
        return sheet.lookup(new StyleKey(a.kind().code(), a.side().code(),
                a.status() == null ? null : a.status().code(), a.confidence().code(),
                code(a.kind().descriptor().legendVariant(a)), KindPainter.isTentative(a)));
    }

    Style of(LegendEntry e) {
        return sheet.lookup(new StyleKey(e.kind().code(), e.side().code(),
                e.status() == null ? null : e.status().code(), e.confidence() == null ? null : e.confidence().code(),
                code(e.variant()), e.tentative()));
    }

    private static String code(KindLook look) {
        return look == null ? null : look.code();
    }

    /** The colour the sheet gives {@code side}. */
    Color side(Side side) {
        return new Color(sheet.sideColour(side.code()).argb(), true);
    }

    static Color colour(Style s, StyleProperty p) {
        StyleColour c = s.colour(p);
        return new Color(c.argb(), true);
    }
}
