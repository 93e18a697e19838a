package org.sitmap.model;

import java.util.List;

/** Marker / point of interest: a point shown as a {@link MarkerSymbol} with its title beside it. */
public final class MarkerKind extends KindDescriptor {
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.choice(Annotation.SYMBOL, "symbol", "Symbol", MarkerSymbol.class));

    MarkerKind() {
        super(AnnotationKind.MARKER);
    }

    @Override
    public List<KindAttribute> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<KindTool> tools() {
        return drawTool("Marker", 'K');
    }

    public static MarkerSymbol symbol(Annotation a) {
        return MarkerSymbol.of(a.attribute(Annotation.SYMBOL));
    }

    @Override
    public String legendVariant(Annotation a) {
        return symbol(a).code();
    }

    @Override
    public String legendText(ZoneStatus status, String variant) {
        return switch (MarkerSymbol.of(variant)) {
            case STAR -> "Captured town";
            case FLAG -> "Position";
            case X -> "Strike";
            case POW -> "Prisoners of war";
            case DOT -> "Point of interest";
        };
    }
}
