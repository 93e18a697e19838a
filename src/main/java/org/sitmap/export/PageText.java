package org.sitmap.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.List;

/** Measuring, wrapping and shortening text of the page furniture, in page pixels. Stateless and thread-safe. */
final class PageText {
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private PageText() {
    }

    static double width(String text, Font f) {
        return text == null || text.isEmpty() ? 0 : f.getStringBounds(text, FRC).getWidth();
    }

    static double lineHeight(Font f) {
        LineMetrics m = f.getLineMetrics("Ag", FRC);
        return m.getAscent() + m.getDescent();
    }

    static double ascent(Font f) {
        return f.getLineMetrics("Ag", FRC).getAscent();
    }

    /** Greedy word wrap; the last allowed line ends in an ellipsis when text is left over. */
    static List<String> wrap(String text, Font f, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, f) > maxWidth) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, ellipsize(lines.get(i), f, maxWidth));
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, ellipsize(cut.get(maxLines - 1) + " \u2026", f, maxWidth));
            return cut;
        }
        return lines;
    }

    /** {@code text} shortened with an ellipsis until it fits {@code maxWidth}. */
    static String ellipsize(String text, Font f, double maxWidth) {
        if (width(text, f) <= maxWidth) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && width(t + "\u2026", f) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "\u2026";
    }
}
