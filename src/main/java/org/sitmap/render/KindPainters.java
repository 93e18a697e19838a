package org.sitmap.render;

import org.sitmap.model.AnnotationKind;
import org.sitmap.style.StyleSheet;

/**
 * The painter of each annotation kind: the one registry. The switch has no default, so a new kind without a
 * painter does not compile. Every painter draws with one style sheet's looks. Owned by whoever paints (each holds
 * its own arrow cache); thread-safe.
 */
final class KindPainters {
    private final StyleSheet sheet;
    private final ArrowPainter arrows = new ArrowPainter();
    private final AnnotationStyles styles;
    private final KindPainter zone;
    private final KindPainter evacuation;
    private final KindPainter declaration;
    private final KindPainter movement;
    private final KindPainter frontline;
    private final KindPainter buffer;
    private final KindPainter marker;
    private final KindPainter label;
    private final KindPainter rangeRing;

    /** The painters drawing with {@code sheet}. */
    KindPainters(StyleSheet sheet) {
        this.sheet = sheet;
        this.styles = new AnnotationStyles(sheet);
        this.zone = new ZonePainter(styles);
        this.evacuation = new EvacuationPainter(styles);
        this.declaration = new DeclarationPainter(styles);
        this.movement = new MovementPainter(arrows, styles);
        this.frontline = new FrontlinePainter(styles);
        this.buffer = new BufferPainter(styles);
        this.marker = new MarkerPainter(styles);
        this.label = new TextLabelPainter(styles);
        this.rangeRing = new RangeRingPainter(styles);
    }

    /** The sheet these painters draw with. */
    StyleSheet sheet() {
        return sheet;
    }

    KindPainter of(AnnotationKind kind) {
        return switch (kind) {
            case ZONE -> zone;
            case EVACUATION -> evacuation;
            case DECLARATION -> declaration;
            case MOVEMENT -> movement;
            case FRONTLINE -> frontline;
            case BUFFER -> buffer;
            case MARKER -> marker;
            case LABEL -> label;
            case RANGE_RING -> rangeRing;
        };
    }

    /** Forgets cached outlines (dashed arrows). */
    void clearCaches() {
        arrows.clearCache();
    }
}
