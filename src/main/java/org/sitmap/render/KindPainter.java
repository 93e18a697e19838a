package org.sitmap.render;

import org.sitmap.model.Annotation;
import org.sitmap.model.MovementKind;

/**
 * How one kind of annotation is drawn: its shape, its label, its legend swatch and the outline a click hits. One
 * subclass per kind, registered in {@link KindPainters}; what the kind is (attributes, geometry) is its
 * {@link org.sitmap.model.KindDescriptor}. Sizes are in points, scaled by pixels per point.
 */
abstract class KindPainter {
    /** Draws the annotation's shape (labels come later, over all shapes). */
    abstract void paintShape(ShapeContext c, Annotation a);

    /** Whether the shape is a symbol, drawn over every area and line ({@link DrawOrder}); else it is a line. */
    boolean isSymbol() {
        return false;
    }

    /** Draws the annotation's label where {@code labels} finds room; kinds whose legend explains them draw none. */
    abstract void paintLabel(AnnotationLabeller labels, Viewport v, Annotation a);

    /**
     * Whether the shape only ever draws itself, source over, within {@link #reach} of its geometry's box (no
     * knock-outs, nothing that depends on what lies under it), so the window may keep its pixels as a sprite
     * ({@link ShapeSprites}).
     */
    boolean drawsAlone() {
        return false;
    }

    /** Draws the look of {@code e} small in the swatch. */
    abstract void paintSwatch(Swatch s, LegendEntry e);

    /** How far beyond its geometry's box the annotation is drawn, in pixels (for culling clicks). */
    abstract double reach(Annotation a, double ppt);

    /** Whether a click at (sx, sy) within {@code tol} pixels is on the annotation as drawn. */
    abstract boolean hits(Annotation a, Viewport v, double sx, double sy, double tol, double ppt);

    /** Dashed: reported or unconfirmed, or a movement marked {@code planned}. */
    static boolean isTentative(Annotation a) {
        return a.confidence().isTentative() || MovementKind.planned(a);
    }
}
