package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;

/** Colours and strokes the annotation painters share: halos, text, translucency, dashes in points. Stateless. */
final class Pens {
    static final Color TEXT = new Color(0x26221E);
    static final Color HALO = new Color(255, 255, 255, 220);
    static final Color LINE_HALO = new Color(255, 255, 255, 210);

    private Pens() {
    }

    static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * a));
    }

    static Color darken(Color c, double f) {
        return new Color((int) (c.getRed() * f), (int) (c.getGreen() * f), (int) (c.getBlue() * f), c.getAlpha());
    }

    /** A round-joined stroke; {@code dashPoints} (in points, scaled here) makes it dashed with butt caps. */
    static BasicStroke stroke(double widthPx, float[] dashPoints, double ppt) {
        if (dashPoints == null) {
            return new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[dashPoints.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = (float) (dashPoints[i] * ppt);
        }
        return new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }
}
