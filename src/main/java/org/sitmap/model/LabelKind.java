package org.sitmap.model;

import java.util.List;

/** Free text: the title drawn at a point, {@code rotation} degrees clockwise, {@code size} points tall. */
public final class LabelKind extends KindDescriptor {
    /** Text size in points when {@code size} is not set. */
    public static final double DEFAULT_SIZE = 12;
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.number(Annotation.ROTATION, "rotation", "Rotation (°)", false, null, true),
            KindAttribute.number(Annotation.SIZE, "textSize", "Text size (pt)", false, 0.0, false));

    LabelKind() {
        super(AnnotationKind.LABEL);
    }

    @Override
    public List<KindAttribute> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<KindTool> tools() {
        return drawTool("Label", 'T');
    }

    /** Free text explains itself: no legend entry. */
    @Override
    public boolean inLegend() {
        return false;
    }
}
