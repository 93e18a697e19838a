package org.sitmap.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.model.Annotation;
import org.sitmap.model.MapLayer;
import org.sitmap.render.AnnotationPainter;
import org.sitmap.render.LegendEntry;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.Viewport;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * Paints a whole export page: the map through {@link MapRenderer} (base layers, then the annotations valid on the
 * situation date), then the furniture laid out by {@link MapLayout} on white panels: title block, notes, legend of
 * what is in view (in the map's own styles), scale bar, north arrow, locator inset and the attribution band with
 * the base data credits and the annotations' sources.
 *
 * <p>The same code paints images ({@link #paint(BufferedImage, BooleanSupplier)}, map in parallel strips) and
 * vector pages ({@link #paint(Graphics2D, BooleanSupplier)}, where furniture text is drawn with
 * {@code drawString} so a PDF keeps it as selectable text).
 *
 * <pre>{@code
 * MapComposer composer = new MapComposer(spec, ExportContent.withBaseMap(List.of(), annotations, null, () -> false));
 * BufferedImage page = new BufferedImage(spec.page().width(), spec.page().height(), BufferedImage.TYPE_INT_RGB);
 * composer.paint(page, () -> false);
 * }</pre>
 *
 * <p>Immutable after construction; painting is thread-safe as long as each call has its own target.
 */
public final class MapComposer {
    private final MapRenderer renderer = new MapRenderer();
    private final ExportSpec spec;
    private final StyleSheet sheet;
    private final ExportContent content;
    private final List<Annotation> dated;
    private final List<Annotation> inView;
    private final List<Annotation> drawn;
    private final SourceNotes sources;
    private final String attribution;
    private final MapLayout layout;

    public MapComposer(ExportSpec spec, ExportContent content) {
        this.spec = DatedTitles.resolved(Objects.requireNonNull(spec, "spec"));
        this.sheet = spec.styleSheet();
        this.content = restyled(Objects.requireNonNull(content, "content"), sheet);
        this.dated = content.annotations().stream().filter(a -> a.isValidOn(spec.situationDate())).toList();
        // The frame and its view do not depend on the furniture: lay out once bare to learn what is in view.
        Viewport view = MapLayout.compute(this.spec, List.of(), null).viewport();
        Envelope shown = view.lonLatEnvelope();
        this.inView = dated.stream().filter(a -> reach(a).intersects(shown)).toList();
        this.sources = SourceNotes.of(inView);
        // Labels carry their source's number only where the footer lists the numbers.
        this.drawn = spec.attribution() ? dated.stream().map(sources::marked).toList() : dated;
        this.attribution = attributionText(content.credits(), sources);
        this.layout = MapLayout.compute(this.spec, AnnotationPainter.legendFor(inView, sheet, content.legend()),
                attribution);
    }

    public MapLayout layout() {
        return layout;
    }

    /** The annotations drawn: those valid on the situation date. */
    public List<Annotation> annotations() {
        return dated;
    }

    /** The drawn annotations that reach into the map frame; the legend and the sources are taken from these. */
    public List<Annotation> annotationsInView() {
        return inView;
    }

    /** The full attribution text: credits, then "Sources: 1 a; 2 b." of the annotations in view. */
    public String attribution() {
        return attribution;
    }

    /** The numbered sources of the annotations in view. */
    public SourceNotes sources() {
        return sources;
    }

    /** Where the sources' web addresses are printed on the page (page pixels), for links in a PDF. */
    List<AttributionBand.Link> links() {
        return AttributionBand.links(layout, sources);
    }

    /** Base credits followed by the numbered sources. */
    static String attributionText(List<String> credits, SourceNotes sources) {
        List<String> parts = new ArrayList<>(credits);
        if (!sources.notes().isEmpty()) {
            parts.add(sources.footer());
        }
        return String.join(" ", parts);
    }

    /** Lon/lat envelope an annotation covers, with the radius of point evacuation areas and range rings. */
    private static Envelope reach(Annotation a) {
        Envelope e = new Envelope(a.geometry().getEnvelopeInternal());
        double km = a.kind().descriptor().reachKm(a);
        if (km > 0) {
            double dLat = km / 111.0;
            double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(e.centre().y)));
            e.expandBy(dLon, dLat);
        }
        return e;
    }

    private RenderOptions mapOptions(boolean vector) {
        return new RenderOptions(spec.page().dpi(), RenderOptions.background(sheet), true, layout.reservedAreas(),
                vector, sheet, content.placeNames());
    }

    /** {@code content} with the base map's layers in {@code sheet}'s looks (their indexes kept). */
    static ExportContent restyled(ExportContent content, StyleSheet sheet) {
        return content.withLayers(restyled(content.layers(), sheet), restyled(content.insetLayers(), sheet));
    }

    private static List<RenderLayer> restyled(List<RenderLayer> layers, StyleSheet sheet) {
        List<RenderLayer> out = new ArrayList<>(layers.size());
        for (RenderLayer rl : layers) {
            MapLayer l = BaseMapStyles.restyle(rl.layer(), sheet);
            out.add(l == rl.layer() ? rl : new RenderLayer(l, rl.index()));
        }
        return out;
    }

    /** The colour {@code property} of the frame part {@code part} of the sheet. */
    private Color colour(String part, StyleProperty property) {
        return new Color(sheet.frame(part).colour(property).argb(), true);
    }

    /** A plain stroke of the frame part's {@code width} (points) at this page's resolution. */
    private BasicStroke stroke(String part, StyleProperty width) {
        return new BasicStroke((float) (sheet.frame(part).number(width) * layout.pixelsPerPoint()));
    }

    // ------------------------------------------------------------------------------------------------ painting

    /**
     * Paints the page into {@code page} (of the page's pixel size): the map in parallel strips, then the
     * furniture. Throws {@link CancellationException} when cancelled.
     */
    public void paint(BufferedImage page, BooleanSupplier cancelled) {
        if (page.getWidth() != spec.page().width() || page.getHeight() != spec.page().height()) {
            throw new IllegalArgumentException("Image " + page.getWidth() + "x" + page.getHeight()
                    + " does not match the page " + spec.page().width() + "x" + spec.page().height());
        }
        Rectangle frame = layout.mapFrame();
        Graphics2D g = page.createGraphics();
        try {
            MapRenderer.applyHints(g);
            paintPaper(g);
            // A sub-image shares the page's pixels: the map is painted in place, no copy of the frame is made.
            BufferedImage mapImage = page.getSubimage(frame.x, frame.y, frame.width, frame.height);
            renderer.paint(mapImage, layout.viewport(), content.layers(), drawn, mapOptions(false), cancelled);
            paintFurniture(g, cancelled);
        } finally {
            g.dispose();
        }
    }

    /**
     * Paints the page onto any surface whose user space is the page's pixel grid (a PDF page scaled by
     * {@code 72 / dpi}); text is drawn as text. Throws {@link CancellationException} when cancelled.
     */
    public void paint(Graphics2D g, BooleanSupplier cancelled) {
        Rectangle frame = layout.mapFrame();
        MapRenderer.applyHints(g);
        paintPaper(g);
        Graphics2D mg = (Graphics2D) g.create();
        try {
            mg.translate(frame.x, frame.y);
            mg.clip(new Rectangle(0, 0, frame.width, frame.height));
            renderer.paint(mg, layout.viewport(), content.layers(), drawn, mapOptions(true), cancelled);
        } finally {
            mg.dispose();
        }
        paintFurniture(g, cancelled);
    }

    private void paintPaper(Graphics2D g) {
        if (spec.page().paper()) {
            g.setColor(colour("paper", StyleProperty.FILL));
            g.fillRect(0, 0, spec.page().width(), spec.page().height());
        }
    }

    private void paintFurniture(Graphics2D g, BooleanSupplier cancelled) {
        checkCancelled(cancelled);
        MapRenderer.applyHints(g);
        double ppt = layout.pixelsPerPoint();
        if (layout.insetBox() != null) {
            paintInset(g, layout.insetBox(), cancelled);
        }
        if (layout.titleBlock() != null) {
            paintTitle(g, layout.titleBlock());
        }
        if (layout.notesBox() != null) {
            paintNotes(g, layout.notesBox());
        }
        if (layout.legendBox() != null) {
            paintLegend(g, layout.legendBox());
        }
        if (layout.scalePanel() != null) {
            panel(g, layout.scalePanel());
            if (layout.northArrowBox() != null) {
                paintNorthArrow(g, layout.northArrowBox());
            }
            if (layout.scaleBarBox() != null) {
                paintScaleBar(g, layout.scaleBarBox(), layout.scaleBar());
            }
        }
        if (layout.attributionBox() != null) {
            AttributionBand.paint(g, layout, sheet);
        }
        if (spec.page().paper()) {
            g.setColor(colour("neat_line", StyleProperty.STROKE));
            g.setStroke(stroke("neat_line", StyleProperty.WIDTH));
            Rectangle f = layout.mapFrame();
            g.draw(new Rectangle2D.Double(f.x, f.y, f.width, f.height));
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    private void panel(Graphics2D g, Rectangle2D r) {
        g.setColor(colour("panel", StyleProperty.FILL));
        g.fill(r);
        g.setColor(colour("panel", StyleProperty.EDGE));
        g.setStroke(stroke("panel", StyleProperty.EDGE_WIDTH));
        g.draw(r);
    }

    private static void text(Graphics2D g, String text, Font font, double x, double baseline, Color colour) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(font);
        g.setColor(colour);
        g.drawString(text, (float) x, (float) baseline);
    }

    private void paintTitle(Graphics2D g, Rectangle2D r) {
        double ppt = layout.pixelsPerPoint();
        double pad = MapLayout.PANEL_PADDING * ppt;
        double accent = layout.accentWidth();
        panel(g, r);
        g.setColor(colour("title", StyleProperty.BAND));
        g.fill(new Rectangle2D.Double(r.getX(), r.getY(), accent, r.getHeight()));
        double x = r.getX() + accent + pad;
        double maxWidth = r.getMaxX() - pad - x;
        double y = r.getY() + pad;
        if (!spec.title().isEmpty()) {
            Font f = layout.titleFont();
            text(g, PageText.ellipsize(spec.title(), f, maxWidth + 0.5), f, x, y + PageText.ascent(f),
                    colour("title", StyleProperty.TEXT));
            y += PageText.lineHeight(f) + 2 * ppt;
        }
        if (!spec.subtitle().isEmpty()) {
            Font f = layout.subtitleFont();
            text(g, PageText.ellipsize(spec.subtitle(), f, maxWidth + 0.5), f, x, y + PageText.ascent(f),
                    colour("subtitle", StyleProperty.TEXT));
        }
    }

    private void paintNotes(Graphics2D g, Rectangle2D r) {
        double pad = MapLayout.PANEL_PADDING * layout.pixelsPerPoint();
        panel(g, r);
        Font f = layout.notesFont();
        double y = r.getY() + pad;
        for (String line : layout.notesLines()) {
            text(g, line, f, r.getX() + pad, y + PageText.ascent(f), colour("notes", StyleProperty.TEXT));
            y += PageText.lineHeight(f);
        }
    }

    private void paintLegend(Graphics2D g, Rectangle2D r) {
        double ppt = layout.pixelsPerPoint();
        double pad = MapLayout.PANEL_PADDING * ppt;
        panel(g, r);
        Font header = layout.legendHeaderFont();
        text(g, "Legend", header, r.getX() + pad, r.getY() + pad + PageText.ascent(header),
                colour("legend", StyleProperty.TEXT));
        double top = r.getY() + pad + PageText.lineHeight(header) + 4 * ppt;
        Font f = layout.legendFont();
        double row = MapLayout.LEGEND_ROW * ppt;
        double swatchW = MapLayout.SWATCH_WIDTH * ppt;
        double swatchH = MapLayout.SWATCH_HEIGHT * ppt;
        double colW = layout.legendColumnWidth();
        int rows = layout.legendRows();
        RenderOptions options = mapOptions(false);
        List<LegendEntry> entries = layout.legendEntries();
        double textAscent = PageText.ascent(f);
        double textHeight = PageText.lineHeight(f);
        Color ink = colour("legend_text", StyleProperty.TEXT);
        for (int i = 0; i < entries.size(); i++) {
            int col = i / rows;
            int rowIndex = i % rows;
            double x = r.getX() + pad + col * (colW + MapLayout.LEGEND_COLUMN_GAP * ppt);
            double cy = top + rowIndex * row + row / 2;
            Rectangle2D swatch = new Rectangle2D.Double(x, cy - swatchH / 2, swatchW, swatchH);
            AnnotationPainter.paintSwatch(g, entries.get(i), swatch, options);
            double tx = x + swatchW + 6 * ppt;
            String label = PageText.ellipsize(entries.get(i).label(), f, colW - swatchW - 6 * ppt + 0.5);
            text(g, label, f, tx, cy - textHeight / 2 + textAscent, ink);
        }
    }

    private void paintNorthArrow(Graphics2D g, Rectangle2D r) {
        double ppt = layout.pixelsPerPoint();
        Font f = layout.font("north_arrow");
        double cx = r.getCenterX();
        double letterH = PageText.ascent(f);
        double top = r.getCenterY() - MapLayout.NORTH_HEIGHT * ppt / 2;
        text(g, "N", f, cx - PageText.width("N", f) / 2, top + letterH, colour("north_arrow", StyleProperty.TEXT));
        double tipY = top + letterH + 3 * ppt;
        double baseY = top + MapLayout.NORTH_HEIGHT * ppt;
        double half = r.getWidth() / 2;
        double notchY = baseY - (baseY - tipY) * 0.28;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, tipY);
        left.lineTo(cx - half, baseY);
        left.lineTo(cx, notchY);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, tipY);
        right.lineTo(cx + half, baseY);
        right.lineTo(cx, notchY);
        right.closePath();
        g.setColor(colour("north_arrow", StyleProperty.BAND));
        g.fill(right);
        g.setColor(colour("north_arrow", StyleProperty.FILL));
        g.fill(left);
        g.setColor(colour("north_arrow", StyleProperty.STROKE));
        g.setStroke(new BasicStroke((float) (sheet.frame("north_arrow").number(StyleProperty.WIDTH) * ppt),
                BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(left);
        g.draw(right);
    }

    private void paintScaleBar(Graphics2D g, Rectangle2D r, MapLayout.ScaleBar bar) {
        double ppt = layout.pixelsPerPoint();
        Font f = layout.scaleFont();
        double barH = MapLayout.SCALE_BAR_HEIGHT * ppt;
        double x0 = r.getX() + PageText.width("0", f) / 2;
        double y0 = r.getY();
        int segments = 4;
        double seg = bar.lengthPx() / segments;
        for (int i = 0; i < segments; i++) {
            g.setColor(colour("scale_bar", i % 2 == 0 ? StyleProperty.FILL : StyleProperty.BAND));
            g.fill(new Rectangle2D.Double(x0 + i * seg, y0, seg, barH));
        }
        g.setColor(colour("scale_bar", StyleProperty.STROKE));
        g.setStroke(stroke("scale_bar", StyleProperty.WIDTH));
        g.draw(new Rectangle2D.Double(x0, y0, bar.lengthPx(), barH));
        double tick = 2 * ppt;
        for (int i = 0; i <= segments; i += 2) {
            double x = x0 + i * seg;
            g.draw(new Line2D.Double(x, y0 + barH, x, y0 + barH + tick));
        }
        double baseline = y0 + barH + 3 * ppt + PageText.ascent(f);
        List<String> labels = bar.labels();
        Color ink = colour("scale_bar", StyleProperty.TEXT);
        text(g, labels.get(0), f, x0 - PageText.width(labels.get(0), f) / 2, baseline, ink);
        text(g, labels.get(1), f, x0 + bar.lengthPx() / 2 - PageText.width(labels.get(1), f) / 2, baseline, ink);
        String end = labels.get(2);
        String endNumber = end.substring(0, end.indexOf(' '));
        text(g, end, f, x0 + bar.lengthPx() - PageText.width(endNumber, f) / 2, baseline, ink);
        if (spec.page().paper()) {
            // On paper a scale denominator means something: ground metres per printed metre at the centre.
            double denominator = layout.viewport().groundResolution() * spec.page().dpi() / 0.0254;
            double rounded = roundSignificant(denominator, 2);
            String caption = String.format(Locale.ROOT, "Scale 1:%,.0f at %.0f\u00B0%s", rounded,
                    Math.abs(bar.latitude()), bar.latitude() >= 0 ? "N" : "S");
            text(g, caption, f, x0 - PageText.width("0", f) / 2, baseline + PageText.lineHeight(f), colour("scale_bar", StyleProperty.SECONDARY_TEXT));
        }
    }

    static double roundSignificant(double v, int digits) {
        if (!(v > 0)) {
            return v;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)) - digits + 1);
        return Math.round(v / p) * p;
    }

    private void paintInset(Graphics2D g, Rectangle2D r, BooleanSupplier cancelled) {
        Envelope region = Inset.regionFor(spec.extent());
        if (region == null || content.insetLayers().isEmpty()) {
            panel(g, r);
            return;
        }
        double ppt = layout.pixelsPerPoint();
        panel(g, r);
        double pad = 3 * ppt;
        int x = (int) Math.round(r.getX() + pad);
        int y = (int) Math.round(r.getY() + pad);
        int w = (int) Math.round(r.getWidth() - 2 * pad);
        int h = (int) Math.round(r.getHeight() - 2 * pad);
        Viewport v = Viewport.fitting(MapLayout.PROJECTION, MapLayout.PROJECTION.forward(region), w, h);
        Graphics2D ig = (Graphics2D) g.create();
        try {
            ig.translate(x, y);
            ig.clip(new Rectangle(0, 0, w, h));
            RenderOptions options = new RenderOptions(spec.page().dpi() * 0.8, RenderOptions.background(sheet), false,
                    List.of(), true, sheet);
            renderer.paint(ig, v, content.insetLayers(), List.of(), options, cancelled);
            Envelope shown = layout.viewport().lonLatEnvelope();
            Point2D a = v.lonLatToScreen(shown.getMinX(), shown.getMaxY());
            Point2D b = v.lonLatToScreen(shown.getMaxX(), shown.getMinY());
            Rectangle2D box = new Rectangle2D.Double(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
            double min = 5 * ppt;
            if (box.getWidth() < min || box.getHeight() < min) {
                box = new Rectangle2D.Double(box.getCenterX() - min / 2, box.getCenterY() - min / 2, min, min);
            }
            Style inset = sheet.frame("inset");
            ig.setColor(colour("inset", StyleProperty.CASING));
            ig.setStroke(new BasicStroke((float) (inset.number(StyleProperty.CASING_WIDTH) * ppt),
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            ig.draw(box);
            ig.setColor(colour("inset", StyleProperty.STROKE));
            ig.setStroke(new BasicStroke((float) (inset.number(StyleProperty.WIDTH) * ppt), BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER));
            ig.draw(box);
        } finally {
            ig.dispose();
        }
        g.setColor(colour("inset", StyleProperty.EDGE));
        g.setStroke(stroke("inset", StyleProperty.EDGE_WIDTH));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }
}
