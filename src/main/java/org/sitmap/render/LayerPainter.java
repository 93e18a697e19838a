package org.sitmap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.sitmap.model.LayerStyle;
import org.sitmap.render.LayerBuilder.BuiltLayer;
import org.sitmap.render.raster.PixelPaths;
import org.sitmap.render.raster.ThinLineRaster;

/**
 * Paints built layers ({@link LayerBuilder}) in their styles onto a {@link DrawSurface}: one fill and one stroke
 * per layer, since its features were batched into one path. Fills whose edges an outline covers and thin lines go
 * through the surface's fast operations; the rest through Java2D.
 *
 * <p>Stateless and thread-safe; each strip of a frame is painted on its own surface.
 */
final class LayerPainter {
    private LayerPainter() {
    }

    /** The surface for a frame whose way was chosen once: {@code pixelsOf} is its image, or null for Java2D. */
    static DrawSurface surface(Graphics2D g, BufferedImage pixelsOf) {
        return pixelsOf == null ? new Java2DSurface(g) : new PixelSurface(g, pixelsOf);
    }

    /**
     * Paints the background and the built layers, in order, onto the surface, whose pixel (0, 0) is the frame's
     * pixel (0, {@code top}).
     */
    static void paintBuilt(DrawSurface surface, int top, Viewport viewport, Iterator<BuiltLayer> built,
            RenderOptions options, BooleanSupplier cancelled) {
        Graphics2D g = surface.graphics();
        if (options.background() != null) {
            surface.fillBackground(options.background(), viewport.width(), viewport.height());
        }
        g.translate(0, -top);
        while (built.hasNext()) {
            // Waits, on a helper thread, for the next layer to be built.
            BuiltLayer b = built.next();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            paintLayer(surface, top, b, options);
        }
        g.translate(0, top);
    }

    /**
     * Whether a fill's edge is hidden under an outline (its own, or another layer's borders): anti-aliasing it would
     * be paid for and never seen, and without it the fill costs a third.
     */
    private static boolean outlined(LayerStyle style, double ppt) {
        return style.edgesCovered() || style.hasStroke() && style.strokeWidth() * ppt >= 0.9;
    }

    /** Whether the stroke is thin enough for {@link ThinLineRaster}, which needs no joins. */
    private static boolean thin(LayerStyle style, double ppt) {
        return style.strokeWidth() * ppt <= ThinLineRaster.MAX_WIDTH;
    }

    /** Whether a layer's fill and stroke are both drawn straight into an int raster's pixels, not by Java2D. */
    static boolean drawnDirectly(LayerStyle style, double ppt) {
        return (!style.hasFill() || outlined(style, ppt)) && (!style.hasStroke() || thin(style, ppt));
    }

    private static void paintLayer(DrawSurface surface, int top, BuiltLayer built, RenderOptions options) {
        Graphics2D g = surface.graphics();
        RenderLayer rl = built.layer();
        LayerStyle style = rl.layer().style();
        PixelPaths[] pieces = built.pieces();
        List<double[]> points = built.points();
        Composite savedComposite = g.getComposite();
        if (rl.layer().opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) rl.layer().opacity()));
        }
        double ppt = options.pixelsPerPoint();
        if (style.hasFill()) {
            if (outlined(style, ppt)) {
                surface.fillUnaliased(pieces, top, style.fill(), rl.layer().opacity());
            } else {
                g.setColor(new Color(style.fill(), true));
                for (PixelPaths p : pieces) {
                    p.paths().forEach(g::fill);
                }
            }
        }
        if (style.hasStroke()) {
            if (thin(style, ppt)) {
                surface.strokeThin(pieces, top, style.stroke(), rl.layer().opacity(), style.strokeWidth() * ppt,
                        scaledDash(style, ppt), stroke(style, ppt));
            } else {
                g.setColor(new Color(style.stroke(), true));
                g.setStroke(stroke(style, ppt));
                for (PixelPaths p : pieces) {
                    p.paths().forEach(g::draw);
                }
            }
        }
        if (!points.isEmpty()) {
            double r = Math.max(1, style.pointRadius() * ppt);
            Color fill = new Color(style.stroke() | 0xFF000000, true);
            Color rim = new Color(style.pointRim(), true);
            g.setStroke(new BasicStroke((float) Math.max(1, style.pointRimWidth() * ppt)));
            for (double[] p : points) {
                Ellipse2D dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
                g.setColor(rim);
                g.draw(dot);
                g.setColor(fill);
                g.fill(dot);
            }
        }
        g.setComposite(savedComposite);
    }

    private static BasicStroke stroke(LayerStyle style, double ppt) {
        float w = (float) (style.strokeWidth() * ppt);
        float[] dash = scaledDash(style, ppt);
        if (dash == null) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }

    /** The style's dash pattern in pixels, or null for a solid line. */
    private static float[] scaledDash(LayerStyle style, double ppt) {
        if (style.dash() == null) {
            return null;
        }
        float[] dash = style.dash().clone();
        for (int k = 0; k < dash.length; k++) {
            dash[k] *= (float) ppt;
        }
        return dash;
    }
}
