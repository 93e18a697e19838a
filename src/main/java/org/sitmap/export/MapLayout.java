package org.sitmap.export;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitmap.geo.Geodesy;
import org.sitmap.geo.Projection;
import org.sitmap.geo.WebMercator;
import org.sitmap.render.Fonts;
import org.sitmap.render.LegendEntry;
import org.sitmap.render.Viewport;

/**
 * Where everything goes on an exported page of {@code W x H} pixels: the map frame and, floating over the map on
 * white panels, the title block (top left), notes box (under the title), locator inset (top right), legend
 * (bottom left), scale bar with north arrow (bottom right) and the attribution band along the bottom edge.
 *
 * <p>All sizes are given in points and scaled by {@code dpi / 72}, so a 300-dpi A4 page has the proportions of
 * the same page on screen. The panel rectangles, in map-frame pixels, are what the renderer gets as
 * {@link org.sitmap.render.RenderOptions#reservedAreas()} so no map label hides under a panel.
 *
 * <p>Immutable and thread-safe; compute one per export with {@link #compute}.
 */
public final class MapLayout {
    /** The projection every export is drawn in (the screen's). */
    public static final Projection PROJECTION = WebMercator.INSTANCE;

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    // Sizes in points.
    static final double PAPER_MARGIN = 20;
    static final double PANEL_GAP = 10;
    static final double PANEL_PADDING = 8;
    static final double TITLE_SIZE = 20;
    static final double MIN_TITLE_SIZE = 11;
    static final double SUBTITLE_SIZE = 11;
    static final double ACCENT_WIDTH = 4;
    static final double NOTES_SIZE = 8.5;
    static final double LEGEND_HEADER_SIZE = 9.5;
    static final double LEGEND_TEXT_SIZE = 8.5;
    static final double SWATCH_WIDTH = 30;
    static final double SWATCH_HEIGHT = 14;
    static final double LEGEND_ROW = 18;
    static final double LEGEND_COLUMN_GAP = 14;
    static final double ATTRIBUTION_SIZE = 7;
    static final double SCALE_TEXT_SIZE = 7.5;
    static final double SCALE_BAR_HEIGHT = 4.5;
    static final double NORTH_WIDTH = 16;
    static final double NORTH_HEIGHT = 34;
    static final double INSET_MIN = 90;
    static final double INSET_MAX = 170;

    private final ExportSpec spec;
    private final double ppt;
    private final Rectangle mapFrame;
    private final Viewport viewport;
    private final Font titleFont;
    private final Font subtitleFont;
    private final Rectangle2D titleBlock;
    private final List<String> notesLines;
    private final Rectangle2D notesBox;
    private final Rectangle2D insetBox;
    private final List<LegendEntry> legendEntries;
    private final int legendRows;
    private final double legendColumnWidth;
    private final Rectangle2D legendBox;
    private final ScaleBar scaleBar;
    private final Rectangle2D scalePanel;
    private final Rectangle2D scaleBarBox;
    private final Rectangle2D northArrowBox;
    private final List<String> attributionLines;
    private final Rectangle2D attributionBox;

    /**
     * A scale bar: its length in pixels and kilometres and the three labels (start, middle, end with unit).
     *
     * @param lengthPx      bar length on the page
     * @param lengthKm      the ground distance it stands for
     * @param labels        "0", the middle value and the end value with its unit ("50 km")
     * @param latitude      latitude (degrees) at which the bar is true; Mercator scale changes with latitude
     */
    public record ScaleBar(double lengthPx, double lengthKm, List<String> labels, double latitude) {
    }

    private MapLayout(ExportSpec spec, List<LegendEntry> legend, String attribution) {
        this.spec = spec;
        PageSize page = spec.page();
        this.ppt = page.pixelsPerPoint();
        int margin = page.paper() ? (int) Math.round(PAPER_MARGIN * ppt) : 0;
        this.mapFrame = new Rectangle(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
        this.viewport = Viewport.fitting(PROJECTION, PROJECTION.forward(spec.extent()), mapFrame.width,
                mapFrame.height);
        double gap = PANEL_GAP * ppt;
        double pad = PANEL_PADDING * ppt;

        // Attribution band along the bottom edge of the frame.
        if (spec.attribution() && attribution != null && !attribution.isBlank()) {
            Font f = attributionFont();
            attributionLines = wrap(attribution, f, mapFrame.width - 2 * pad, 3);
            double h = attributionLines.size() * lineHeight(f) + 2 * 3.5 * ppt;
            attributionBox = new Rectangle2D.Double(mapFrame.x, mapFrame.getMaxY() - h, mapFrame.width, h);
        } else {
            attributionLines = List.of();
            attributionBox = null;
        }
        double bottom = (attributionBox == null ? mapFrame.getMaxY() : attributionBox.getMinY()) - gap;

        // Locator inset, top right.
        if (spec.inset() && Inset.regionFor(spec.extent()) != null) {
            double w = Math.max(INSET_MIN * ppt, Math.min(INSET_MAX * ppt, mapFrame.width * 0.2));
            double h = w * 0.72;
            insetBox = new Rectangle2D.Double(mapFrame.getMaxX() - gap - w, mapFrame.y + gap, w, h);
        } else {
            insetBox = null;
        }

        // Title block, top left, never reaching the inset.
        double left = mapFrame.x + gap;
        double rightLimit = (insetBox == null ? mapFrame.getMaxX() : insetBox.getMinX()) - gap;
        double maxTitleWidth = Math.min(mapFrame.width * 0.62, rightLimit - left);
        double accent = ACCENT_WIDTH * ppt;
        double textMax = maxTitleWidth - 2 * pad - accent;
        String title = spec.title();
        String subtitle = spec.subtitle();
        if (!title.isEmpty() || !subtitle.isEmpty()) {
            double size = TITLE_SIZE;
            Font tf = Fonts.bold((float) (size * ppt));
            while (size > MIN_TITLE_SIZE && width(title, tf) > textMax) {
                size -= 0.5;
                tf = Fonts.bold((float) (size * ppt));
            }
            titleFont = tf;
            subtitleFont = Fonts.regular((float) (SUBTITLE_SIZE * ppt));
            double tw = Math.min(textMax, Math.max(width(title, titleFont), width(subtitle, subtitleFont)));
            double h = 2 * pad + (title.isEmpty() ? 0 : lineHeight(titleFont))
                    + (title.isEmpty() || subtitle.isEmpty() ? 0 : 2 * ppt)
                    + (subtitle.isEmpty() ? 0 : lineHeight(subtitleFont));
            titleBlock = new Rectangle2D.Double(left, mapFrame.y + gap, tw + 2 * pad + accent, h);
        } else {
            titleFont = null;
            subtitleFont = null;
            titleBlock = null;
        }
        double top = (titleBlock == null ? mapFrame.y : titleBlock.getMaxY()) + gap;

        // Notes box under the title.
        if (!spec.notes().isEmpty()) {
            Font f = notesFont();
            double w = Math.max(titleBlock == null ? 0 : titleBlock.getWidth(), 190 * ppt);
            w = Math.min(w, Math.min(mapFrame.width * 0.4, rightLimit - left));
            int maxLines = (int) Math.max(1, (bottom - top) * 0.4 / lineHeight(f));
            notesLines = wrap(spec.notes(), f, w - 2 * pad, maxLines);
            double h = notesLines.size() * lineHeight(f) + 2 * pad;
            notesBox = new Rectangle2D.Double(left, top, w, h);
            top = notesBox.getMaxY() + gap;
        } else {
            notesLines = List.of();
            notesBox = null;
        }

        // Scale bar and north arrow share one panel, bottom right.
        scaleBar = spec.scaleBar() ? scaleBarFor(viewport, mapFrame.width / 5.0) : null;
        if (scaleBar != null || spec.northArrow()) {
            double arrowW = spec.northArrow() ? NORTH_WIDTH * ppt : 0;
            double arrowH = spec.northArrow() ? NORTH_HEIGHT * ppt : 0;
            Font sf = scaleFont();
            double barW = 0;
            double barH = 0;
            if (scaleBar != null) {
                // "0" is centred on the bar's start, the end value's number on its end, the unit runs on.
                String end = scaleBar.labels().get(2);
                String endNumber = end.substring(0, end.indexOf(' '));
                barW = width("0", sf) / 2 + scaleBar.lengthPx() + width(end, sf) - width(endNumber, sf) / 2;
                barH = SCALE_BAR_HEIGHT * ppt + 3 * ppt + lineHeight(sf) + (spec.page().paper() ? lineHeight(sf) : 0);
            }
            double innerGap = arrowW > 0 && barW > 0 ? 12 * ppt : 0;
            double w = 2 * pad + arrowW + innerGap + barW;
            double h = 2 * pad + Math.max(arrowH, barH);
            scalePanel = new Rectangle2D.Double(mapFrame.getMaxX() - gap - w, bottom - h, w, h);
            northArrowBox = arrowW > 0 ? new Rectangle2D.Double(scalePanel.getX() + pad, scalePanel.getY() + pad,
                    arrowW, h - 2 * pad) : null;
            scaleBarBox = barW > 0 ? new Rectangle2D.Double(scalePanel.getMaxX() - pad - barW,
                    scalePanel.getCenterY() - barH / 2, barW, barH) : null;
        } else {
            scalePanel = null;
            northArrowBox = null;
            scaleBarBox = null;
        }

        // Legend, bottom left, in as many columns as the height between the title and the bottom needs.
        if (spec.legend() && !legend.isEmpty()) {
            Font header = legendHeaderFont();
            Font text = legendFont();
            double row = LEGEND_ROW * ppt;
            double headerH = lineHeight(header) + 4 * ppt;
            double avail = bottom - top - 2 * pad - headerH;
            int rowsPerColumn = (int) Math.max(1, Math.floor(avail / row));
            double rightEdge = (scalePanel == null ? mapFrame.getMaxX() : scalePanel.getMinX()) - gap;
            double labelMax = Math.max(60 * ppt, (rightEdge - left) * 0.45);
            double labelW = 0;
            for (LegendEntry e : legend) {
                labelW = Math.max(labelW, Math.min(labelMax, width(e.label(), text)));
            }
            double colW = SWATCH_WIDTH * ppt + 6 * ppt + labelW;
            int maxColumns = (int) Math.max(1, Math.floor((rightEdge - left - 2 * pad + LEGEND_COLUMN_GAP * ppt)
                    / (colW + LEGEND_COLUMN_GAP * ppt)));
            int columns = Math.min(maxColumns, (legend.size() + rowsPerColumn - 1) / rowsPerColumn);
            int shown = Math.min(legend.size(), columns * rowsPerColumn);
            legendEntries = List.copyOf(legend.subList(0, shown));
            legendRows = (shown + columns - 1) / columns;
            legendColumnWidth = colW;
            double w = 2 * pad + columns * colW + (columns - 1) * LEGEND_COLUMN_GAP * ppt;
            w = Math.max(w, 2 * pad + width("Legend", header));
            double h = 2 * pad + headerH + legendRows * row;
            legendBox = new Rectangle2D.Double(left, bottom - h, w, h);
        } else {
            legendEntries = List.of();
            legendRows = 0;
            legendColumnWidth = 0;
            legendBox = null;
        }
    }

    /**
     * Lays out a page for {@code spec}.
     *
     * @param legend      entries of the annotations in view (see {@code AnnotationPainter.legendFor})
     * @param attribution the full attribution text, wrapped here to the page width
     */
    public static MapLayout compute(ExportSpec spec, List<LegendEntry> legend, String attribution) {
        Objects.requireNonNull(spec, "spec");
        return new MapLayout(spec, legend == null ? List.of() : legend, attribution);
    }

    /** The viewport of a map frame of {@code width x height} pixels showing all of {@code spec}'s extent. */
    public static Viewport viewportFor(ExportSpec spec, int width, int height) {
        return Viewport.fitting(PROJECTION, PROJECTION.forward(spec.extent()), width, height);
    }

    /**
     * The longest round scale bar (1, 2 or 5 times a power of ten km) not longer than {@code maxPixels}, measured
     * geodesically along the map's centre row.
     */
    public static ScaleBar scaleBarFor(Viewport v, double maxPixels) {
        double cx = v.width() / 2.0;
        double cy = v.height() / 2.0;
        double[] a = v.screenToLonLat(cx - maxPixels / 2, cy);
        double[] b = v.screenToLonLat(cx + maxPixels / 2, cy);
        double maxKm = Geodesy.distanceKm(a[0], a[1], b[0], b[1]);
        if (!(maxKm > 0)) {
            return null;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(maxKm)));
        double km = pow;
        for (double m : new double[] {5, 2, 1}) {
            if (m * pow <= maxKm) {
                km = m * pow;
                break;
            }
        }
        double px = maxPixels * km / maxKm;
        boolean metres = km < 1;
        double unit = metres ? 1000 : 1;
        String end = number(km * unit) + (metres ? " m" : " km");
        return new ScaleBar(px, km, List.of("0", number(km * unit / 2), end), v.screenToLonLat(cx, cy)[1]);
    }

    private static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------------------------------------ text

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

    Font attributionFont() {
        return Fonts.regular((float) (ATTRIBUTION_SIZE * ppt));
    }

    Font notesFont() {
        return Fonts.regular((float) (NOTES_SIZE * ppt));
    }

    Font legendHeaderFont() {
        return Fonts.bold((float) (LEGEND_HEADER_SIZE * ppt));
    }

    Font legendFont() {
        return Fonts.regular((float) (LEGEND_TEXT_SIZE * ppt));
    }

    Font scaleFont() {
        return Fonts.regular((float) (SCALE_TEXT_SIZE * ppt));
    }

    Font titleFont() {
        return titleFont;
    }

    Font subtitleFont() {
        return subtitleFont;
    }

    List<String> notesLines() {
        return notesLines;
    }

    List<String> attributionLines() {
        return attributionLines;
    }

    int legendRows() {
        return legendRows;
    }

    double legendColumnWidth() {
        return legendColumnWidth;
    }

    // ------------------------------------------------------------------------------------------------ results

    public ExportSpec spec() {
        return spec;
    }

    /** Pixels per point on this page. */
    public double pixelsPerPoint() {
        return ppt;
    }

    /** The map's rectangle on the page, in page pixels. */
    public Rectangle mapFrame() {
        return new Rectangle(mapFrame);
    }

    /** The view of the map frame; its pixel (0, 0) is the frame's top-left corner on the page. */
    public Viewport viewport() {
        return viewport;
    }

    /** Title and subtitle panel, or null when both are blank. */
    public Rectangle2D titleBlock() {
        return copy(titleBlock);
    }

    public Rectangle2D notesBox() {
        return copy(notesBox);
    }

    public Rectangle2D insetBox() {
        return copy(insetBox);
    }

    /** The legend panel, or null when switched off or nothing in view has an entry. */
    public Rectangle2D legendBox() {
        return copy(legendBox);
    }

    /** The entries the legend shows (all, unless the page is too small for them). */
    public List<LegendEntry> legendEntries() {
        return legendEntries;
    }

    /** The panel holding the scale bar and the north arrow, or null when both are off. */
    public Rectangle2D scalePanel() {
        return copy(scalePanel);
    }

    public Rectangle2D scaleBarBox() {
        return copy(scaleBarBox);
    }

    public Rectangle2D northArrowBox() {
        return copy(northArrowBox);
    }

    public ScaleBar scaleBar() {
        return scaleBar;
    }

    public Rectangle2D attributionBox() {
        return copy(attributionBox);
    }

    /** Every panel on the page, in page pixels. */
    public List<Rectangle2D> panels() {
        List<Rectangle2D> list = new ArrayList<>();
        for (Rectangle2D r : new Rectangle2D[] {titleBlock, notesBox, insetBox, legendBox, scalePanel,
            attributionBox}) {
            if (r != null) {
                list.add(copy(r));
            }
        }
        return list;
    }

    /** The panels in map-frame pixels with a small margin: the areas map labels must keep out of. */
    public List<Rectangle2D> reservedAreas() {
        double m = 2 * ppt;
        List<Rectangle2D> list = new ArrayList<>();
        for (Rectangle2D r : panels()) {
            list.add(new Rectangle2D.Double(r.getX() - mapFrame.x - m, r.getY() - mapFrame.y - m,
                    r.getWidth() + 2 * m, r.getHeight() + 2 * m));
        }
        return list;
    }

    private static Rectangle2D copy(Rectangle2D r) {
        return r == null ? null : (Rectangle2D) r.clone();
    }
}
