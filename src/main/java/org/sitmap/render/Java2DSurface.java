package org.sitmap.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A {@link DrawSurface} that draws everything through its {@link Graphics2D}: vector targets (PDF, SVG), clipped
 * or transformed targets, and every target while the fast path is off. Not thread-safe.
 */
class Java2DSurface implements DrawSurface {
    private final Graphics2D g;

    Java2DSurface(Graphics2D g) {
        this.g = g;
    }

    @Override
    public final Graphics2D graphics() {
        return g;
    }

    @Override
    public boolean writesPixels() {
        return false;
    }

    @Override
    public void fillBackground(Color colour, int width, int height) {
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void fillUnaliased(PixelPaths[] pieces, int top, int argb, double opacity) {
        g.setColor(new Color(argb, true));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (PixelPaths p : pieces) {
            p.paths().forEach(g::fill);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    @Override
    public void strokeThin(PixelPaths[] pieces, int top, int argb, double opacity, double width, float[] dash,
            Stroke stroke) {
        g.setColor(new Color(argb, true));
        g.setStroke(stroke);
        for (PixelPaths p : pieces) {
            p.paths().forEach(g::draw);
        }
    }

    @Override
    public void hatch(Shape shape, Rectangle2D limit, double angleDegrees, double spacing, double anchorX,
            double anchorY) {
        Hatching.draw(g, shape, limit, angleDegrees, spacing, anchorX, anchorY);
    }

    @Override
    public void sprite(BufferedImage sprite, int x, int y) {
        g.drawImage(sprite, x, y, null);
    }
}
