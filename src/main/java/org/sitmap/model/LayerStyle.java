package org.sitmap.model;

/**
 * How a map layer is drawn. Colours are packed 0xAARRGGBB so the model stays free of UI types.
 *
 * @param fill           area fill colour, alpha 0 for none
 * @param stroke         outline / line colour, alpha 0 for none
 * @param strokeWidth    line width in points (1/72 inch; one screen pixel at 96 dpi is 0.75 pt)
 * @param dash           dash pattern in points, or null for a solid line
 * @param pointRadius    radius of point symbols in points
 * @param labelKey       property shown as label, or null for none
 * @param labels         how labels are chosen and drawn
 * @param edgesCovered   the fill's edges are drawn over by lines of another layer (the base map's borders), so
 *                       the fill need not be anti-aliased: the same look for a third of the cost
 * @param maxScale       the smallest scale the layer is drawn at, as a denominator (1:{@code maxScale}); zoomed out
 *                       beyond it the layer is left out, as region borders are on a world map. 0 for every scale
 * @param pointRim       colour of the rim around point symbols
 * @param pointRimWidth  width of that rim in points
 */
public record LayerStyle(int fill, int stroke, float strokeWidth, float[] dash, float pointRadius, String labelKey,
        LabelKind labels, boolean edgesCovered, double maxScale, int pointRim, float pointRimWidth) {
    /** The rim of point symbols when a style names none: white, one point wide, so dots stand off any ground. */
    private static final int WHITE = 0xFFFFFFFF;

    /** A style with the usual white rim around its points. */
    public LayerStyle(int fill, int stroke, float strokeWidth, float[] dash, float pointRadius, String labelKey,
            LabelKind labels, boolean edgesCovered, double maxScale) {
        this(fill, stroke, strokeWidth, dash, pointRadius, labelKey, labels, edgesCovered, maxScale, WHITE, 1f);
    }

    /** A style drawn at every scale. */
    public LayerStyle(int fill, int stroke, float strokeWidth, float[] dash, float pointRadius, String labelKey,
            LabelKind labels, boolean edgesCovered) {
        this(fill, stroke, strokeWidth, dash, pointRadius, labelKey, labels, edgesCovered, 0);
    }

    /** A style whose fill edges show (the usual case), drawn at every scale. */
    public LayerStyle(int fill, int stroke, float strokeWidth, float[] dash, float pointRadius, String labelKey,
            LabelKind labels) {
        this(fill, stroke, strokeWidth, dash, pointRadius, labelKey, labels, false);
    }

    /** Label treatment, which also sets the label's priority and the zoom at which it appears. */
    public enum LabelKind {
        NONE,
        /** Country names: large, spaced capitals, shown zoomed out. */
        COUNTRY,
        /** Region (admin-1) names: small italic, shown at regional zoom. */
        REGION,
        /** Populated places: dot plus name, bigger places first, more appear as you zoom in. */
        PLACE,
        /** Any other label property of a user layer. */
        GENERIC,
        /** Names written along a line (rivers), where it runs straight enough for the name. */
        LINE
    }

    public LayerStyle {
        if (strokeWidth < 0) {
            throw new IllegalArgumentException("Stroke width must be non-negative: " + strokeWidth);
        }
        if (pointRadius < 0) {
            throw new IllegalArgumentException("Point radius must be non-negative: " + pointRadius);
        }
        if (pointRimWidth < 0) {
            throw new IllegalArgumentException("Point rim width must be non-negative: " + pointRimWidth);
        }
        if (!(maxScale >= 0)) {
            throw new IllegalArgumentException("Scale limit must be a non-negative denominator: " + maxScale);
        }
        labels = labels == null ? LabelKind.NONE : labels;
    }

    /** The same look without labels. */
    public LayerStyle withoutLabels() {
        return new LayerStyle(fill, stroke, strokeWidth, dash, pointRadius, null, LabelKind.NONE, edgesCovered,
                maxScale, pointRim, pointRimWidth);
    }

    /** The same look, drawn only at scales of 1:{@code denominator} and larger. */
    public LayerStyle withMaxScale(double denominator) {
        return new LayerStyle(fill, stroke, strokeWidth, dash, pointRadius, labelKey, labels, edgesCovered,
                denominator, pointRim, pointRimWidth);
    }

    /** Whether the layer is drawn at the scale 1:{@code denominator}. */
    public boolean drawnAtScale(double denominator) {
        return maxScale == 0 || denominator <= maxScale;
    }

    public boolean hasFill() {
        return (fill >>> 24) != 0;
    }

    public boolean hasStroke() {
        return (stroke >>> 24) != 0 && strokeWidth > 0;
    }
}
