package org.sitmap.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * The attribution band along the bottom of a page: base data credits and the numbered sources, wrapped by
 * {@link MapLayout}; knows where each source's web address landed so a PDF can make it a link. Stateless.
 */
final class AttributionBand {
    /**
     * A web address as printed on the page.
     *
     * @param box where its text is, in page pixels
     * @param url the address
     */
    record Link(Rectangle2D box, String url) {
    }

    private AttributionBand() {
    }

    static void paint(Graphics2D g, MapLayout layout, StyleSheet sheet) {
        Rectangle2D r = layout.attributionBox();
        double ppt = layout.pixelsPerPoint();
        g.setColor(colour(sheet, StyleProperty.FILL));
        g.fill(r);
        g.setColor(colour(sheet, StyleProperty.EDGE));
        g.setStroke(new BasicStroke((float) (sheet.frame("attribution").number(StyleProperty.EDGE_WIDTH) * ppt)));
        g.draw(new Line2D.Double(r.getX(), r.getY(), r.getMaxX(), r.getY()));
        Font f = layout.attributionFont();
        g.setFont(f);
        g.setColor(colour(sheet, StyleProperty.TEXT));
        double y = top(layout);
        for (String line : layout.attributionLines()) {
            if (!line.isEmpty()) {
                g.drawString(line, (float) left(layout), (float) (y + PageText.ascent(f)));
            }
            y += PageText.lineHeight(f);
        }
    }

    /** Where each of {@code notes}' addresses is printed whole (one cut short by the band's last line is not). */
    static List<Link> links(MapLayout layout, SourceNotes notes) {
        List<Link> links = new ArrayList<>();
        if (layout.attributionBox() == null) {
            return links;
        }
        Font f = layout.attributionFont();
        List<String> lines = layout.attributionLines();
        for (SourceNotes.Note n : notes.notes()) {
            if (n.url().isEmpty()) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                int at = lines.get(i).indexOf(n.url());
                if (at >= 0) {
                    double x = left(layout) + PageText.width(lines.get(i).substring(0, at), f);
                    double y = top(layout) + i * PageText.lineHeight(f);
                    links.add(new Link(new Rectangle2D.Double(x, y, PageText.width(n.url(), f),
                            PageText.lineHeight(f)), n.url()));
                    break;
                }
            }
        }
        return links;
    }

    private static double left(MapLayout layout) {
        return layout.attributionBox().getX() + MapLayout.PANEL_PADDING * layout.pixelsPerPoint();
    }

    private static double top(MapLayout layout) {
        return layout.attributionBox().getY() + 3.5 * layout.pixelsPerPoint();
    }

    private static Color colour(StyleSheet sheet, StyleProperty p) {
        return new Color(sheet.frame("attribution").colour(p).argb(), true);
    }
}
