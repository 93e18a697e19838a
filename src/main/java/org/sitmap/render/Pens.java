package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/** Colours and strokes the annotation painters share: halos, text, translucency, dashes in points. Stateless. */
final class Pens {
    /** Dash "on" lengths shorter than this (points) are dots, drawn by the line ends alone. */
    private static final float DOT = 0.1f;
    /** Java2D's default: only seen with miter joins, which the sheets do not use. */
    private static final float MITER_LIMIT = 4f;

    private Pens() {
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }

    static Color darken(Color c, double f) {
        return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f), (int) (c.getBlue() * f), c.getAlpha());
    }

    /**
     * The outline {@code st} sets: its width and dash. A dash that starts with a dot (an "on" shorter than a tenth
     * of a point) draws dots in the sheet's line ends, the dot kept unscaled so it stays a dot at every resolution;
     * other dashes have butt ends so each dash is as long as the sheet says.
     */
    static BasicStroke outline(Style st, double ppt) {
        double width = st.number(StyleProperty.WIDTH) * ppt;
        float[] dash = st.dash();
        if (dash == null || dash[0] >= DOT) {
            return stroke(width, dash, ppt);
        }
        double[] lengths = st.dashLengths();
        float[] scaled = new float[lengths.length];
        scaled[0] = dash[0];
        for (int i = 1; i < scaled.length; i++) {
            scaled[i] = (float) (lengths[i] * ppt);
        }
        return new BasicStroke((float) width, cap(st), join(st), MITER_LIMIT, scaled, 0f);
    }

    private static int cap(Style st) {
        return switch (st.choice(StyleProperty.CAP)) {
            case "butt" -> BasicStroke.CAP_BUTT;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_ROUND;
        };
    }

    private static int join(Style st) {
        return switch (st.choice(StyleProperty.JOIN)) {
            case "miter" -> BasicStroke.JOIN_MITER;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_ROUND;
        };
    }

    private static float[] scale(float[] dashPoints, double ppt) {
        float[] dash = new float[dashPoints.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) (dashPoints[i] * ppt);
        }
        return dash;
    }

    /** A round-joined stroke; {@code dashPoints} (in points, scaled here) makes it dashed with butt caps. */
    static BasicStroke stroke(double widthPx, float[] dashPoints, double ppt) {
        if (dashPoints == null) {
            return new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, MITER_LIMIT,
                scale(dashPoints, ppt), 0f);
    }
}
