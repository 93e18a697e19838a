package org.sitmap.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitmap.model.Annotation;

/**
 * Evacuation areas, as the style sheet says (orange, translucent, dashed outline in the classic sheet), stacked over
 * declarations and under buffers and zones; labelled with the title and the number evacuated.
 */
final class EvacuationPainter extends AreaPainter {
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);

    /** A painter taking its colours, width and dash from {@code styles}. */
    EvacuationPainter(AnnotationStyles styles) {
        super(styles);
    }

    @Override
    int stacking(Annotation a) {
        return 10;
    }

    @Override
    void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a) {
        List<String> lines = new ArrayList<>();
        if (!a.title().isBlank()) {
            lines.add(labels.labelText(a, a.title()));
        }
        String count = evacuatedText(a);
        if (count != null) {
            lines.add(count);
        }
        labelArea(labels, v, a, lines, styles.of(a), AnnotationLabeller.RANK_EVACUATION);
    }

    /** "Evacuated: 130,000" from the {@code evacuated} attribute, or null. */
    static String evacuatedText(Annotation a) {
        Object v = a.attribute(Annotation.EVACUATED);
        long n;
        if (v instanceof Number num) {
            n = Math.round(num.doubleValue());
        } else if (v != null) {
            try {
                n = Math.round(Double.parseDouble(v.toString().replace(",", "").trim()));
            } catch (NumberFormatException e) {
                return "Evacuated: " + v;
            }
        } else {
            return null;
        }
        synchronized (COUNT) {
            return "Evacuated: " + COUNT.format(n);
        }
    }
}
