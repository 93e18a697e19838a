package org.sitmap.model;

import java.util.List;

/** State of emergency or other declaration over an admin-1 region ({@code region}: its ISO 3166-2 code). */
public final class DeclarationKind extends KindDescriptor {
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.text(Annotation.REGION, "region", "Region (ISO 3166-2)"),
            KindAttribute.text(Annotation.LEVEL, "level", "Level"));

    DeclarationKind() {
        super(AnnotationKind.DECLARATION);
    }

    @Override
    public List<KindAttribute> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<KindTool> tools() {
        return List.of(new KindTool(KindTool.Gesture.REGION, "Declare", 'D',
                "State of emergency over a region (D): click the region"));
    }

    @Override
    public String legendText(ZoneStatus status, KindLook variant) {
        return "State of emergency";
    }

    @Override
    public boolean sided(ZoneStatus status) {
        return false;
    }
}
