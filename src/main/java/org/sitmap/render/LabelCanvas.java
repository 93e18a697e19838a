package org.sitmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.sitmap.render.raster.InkSprite;
import org.sitmap.render.raster.IntRaster;

/**
 * Where a frame's labels and town dots go. On vector targets (PDF, SVG) text is real text; on images each label is
 * a pre-drawn sprite, copied straight into the pixels where the surface writes pixels ({@link DrawSurface#sprite}).
 *
 * <p>A recording canvas ({@link #recording}) keeps the sprites and where they go instead, so labels can be placed
 * while the map under them is still being painted, and copied in afterwards strip by strip ({@link #replay}).
 *
 * <p>Not thread-safe while drawn on: one per frame. A finished recording may be replayed from several threads
 * into rows that do not overlap.
 */
final class LabelCanvas {
    private final DrawSurface surface;
    private final boolean vector;
    /** The sprites drawn so far, in order, when recording; else null. */
    private final List<Blit> recorded;

    /** A sprite and the frame pixel its top-left corner goes to. */
    private record Blit(InkSprite sprite, int x, int y) {
    }

    LabelCanvas(DrawSurface surface, RenderOptions options) {
        this.surface = surface;
        this.vector = options.vectorText();
        this.recorded = null;
    }

    private LabelCanvas() {
        this.surface = null;
        this.vector = false;
        this.recorded = new ArrayList<>();
    }

    /** A canvas that records its sprites, to be copied into an int-packed image ({@link #replay}). */
    static LabelCanvas recording() {
        return new LabelCanvas();
    }

    /** Copies the recorded sprites into rows {@code y0} (inclusive) to {@code y1} of the frame, in order. */
    void replay(BufferedImage frame, int y0, int y1) {
        IntRaster pixels = IntRaster.of(frame);
        for (Blit b : recorded) {
            if (b.y() < y1 && b.y() + b.sprite().height() > y0) {
                b.sprite().blitInto(pixels, b.x(), b.y(), y0, y1);
            }
        }
    }

    Graphics2D graphics() {
        return surface.graphics();
    }

    /** True on vector targets: shapes must be drawn as shapes, text as text. */
    boolean vector() {
        return vector;
    }

    /** Unrotated text with its baseline origin at (x, y) and a halo of {@code halo}, {@code haloWidth} wide. */
    void text(String text, Font font, double x, double y, Color fill, Color halo, float haloWidth) {
        if (vector) {
            TextPainter.draw(surface.graphics(), text, font, x, y, 0, fill, halo, haloWidth);
            return;
        }
        TextPainter.Sprite s = TextPainter.sprite(text, font, fill, halo, haloWidth);
        image(s.ink(), (int) Math.round(x) - s.originX(), (int) Math.round(y) - s.originY());
    }

    /**
     * Text turned by {@code angle} radians about its baseline origin (x, y), with a halo: river names along their
     * lines. Few per frame, so the sprite is drawn each time rather than cached.
     */
    void rotatedText(String text, Font font, double x, double y, double angle, Color fill, Color halo,
            float haloWidth) {
        if (vector) {
            TextPainter.draw(surface.graphics(), text, font, x, y, angle, fill, halo, haloWidth);
            return;
        }
        Rectangle2D b = AffineTransform.getRotateInstance(angle).createTransformedShape(TextPainter.outline(text,
                font)).getBounds2D();
        int pad = (int) Math.ceil(haloWidth) + 2;
        int ox = pad - (int) Math.floor(b.getX());
        int oy = pad - (int) Math.floor(b.getY());
        BufferedImage img = new BufferedImage((int) Math.ceil(b.getWidth()) + 2 * pad + 1,
                (int) Math.ceil(b.getHeight()) + 2 * pad + 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        MapRenderer.applyHints(g);
        TextPainter.draw(g, text, font, ox, oy, angle, fill, halo, haloWidth);
        g.dispose();
        image(InkSprite.of(img), (int) Math.round(x) - ox, (int) Math.round(y) - oy);
    }

    /** Draws a sprite with its top-left corner at (x, y), over what is there. */
    void image(InkSprite sprite, int x, int y) {
        if (recorded != null) {
            recorded.add(new Blit(sprite, x, y));
            return;
        }
        if (vector) {
            surface.graphics().drawImage(sprite.image(), x, y, null);
            return;
        }
        surface.sprite(sprite, x, y);
    }
}
