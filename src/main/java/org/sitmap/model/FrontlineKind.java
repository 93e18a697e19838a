package org.sitmap.model;

import java.util.List;

/** Frontline: a line with teeth on the side ({@code teeth}: {@link TeethSide}) the enemy is. */
public final class FrontlineKind extends KindDescriptor {
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.choice(Annotation.TEETH, "teeth", "Teeth face", TeethSide.class));

    FrontlineKind() {
        super(AnnotationKind.FRONTLINE);
    }

    @Override
    public List<KindAttribute> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<KindTool> tools() {
        return drawTool("Front", 'F');
    }

    @Override
    public void applyDefaults(Annotation.Builder b) {
        b.attribute(Annotation.TEETH, TeethSide.LEFT.code());
    }

    public static TeethSide teeth(Annotation a) {
        return TeethSide.of(a.text(Annotation.TEETH));
    }
}
