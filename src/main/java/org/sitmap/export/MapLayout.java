package org.sitmap.export;

import java.awt.Font;
import java.awt.Rectangle;
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
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * Where everything goes on an exported page of {@code W x H} pixels: the map frame and, floating over the map on
 * white panels, the title block (top left), notes box (under the title), locator inset (top right), legend
 * (bottom left), scale bar with north arrow (bottom right) and the attribution band along the bottom edge.
 *
 * <p>Fonts come from the spec's style sheet (its {@code frame} section). All sizes are given in points and scaled by {@code dpi / 72}, so a 300-dpi A4 page has the proportions of
 * the same page on screen. The panel rectangles, in map-frame pixels, are what the renderer gets as
 * {@link org.sitmap.render.RenderOptions#reservedAreas()} so no map label hides under a panel.
 *
 * <p>Immutable and thread-safe; compute one per export with {@link #compute}.
 */
public final class MapLayout {
    /** The projection every export is drawn in (the screen's). */
    public static final Projection PROJECTION = WebMercator.INSTANCE;

    // Sizes in points.
    static final double PAPER_MARGIN = 20;
    static final double PANEL_GAP = 10;
    static final double PANEL_PADDING = 8;
    static final double SWATCH_WIDTH = 30;
    static final double SWATCH_HEIGHT = 14;
    static final double LEGEND_ROW = 18;
    static final double LEGEND_COLUMN_GAP = 14;
    static final double SCALE_BAR_HEIGHT = 4.5;
    static final double NORTH_WIDTH = 16;
    static final double NORTH_HEIGHT = 34;
    static final double INSET_MIN = 90;
    static final double INSET_MAX = 170;

    private final ExportSpec spec;
    private final StyleSheet sheet;
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

    private record TextBox(List<String> lines, Rectangle2D box) {
        static final TextBox NONE = new TextBox(List.of(), null);
    }

    private record TitleBlock(Font title, Font subtitle, Rectangle2D box) {
    }

    private record ScalePanel(Rectangle2D panel, Rectangle2D northArrow, Rectangle2D bar) {
    }

    private record Legend(List<LegendEntry> entries, int rows, double columnWidth, Rectangle2D box) {
        static final Legend NONE = new Legend(List.of(), 0, 0, null);
    }

    private MapLayout(ExportSpec spec, List<LegendEntry> legend, String attribution) {
        this.spec = spec;
        this.sheet = spec.styleSheet();
        PageSize page = spec.page();
        this.ppt = page.pixelsPerPoint();
        int margin = page.paper() ? (int) Math.round(PAPER_MARGIN * ppt) : 0;
        this.mapFrame = new Rectangle(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
        this.viewport = Viewport.fitting(PROJECTION, PROJECTION.forward(spec.extent()), mapFrame.width,
                mapFrame.height);
        double gap = PANEL_GAP * ppt;
        TextBox band = attributionBand(attribution);
        attributionLines = band.lines();
        attributionBox = band.box();
        double bottom = (attributionBox == null ? mapFrame.getMaxY() : attributionBox.getMinY()) - gap;
        insetBox = insetBox(gap);
        double left = mapFrame.x + gap;
        double rightLimit = (insetBox == null ? mapFrame.getMaxX() : insetBox.getMinX()) - gap;
        TitleBlock t = titleBlock(left, rightLimit, gap);
        titleFont = t.title();
        subtitleFont = t.subtitle();
        titleBlock = t.box();
        double top = (titleBlock == null ? mapFrame.y : titleBlock.getMaxY()) + gap;
        TextBox notes = notesBox(left, rightLimit, top, bottom);
        notesLines = notes.lines();
        notesBox = notes.box();
        top = notesBox == null ? top : notesBox.getMaxY() + gap;
        scaleBar = spec.scaleBar() ? scaleBarFor(viewport, mapFrame.width / 5.0) : null;
        ScalePanel sp = scalePanel(bottom, gap);
        scalePanel = sp.panel();
        northArrowBox = sp.northArrow();
        scaleBarBox = sp.bar();
        Legend l = legend(legend, left, top, bottom, gap);
        legendEntries = l.entries();
        legendRows = l.rows();
        legendColumnWidth = l.columnWidth();
        legendBox = l.box();
    }

    /** The attribution band along the bottom edge of the frame. */
    private TextBox attributionBand(String attribution) {
        if (!spec.attribution() || attribution == null || attribution.isBlank()) {
            return TextBox.NONE;
        }
        Font f = attributionFont();
        List<String> lines = PageText.wrap(attribution, f, mapFrame.width - 2 * PANEL_PADDING * ppt, 3);
        double h = lines.size() * PageText.lineHeight(f) + 2 * 3.5 * ppt;
        return new TextBox(lines, new Rectangle2D.Double(mapFrame.x, mapFrame.getMaxY() - h, mapFrame.width, h));
    }

    /** The locator inset, top right. */
    private Rectangle2D insetBox(double gap) {
        if (!spec.inset() || Inset.regionFor(spec.extent()) == null) {
            return null;
        }
        double w = Math.max(INSET_MIN * ppt, Math.min(INSET_MAX * ppt, mapFrame.width * 0.2));
        double h = w * 0.72;
        return new Rectangle2D.Double(mapFrame.getMaxX() - gap - w, mapFrame.y + gap, w, h);
    }

    /** The title block, top left, never reaching the inset; the title shrinks to fit down to its least size. */
    private TitleBlock titleBlock(double left, double rightLimit, double gap) {
        String title = spec.title();
        String subtitle = spec.subtitle();
        if (title.isEmpty() && subtitle.isEmpty()) {
            return new TitleBlock(null, null, null);
        }
        double pad = PANEL_PADDING * ppt;
        double maxTitleWidth = Math.min(mapFrame.width * 0.62, rightLimit - left);
        double accent = accentWidth();
        double textMax = maxTitleWidth - 2 * pad - accent;
        Style style = sheet.frame("title");
        double size = style.number(StyleProperty.FONT_SIZE);
        double least = style.number(StyleProperty.MIN_FONT_SIZE);
        Font tf = Fonts.of(style, StyleProperty.FONT_SIZE, ppt);
        while (size > least && PageText.width(title, tf) > textMax) {
            size -= 0.5;
            tf = Fonts.of(style, size * ppt);
        }
        Font sf = Fonts.of(sheet.frame("subtitle"), StyleProperty.FONT_SIZE, ppt);
        double tw = Math.min(textMax, Math.max(PageText.width(title, tf), PageText.width(subtitle, sf)));
        double h = 2 * pad + (title.isEmpty() ? 0 : PageText.lineHeight(tf))
                + (title.isEmpty() || subtitle.isEmpty() ? 0 : 2 * ppt)
                + (subtitle.isEmpty() ? 0 : PageText.lineHeight(sf));
        return new TitleBlock(tf, sf, new Rectangle2D.Double(left, mapFrame.y + gap, tw + 2 * pad + accent, h));
    }

    /** The notes box under the title. */
    private TextBox notesBox(double left, double rightLimit, double top, double bottom) {
        if (spec.notes().isEmpty()) {
            return TextBox.NONE;
        }
        double pad = PANEL_PADDING * ppt;
        Font f = notesFont();
        double w = Math.max(titleBlock == null ? 0 : titleBlock.getWidth(), 190 * ppt);
        w = Math.min(w, Math.min(mapFrame.width * 0.4, rightLimit - left));
        int maxLines = (int) Math.max(1, (bottom - top) * 0.4 / PageText.lineHeight(f));
        List<String> lines = PageText.wrap(spec.notes(), f, w - 2 * pad, maxLines);
        double h = lines.size() * PageText.lineHeight(f) + 2 * pad;
        return new TextBox(lines, new Rectangle2D.Double(left, top, w, h));
    }

    /** The scale bar and north arrow, sharing one panel bottom right. */
    private ScalePanel scalePanel(double bottom, double gap) {
        if (scaleBar == null && !spec.northArrow()) {
            return new ScalePanel(null, null, null);
        }
        double pad = PANEL_PADDING * ppt;
        double arrowW = spec.northArrow() ? NORTH_WIDTH * ppt : 0;
        double arrowH = spec.northArrow() ? NORTH_HEIGHT * ppt : 0;
        Font sf = scaleFont();
        double barW = 0;
        double barH = 0;
        if (scaleBar != null) {
            // "0" is centred on the bar's start, the end value's number on its end, the unit runs on.
            String end = scaleBar.labels().get(2);
            String endNumber = end.substring(0, end.indexOf(' '));
            barW = PageText.width("0", sf) / 2 + scaleBar.lengthPx() + PageText.width(end, sf)
                    - PageText.width(endNumber, sf) / 2;
            barH = SCALE_BAR_HEIGHT * ppt + 3 * ppt + PageText.lineHeight(sf)
                    + (spec.page().paper() ? PageText.lineHeight(sf) : 0);
        }
        double innerGap = arrowW > 0 && barW > 0 ? 12 * ppt : 0;
        double w = 2 * pad + arrowW + innerGap + barW;
        double h = 2 * pad + Math.max(arrowH, barH);
        Rectangle2D panel = new Rectangle2D.Double(mapFrame.getMaxX() - gap - w, bottom - h, w, h);
        return new ScalePanel(panel,
                arrowW > 0 ? new Rectangle2D.Double(panel.getX() + pad, panel.getY() + pad, arrowW, h - 2 * pad)
                        : null,
                barW > 0 ? new Rectangle2D.Double(panel.getMaxX() - pad - barW, panel.getCenterY() - barH / 2,
                        barW, barH) : null);
    }

    /** The legend, bottom left, in as many columns as the height between the title and the bottom needs. */
    private Legend legend(List<LegendEntry> legend, double left, double top, double bottom, double gap) {
        if (!spec.legend() || legend.isEmpty()) {
            return Legend.NONE;
        }
        double pad = PANEL_PADDING * ppt;
        Font header = legendHeaderFont();
        Font text = legendFont();
        double row = LEGEND_ROW * ppt;
        double headerH = PageText.lineHeight(header) + 4 * ppt;
        double avail = bottom - top - 2 * pad - headerH;
        int rowsPerColumn = (int) Math.max(1, Math.floor(avail / row));
        double rightEdge = (scalePanel == null ? mapFrame.getMaxX() : scalePanel.getMinX()) - gap;
        double labelMax = Math.max(60 * ppt, (rightEdge - left) * 0.45);
        double labelW = 0;
        for (LegendEntry e : legend) {
            labelW = Math.max(labelW, Math.min(labelMax, PageText.width(e.label(), text)));
        }
        double colW = SWATCH_WIDTH * ppt + 6 * ppt + labelW;
        double columnGap = LEGEND_COLUMN_GAP * ppt;
        int maxColumns = (int) Math.max(1, Math.floor((rightEdge - left - 2 * pad + columnGap) / (colW + columnGap)));
        int columns = Math.min(maxColumns, (legend.size() + rowsPerColumn - 1) / rowsPerColumn);
        int shown = Math.min(legend.size(), columns * rowsPerColumn);
        int rows = (shown + columns - 1) / columns;
        double w = 2 * pad + columns * colW + (columns - 1) * columnGap;
        w = Math.max(w, 2 * pad + PageText.width("Legend", header));
        double h = 2 * pad + headerH + rows * row;
        return new Legend(List.copyOf(legend.subList(0, shown)), rows, colW,
                new Rectangle2D.Double(left, bottom - h, w, h));
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

    /** The width of the title block's accent band in pixels. */
    double accentWidth() {
        return sheet.frame("title").number(StyleProperty.BAND_WIDTH) * ppt;
    }

    /** The style sheet the page is drawn in. */
    StyleSheet styleSheet() {
        return sheet;
    }

    /** The font of the frame part {@code part} of the sheet ({@code notes}, {@code legend}, ...). */
    Font font(String part) {
        return Fonts.of(sheet.frame(part), StyleProperty.FONT_SIZE, ppt);
    }

    Font attributionFont() {
        return font("attribution");
    }

    Font notesFont() {
        return font("notes");
    }

    Font legendHeaderFont() {
        return font("legend");
    }

    Font legendFont() {
        return font("legend_text");
    }

    Font scaleFont() {
        return font("scale_bar");
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
