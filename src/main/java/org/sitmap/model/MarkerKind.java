package org.sitmap.model;

import java.util.List;

/**
 * Marker / point of interest: a point shown as a {@link MarkerSymbol} with its title beside it; its
 * {@code category} says what it marks ("staging area"), which the legend prints instead of the symbol's meaning.
 */
public final class MarkerKind extends KindDescriptor {
    /** The attribute naming what a marker is for, as the legend words it. */
    public static final String CATEGORY = "category";
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.choice(Annotation.SYMBOL, "symbol", "Symbol", MarkerSymbol.class),
            KindAttribute.text(CATEGORY, "category", "Category (legend)"));

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
    public KindLook legendVariant(Annotation a) {
        return symbol(a);
    }

    /**
     * The marker's {@code category}; else what its title says after a colon ("Sumy: staging area" is a staging
     * area); else null, and the legend names the symbol's meaning.
     */
    @Override
    public String legendCategory(Annotation a) {
        String category = a.text(CATEGORY);
        if (category != null && !category.isBlank()) {
            return category.strip();
        }
        int colon = a.title().lastIndexOf(": ");
        String after = colon < 0 ? "" : a.title().substring(colon + 2).strip();
        return after.isEmpty() ? null : after;
    }
}
