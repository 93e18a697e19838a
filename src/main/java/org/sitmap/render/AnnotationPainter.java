package org.sitmap.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.SideList;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * Paints situation annotations (zones, evacuations, declarations, movement arrows, frontlines, buffers, markers,
 * text and range rings) onto any {@link Graphics2D}, each kind by its own {@link KindPainter} (see
 * {@link KindPainters}), in the side's colour. Sizes are in points, so a 300 dpi export looks like the screen.
 * Shapes are painted in list order (later on top), then every label over all of them so no fill hides a name.
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
    /** The painters of the last frame's sheet: a frame with another sheet replaces them (and their cache). */
    private volatile KindPainters painters = new KindPainters(StyleSheets.standard());

    /**
     * Paints {@code annotations} in order onto the surface (hatching goes straight into its pixels where it writes
     * pixels). Applies {@link MapRenderer#applyHints} to its graphics; restores their clip, stroke, paint and font.
     *
     * @param labels the frame's label placer, or null: names are only drawn where they meet no label placed
     *               before (area names may move just above or below their spot); free text is always drawn and
     *               then blocks later labels
     */
    public void paint(DrawSurface surface, Viewport v, List<Annotation> annotations, RenderOptions options,
            LabelPlacer labels) {
        Graphics2D g = surface.graphics();
        Shape savedClip = g.getClip();
        Stroke savedStroke = g.getStroke();
        Paint savedPaint = g.getPaint();
        Font savedFont = g.getFont();
        MapRenderer.applyHints(g);
        double ppt = options.pixelsPerPoint();
        Rectangle2D limit = new Rectangle2D.Double(-8, -8, v.width() + 16, v.height() + 16);
        ShapeContext shapes = new ShapeContext(surface, v, ppt, limit, v.worldToScreenX(0), v.worldToScreenY(0));
        KindPainters painters = paintersFor(options.styleSheet());
        List<Annotation> visible = new ArrayList<>(annotations.size());
        for (Annotation a : annotations) {
            Rectangle2D b = AnnotationShapes.screenBounds(a, v);
            double margin = (a.kind().shape() == AnnotationKind.Shape.POINT ? 320 : 40) * ppt;
            if (b.getMaxX() < -margin || b.getMinX() > v.width() + margin || b.getMaxY() < -margin
                    || b.getMinY() > v.height() + margin) {
                continue;
            }
            visible.add(a);
            painters.of(a.kind()).paintShape(shapes, a);
        }
        if (options.labels()) {
            AnnotationLabeller labeller = new AnnotationLabeller(g, options, labels);
            for (Annotation a : visible) {
                painters.of(a.kind()).paintLabel(labeller, v, a);
            }
        }
        g.setClip(savedClip);
        g.setStroke(savedStroke);
        g.setPaint(savedPaint);
        g.setFont(savedFont);
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
     * {@link AnnotationKind}), side, zone status, variant, solid before dashed. Free text labels have no entry.
     */
    public static List<LegendEntry> legendFor(List<Annotation> visible) {
        return LegendSwatches.legendFor(visible, SideList.empty());
    }

    /** As {@link #legendFor(List)}, naming and ordering the sides as the briefing's {@code sides} do. */
    public static List<LegendEntry> legendFor(List<Annotation> visible, SideList sides) {
        return LegendSwatches.legendFor(visible, sides);
    }

    /**
     * Draws the look of {@code e} small inside {@code box} (pixels): a patch for areas, a short arrow or line for
     * lines, the symbol for markers, "Aa" for text, two circles for range rings. Restores the clip and stroke.
     */
    public static void paintSwatch(Graphics2D g, LegendEntry e, Rectangle2D box, RenderOptions o) {
        LegendSwatches.paint(g, e, box, o);
    }
}
