package org.sitmap.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.LegendEdits;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * Paints situation annotations (zones, evacuations, declarations, movement arrows, frontlines, buffers, markers,
 * text and range rings) onto any {@link Graphics2D}, each kind by its own {@link KindPainter} (see
 * {@link KindPainters}), in the side's colour. Sizes are in points, so a 300 dpi export looks like the screen.
 * Shapes are painted in a cartographer's order ({@link DrawOrder}: area fills, hatching, lines, symbols; fills
 * never stacked), then every label over all of them so no fill hides a name.
 *
 * <pre>{@code
 * Graphics2D g = image.createGraphics();
 * new MapRenderer().paint(g, viewport, layers, options, () -> false);
 * new AnnotationPainter().paint(DrawSurface.java2d(g), viewport, briefing.annotations(), options, null);
 * }</pre>
 *
 * <p>Vector output stays vector: hatching is drawn as lines, never a texture. Thread-safe; it owns a small cache
 * of dashed arrow outlines ({@link #clearCaches()}), and every call works on the caller's Graphics2D.
 */
public final class AnnotationPainter {
    /** Fewest annotations whose labels are collected in two parts: fewer take a millisecond or two. */
    static final int COLLECTED_IN_PARTS_FROM = 1000;
    /** Parts a crowd's labels are collected in. */
    private static final int LABEL_PARTS = 8;
    /** The painters of the last frame's sheet: a frame with another sheet replaces them (and their cache). */
    private volatile KindPainters painters = new KindPainters(StyleSheets.standard());

    /**
     * Paints {@code annotations} in order onto the surface (hatching goes straight into its pixels where it writes
     * pixels). Applies {@link MapRenderer#applyHints} to its graphics; restores their clip, stroke, paint and font.
     *
     * @param labels the frame's label placer (reserved areas in it), or null for one of its own: every label is
     *               placed by the label engine (free text and pinned labels where they stand, the others at a
     *               free position of their own or on a leader, else dropped, lowest priority first)
     * @return where each annotation's main label went (pixels), by id: what a drag in the window pins
     */
    public Map<String, Rectangle2D> paint(DrawSurface surface, Viewport v, List<Annotation> annotations,
            RenderOptions options, LabelPlacer labels) {
        List<Annotation> visible = visible(v, annotations, options.pixelsPerPoint());
        paintShapes(surface, v, visible, options);
        return paintLabels(surface, v, visible, options, labels);
    }

    /**
     * Draws the shapes (no labels) of {@code visible}, already culled to the frame, in order onto the surface.
     * Restores the graphics' clip, stroke, paint and font.
     */
    void paintShapes(DrawSurface surface, Viewport v, List<Annotation> visible, RenderOptions options) {
        paintShapes(surface, v, visible, options, null, () -> false);
    }

    /**
     * As {@link #paintShapes(DrawSurface, Viewport, List, RenderOptions)}, with kept sprites if not null.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} answers true between two shapes
     */
    void paintShapes(DrawSurface surface, Viewport v, List<Annotation> visible, RenderOptions options,
            ShapeSprites.Pen sprites, java.util.function.BooleanSupplier cancelled) {
        Graphics2D g = surface.graphics();
        GraphicsState saved = new GraphicsState(g);
        MapRenderer.applyHints(g);
        double ppt = options.pixelsPerPoint();
        Rectangle2D limit = new Rectangle2D.Double(-8, -8, v.width() + 16, v.height() + 16);
        ShapeContext shapes = new ShapeContext(surface, v, ppt, limit, v.worldToScreenX(0), v.worldToScreenY(0));
        try {
            DrawOrder.paint(paintersFor(options.styleSheet()), shapes, visible, sprites, cancelled);
        } finally {
            saved.restore(g);
        }
    }

    /**
     * Places and draws the labels of {@code visible} (culled to the frame) when the options ask for labels; in a
     * crowd, only those {@link LabelThinning} leaves offer labels, while every one keeps its symbol clear. Returns
     * where each annotation's main label went, by id.
     */
    Map<String, Rectangle2D> paintLabels(DrawSurface surface, Viewport v, List<Annotation> visible,
            RenderOptions options, LabelPlacer labels) {
        return paintPlaced(surface, placeLabels(v, visible, options, labels));
    }

    /**
     * Collects and places the labels of {@code visible} (already culled to the frame) as {@link #paintLabels} would,
     * drawing nothing, so it may run beside the frame's shapes; {@link #paintPlaced} draws them. Null when the
     * options draw no labels.
     */
    AnnotationLabeller placeLabels(Viewport v, List<Annotation> visible, RenderOptions options, LabelPlacer labels) {
        if (!options.labels()) {
            return null;
        }
        AnnotationLabeller labeller = collectLabels(v, visible, options, labels,
                paintersFor(options.styleSheet()));
        labeller.place();
        return labeller;
    }

    /** Draws the labels {@link #placeLabels} placed (none when it gave null); returns their boxes as paintLabels. */
    Map<String, Rectangle2D> paintPlaced(DrawSurface surface, AnnotationLabeller placed) {
        if (placed == null) {
            return Map.of();
        }
        Graphics2D g = surface.graphics();
        GraphicsState saved = new GraphicsState(g);
        MapRenderer.applyHints(g);
        Map<String, Rectangle2D> boxes = Map.copyOf(placed.finish(g));
        saved.restore(g);
        return boxes;
    }

    /** The clip, stroke, paint and font of a graphics, put back when a pass is done. */
    private record GraphicsState(Shape clip, Stroke stroke, Paint paint, Font font) {
        GraphicsState(Graphics2D g) {
            this(g.getClip(), g.getStroke(), g.getPaint(), g.getFont());
        }

        void restore(Graphics2D g) {
            g.setClip(clip);
            g.setStroke(stroke);
            g.setPaint(paint);
            g.setFont(font);
        }
    }

    /**
     * Places the labels of {@code annotations} on a frame of {@code v} as {@link #paint} would, without drawing
     * anything; returns how many labels were placed. For timing the label engine ({@code dev bench}).
     */
    public int placeLabels(Viewport v, List<Annotation> annotations, RenderOptions options) {
        List<Annotation> visible = visible(v, annotations, options.pixelsPerPoint());
        LabelPlacer placer = LabelPlacer.insideFrame(v.width(), v.height());
        options.reservedAreas().forEach(placer::reserve);
        return collectLabels(v, visible, options, placer, paintersFor(options.styleSheet())).place().size();
    }

    private AnnotationLabeller collectLabels(Viewport v, List<Annotation> visible,
            RenderOptions options, LabelPlacer labels, KindPainters painters) {
        return collectLabels(v, visible, options, labels, painters,
                visible.size() >= COLLECTED_IN_PARTS_FROM && FrameBands.THREADS > 1);
    }

    /**
     * The labels of {@code visible} (culled to the frame) placed in a placer of the frame's own, collected in parts
     * side by side or not (tests: either way the same).
     */
    List<org.sitmap.render.label.Placement> placed(Viewport v, List<Annotation> visible, RenderOptions options,
            boolean inParts) {
        return collectLabels(v, visible, options, null, paintersFor(options.styleSheet()), inParts).place();
    }

    private static AnnotationLabeller collectLabels(Viewport v, List<Annotation> visible,
            RenderOptions options, LabelPlacer labels, KindPainters painters, boolean inParts) {
        AnnotationLabeller labeller = new AnnotationLabeller(v, options, labels);
        // Every annotation's symbol and arrow head is an obstacle; in a crowd only some offer labels.
        Set<Annotation> offered = Collections.newSetFromMap(new IdentityHashMap<>());
        offered.addAll(LabelThinning.thin(v, visible));
        if (!inParts) {
            collect(labeller, v, visible, offered, painters);
            return labeller;
        }
        // A crowd's labels collected in parts side by side (measuring texts, arrows' curves), then taken in order;
        // small parts, so a helper busy with the frame's pixels at first still takes some.
        int count = LABEL_PARTS;
        AnnotationLabeller[] parts = new AnnotationLabeller[count];
        RenderCaches caches = RenderCaches.current();
        int n = visible.size();
        FrameBands.run(n, count, (from, to) -> {
            try (RenderCaches.Scope scope = caches.enter()) {
                AnnotationLabeller part = AnnotationLabeller.part(v, options);
                collect(part, v, visible.subList(from, to), offered, painters);
                int i = 0;
                while ((long) n * i / count != from) {
                    i++;
                }
                parts[i] = part;
            }
        });
        for (AnnotationLabeller part : parts) {
            labeller.absorb(part);
        }
        return labeller;
    }

    private static void collect(AnnotationLabeller labeller, Viewport v, List<Annotation> annotations,
            Set<Annotation> offered, KindPainters painters) {
        for (Annotation a : annotations) {
            labeller.begin(a, offered.contains(a));
            painters.of(a.kind()).paintLabel(labeller, v, a);
        }
    }

    /** The annotations that reach into the frame (points with room for their label around them). */
    static List<Annotation> visible(Viewport v, List<Annotation> annotations, double ppt) {
        List<Annotation> visible = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            Rectangle2D b = AnnotationShapes.screenBounds(a, v);
            double margin = (a.kind().shape() == AnnotationKind.Shape.POINT ? 320 : 40) * ppt;
            if (b.getMaxX() >= -margin && b.getMinX() <= v.width() + margin && b.getMaxY() >= -margin
                    && b.getMinY() <= v.height() + margin) {
                visible.add(a);
            }
        }
        return visible;
    }


    private KindPainters paintersFor(StyleSheet sheet) {
        KindPainters p = painters;
        if (p.sheet() != sheet) {
            p = new KindPainters(sheet);
            painters = p;
        }
        return p;
    }

    /** Forgets the outlines kept between frames (dashed arrows); the next frame computes them again. */
    public void clearCaches() {
        painters.clearCaches();
    }

    /**
     * The distinct looks among {@code visible}, one entry each, in a stable order: by kind (zones first, as in
     * {@link AnnotationKind}), side, zone status, variant, solid before dashed. Looks that {@code sheet} draws
     * alike share an entry; free text labels have none.
     */
    public static List<LegendEntry> legendFor(List<Annotation> visible, StyleSheet sheet) {
        return LegendSwatches.legendFor(visible, sheet);
    }

    /** {@link #legendFor(List, StyleSheet)} in the default sheet. */
    public static List<LegendEntry> legendFor(List<Annotation> visible) {
        return legendFor(visible, StyleSheets.standard());
    }

    /** The legend as the user edited it ({@code edits}): renamed entries, their order, hidden ones left out. */
    public static List<LegendEntry> legendFor(List<Annotation> visible, StyleSheet sheet, LegendEdits edits) {
        return LegendSwatches.edited(legendFor(visible, sheet), edits, false);
    }

    /** Every entry of the legend, hidden ones too, renamed and in the user's order: what a legend editor lists. */
    public static List<LegendEntry> editableLegend(List<Annotation> annotations, StyleSheet sheet, LegendEdits edits) {
        return LegendSwatches.edited(legendFor(annotations, sheet), edits, true);
    }

    /**
     * Draws the look of {@code e} small inside {@code box} (pixels): a patch for areas, a short arrow or line for
     * lines, the symbol for markers, "Aa" for text, two circles for range rings. Restores the clip and stroke.
     */
    public static void paintSwatch(Graphics2D g, LegendEntry e, Rectangle2D box, RenderOptions o) {
        LegendSwatches.paint(g, e, box, o);
    }
}
