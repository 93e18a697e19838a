package org.sitmap.render;

import org.sitmap.model.AnnotationKind;
import org.sitmap.style.StyleSheets;

/**
 * The painter of each annotation kind: the one registry. The switch has no default, so a new kind without a
 * painter does not compile. Owned by whoever paints (each holds its own arrow cache); thread-safe.
 */
final class KindPainters {
    private final ArrowPainter arrows = new ArrowPainter();
    private final AnnotationStyles styles = new AnnotationStyles(StyleSheets.standard());
    private final KindPainter zone = new ZonePainter();
    private final KindPainter evacuation = new EvacuationPainter(styles);
    private final KindPainter declaration = new DeclarationPainter(styles);
    private final KindPainter movement = new MovementPainter(arrows);
    private final KindPainter frontline = new FrontlinePainter();
    private final KindPainter buffer = new BufferPainter(styles);
    private final KindPainter marker = new MarkerPainter();
    private final KindPainter label = new TextLabelPainter();
    private final KindPainter rangeRing = new RangeRingPainter(styles);

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
