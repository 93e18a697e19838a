package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TextPainterTest {
    private static final Color HALO = new Color(255, 255, 255, 215);

    /** The sprite and the vector drawing (glyphs over a stroked outline) of the same label, on grey. */
    private static BufferedImage[] spriteAndVector(String text, Font font, float halo) {
        TextPainter.Sprite sprite = TextPainter.sprite(text, font, Color.BLACK, HALO, halo);
        int w = sprite.image().getWidth();
        int h = sprite.image().getHeight();
        BufferedImage a = grey(w, h);
        Graphics2D ga = a.createGraphics();
        ga.drawImage(sprite.image(), 0, 0, null);
        ga.dispose();
        BufferedImage b = grey(w, h);
        Graphics2D gb = b.createGraphics();
        MapRenderer.applyHints(gb);
        TextPainter.draw(gb, text, font, sprite.originX(), sprite.originY(), 0, Color.BLACK, HALO, halo);
        gb.dispose();
        return new BufferedImage[] {a, b};
    }

    private static BufferedImage grey(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** Halo: how much lighter than the grey background the label is, summed over its pixels. */
    private static long brightening(BufferedImage img) {
        long sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                sum += Math.max(0, (img.getRGB(x, y) & 0xFF) - 128);
            }
        }
        return sum;
    }

    /** Glyphs: how many pixels are nearly black. */
    private static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 60) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void labelSpritesLookLikeTheVectorLabelHaloIncluded() {
        // Sprites get their halo by dilating the glyphs (stroking outlines was half of a first frame); it must
        // cover what the stroked halo covers, and leave the glyphs as they are.
        for (String text : new String[] {"Kursk", "Staryy Oskol", "Semiluki"}) {
            BufferedImage[] pair = spriteAndVector(text, Fonts.regular(12f), 1.6f);
            assertThat((double) brightening(pair[0])).as("halo of %s", text)
                    .isCloseTo(brightening(pair[1]), within(brightening(pair[1]) * 0.10));
            assertThat((double) darkPixels(pair[0])).as("glyphs of %s", text)
                    .isCloseTo(darkPixels(pair[1]), within(darkPixels(pair[1]) * 0.08 + 2));
        }
    }

    @Test
    void theHaloReachesItsWidthAndNoFurther() {
        TextPainter.Sprite sprite = TextPainter.sprite("I", Fonts.bold(40f), Color.BLACK, HALO, 2f);
        BufferedImage img = sprite.image();
        int y = img.getHeight() / 2;
        int firstGlyph = -1;
        for (int x = 0; x < img.getWidth() && firstGlyph < 0; x++) {
            int argb = img.getRGB(x, y);
            if ((argb >>> 24) > 250 && (argb & 0xFF) < 10) {
                firstGlyph = x;
            }
        }
        assertThat(firstGlyph).isPositive();
        assertThat(img.getRGB(firstGlyph - 2, y) >>> 24).as("inside the halo").isGreaterThan(150);
        assertThat(img.getRGB(firstGlyph - 4, y) >>> 24).as("beyond it").isZero();
    }
}
