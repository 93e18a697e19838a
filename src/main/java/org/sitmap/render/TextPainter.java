package org.sitmap.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.sitmap.render.raster.InkSprite;

/**
 * Draws map text with a halo (a light outline behind the glyphs) so names stay readable over borders and fills.
 *
 * <p>Glyph outlines are cached per font and text in the frame's {@link RenderCaches}: laying out the same few hundred
 * place names every frame would otherwise cost more than drawing the map. Thread-safe: drawing uses the caller's
 * Graphics2D.
 */
public final class TextPainter {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Cache keys: a Font's equality covers its name, style, size and tracking. */
    private record OutlineKey(Font font, String text) {
    }

    private record SpriteKey(Font font, String text, int fill, int halo, float haloWidth) {
    }

    /** A glyph outline and its bounds: a path's bounds are computed by walking all its points each time. */
    private record Outline(Shape shape, Rectangle2D bounds) {
    }

    private TextPainter() {
    }

    /** The glyph outline of {@code text} with its baseline at y = 0 and its left edge at x = 0. */
    public static Shape outline(String text, Font font) {
        return cachedOutline(text, font).shape();
    }

    private static Outline cachedOutline(String text, Font font) {
        return (Outline) RenderCaches.current().outlines.get(new OutlineKey(font, text), k -> {
            // Letter-spaced fonts (country names) need a TextLayout: a GlyphVector ignores tracking.
            Shape s = font.hasLayoutAttributes() ? new TextLayout(text, font, FRC).getOutline(null)
                    : font.createGlyphVector(FRC, text).getOutline();
            return new Outline(s, s.getBounds2D());
        });
    }

    /** Bounds of the drawn text (without halo) relative to its baseline origin. */
    public static Rectangle2D bounds(String text, Font font) {
        return (Rectangle2D) cachedOutline(text, font).bounds().clone();
    }

    /** A label rendered once into a small premultiplied image, and where its baseline origin sits in it. */
    record Sprite(InkSprite ink, int originX, int originY) {
        BufferedImage image() {
            return ink.image();
        }
    }

    /**
     * Draws unrotated {@code text} like {@link #draw}, from a cached image of the label. Stroking a halo around
     * glyph outlines is the most expensive thing on a map frame; blitting a cached sprite costs microseconds. Use
     * on raster targets only: vector targets (PDF, SVG) need real text, and the position is rounded to whole
     * pixels.
     */
    public static void drawCached(Graphics2D g, String text, Font font, double x, double y, Color fill, Color halo,
            float haloWidth) {
        Sprite sprite = sprite(text, font, fill, halo, haloWidth);
        g.drawImage(sprite.image(), (int) Math.round(x) - sprite.originX(), (int) Math.round(y) - sprite.originY(),
                null);
    }

    /** Widest halo, in pixels, made by dilating the glyphs rather than stroking their outlines. */
    private static final float MAX_DILATED_HALO = 2.5f;

    /**
     * Puts a halo under the glyphs already drawn in {@code img}: each pixel takes the strongest glyph coverage
     * within {@code width} pixels (a disc, its rim anti-aliased), in the halo colour, under the glyphs.
     *
     * <p>Why not stroke the glyph outlines, as {@link #draw} does for vector output: stroking a name's curves with
     * round joins took 0.4-0.9 ms a label warm and about 2 ms cold (new labels appear on every zoom, and a first
     * frame makes hundreds); dilating the small glyph image takes 0.3 ms and 1.3 ms, and looks the same at screen
     * halo widths (TextPainterTest compares the two).
     */
    private static void addDilatedHalo(BufferedImage img, Color halo, float width) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int reach = (int) Math.ceil(width + 1);
        // Kernel offsets and their weights (0..256): full up to the halo width from a glyph pixel, fading out over
        // the next pixel (a glyph pixel reaches half a pixel beyond its centre, and a stroke's edge is smoothed).
        int[] kx = new int[(2 * reach + 1) * (2 * reach + 1)];
        int[] ky = new int[kx.length];
        int[] kw = new int[kx.length];
        int n = 0;
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                double weight = Math.min(1, width + 1 - Math.sqrt(dx * dx + dy * dy));
                if (weight > 0) {
                    kx[n] = dx;
                    ky[n] = dy;
                    kw[n++] = (int) Math.round(weight * 256);
                }
            }
        }
        // A thin stem at small sizes covers no pixel fully, yet a stroked outline gives it a full halo: count half
        // coverage as full.
        int[] glyph = new int[w * h];
        for (int i = 0; i < glyph.length; i++) {
            glyph[i] = Math.min(255, 2 * (px[i] >>> 24));
        }
        int haloAlpha = halo.getAlpha();
        int hr = halo.getRed();
        int hg = halo.getGreen();
        int hb = halo.getBlue();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int strongest = 0;
                for (int k = 0; k < n && strongest < 255 * 256; k++) {
                    int sx = x + kx[k];
                    int sy = y + ky[k];
                    if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                        strongest = Math.max(strongest, glyph[sy * w + sx] * kw[k]);
                    }
                }
                int a = (strongest / 256) * haloAlpha / 255;
                if (a == 0) {
                    continue;
                }
                // The glyph pixel (premultiplied) over the halo pixel.
                int t = px[y * w + x];
                int ta = t >>> 24;
                int keep = 255 - ta;
                int outA = ta + a * keep / 255;
                int r = ((t >> 16) & 0xFF) + hr * a / 255 * keep / 255;
                int g = ((t >> 8) & 0xFF) + hg * a / 255 * keep / 255;
                int b = (t & 0xFF) + hb * a / 255 * keep / 255;
                px[y * w + x] = (outA << 24) | (r << 16) | (g << 8) | b;
            }
        }
    }

    /** The cached image of unrotated {@code text} with its halo, drawn now if not cached. */
    static Sprite sprite(String text, Font font, Color fill, Color halo, float haloWidth) {
        SpriteKey key = new SpriteKey(font, text, fill.getRGB(), halo == null ? 0 : halo.getRGB(), haloWidth);
        return (Sprite) RenderCaches.current().textSprites.get(key, k -> drawSprite(text, font, fill, halo,
                haloWidth));
    }

    private static Sprite drawSprite(String text, Font font, Color fill, Color halo, float haloWidth) {
        Rectangle2D b = bounds(text, font);
        int pad = (int) Math.ceil(haloWidth) + 2;
        int w = (int) Math.ceil(b.getWidth()) + 2 * pad + 1;
        int h = (int) Math.ceil(b.getHeight()) + 2 * pad + 1;
        int ox = pad - (int) Math.floor(b.getX());
        int oy = pad - (int) Math.floor(b.getY());
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D sg = img.createGraphics();
        MapRenderer.applyHints(sg);
        if (halo != null && haloWidth > 0 && haloWidth <= MAX_DILATED_HALO) {
            sg.setColor(fill);
            sg.setFont(font);
            sg.drawString(text, (float) ox, (float) oy);
            addDilatedHalo(img, halo, haloWidth);
        } else {
            draw(sg, text, font, ox, oy, 0, fill, halo, haloWidth);
        }
        sg.dispose();
        return new Sprite(InkSprite.of(img), ox, oy);
    }

    /**
     * Draws {@code text} with its baseline origin at (x, y), optionally rotated by {@code angleRadians} about that
     * origin, with a halo of {@code haloWidth} pixels (0 for none).
     */
    public static void draw(Graphics2D g, String text, Font font, double x, double y, double angleRadians,
            Color fill, Color halo, float haloWidth) {
        Shape outline = outline(text, font);
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (angleRadians != 0) {
            g.rotate(angleRadians);
        }
        if (halo != null && haloWidth > 0) {
            g.setColor(halo);
            g.setStroke(new BasicStroke(haloWidth * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(fill);
        // Real text over the outline's halo: a PDF or SVG then holds selectable, searchable words; on images the
        // glyphs come out the same as filling their outlines.
        g.setFont(font);
        g.drawString(text, 0f, 0f);
        g.setTransform(saved);
    }
}
