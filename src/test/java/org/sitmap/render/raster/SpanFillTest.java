package org.sitmap.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitmap.render.MapRenderer;

class SpanFillTest {
    private static final int LAND = 0xFFF3F0E7;

    private static BufferedImage sea(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xC9DDE8));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    /** Random star-shaped rings with holes, some reaching beyond the image: coastline-like, in one even-odd path. */
    private static Path2D.Double islands(long seed) {
        Random random = new Random(seed);
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int ring = 0; ring < 40; ring++) {
            double cx = -50 + random.nextDouble() * 500;
            double cy = -50 + random.nextDouble() * 400;
            double radius = 5 + random.nextDouble() * (ring % 5 == 0 ? 150 : 40);
            int n = 5 + random.nextInt(60);
            for (int k = 0; k < n; k++) {
                double a = 2 * Math.PI * k / n;
                double r = radius * (0.6 + 0.4 * random.nextDouble());
                double x = cx + Math.cos(a) * r;
                double y = cy + Math.sin(a) * r;
                if (k == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            path.closePath();
        }
        return path;
    }

    @Test
    void fillsThePixelsJava2DFillsWithAntiAliasingOff() {
        for (long seed = 1; seed <= 5; seed++) {
            Path2D.Double path = islands(seed);
            BufferedImage ours = sea(400, 300);
            SpanFill.forCurrentThread().fill(ours, 0, List.of(path), LAND);
            BufferedImage java2d = sea(400, 300);
            Graphics2D g = java2d.createGraphics();
            MapRenderer.applyHints(g);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(new Color(LAND, true));
            g.fill(path);
            g.dispose();

            int filled = 0;
            int differ = 0;
            for (int y = 0; y < 300; y++) {
                for (int x = 0; x < 400; x++) {
                    filled += java2d.getRGB(x, y) == LAND ? 1 : 0;
                    differ += ours.getRGB(x, y) != java2d.getRGB(x, y) ? 1 : 0;
                }
            }
            assertThat(filled).as("seed %d fills something", seed).isGreaterThan(5000);
            // Only pixels whose centre lies exactly on an edge may be decided the other way.
            assertThat(differ).as("seed %d: pixels decided differently", seed).isLessThan(filled / 500 + 5);
        }
    }

    @Test
    void holesStayOpenAndStripsLandAtTheirRows() {
        Path2D.Double ring = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring.append(new java.awt.Rectangle(10, 10, 80, 80), false);
        ring.append(new java.awt.Rectangle(30, 30, 40, 40), false);
        BufferedImage frame = sea(100, 100);
        // Paint the frame as two strips, as the renderer does, from paths in frame coordinates.
        SpanFill.forCurrentThread().fill(frame.getSubimage(0, 0, 100, 50), 0, List.of(ring), LAND);
        SpanFill.forCurrentThread().fill(frame.getSubimage(0, 50, 100, 50), 50, List.of(ring), LAND);
        assertThat(frame.getRGB(20, 20)).isEqualTo(LAND);
        assertThat(frame.getRGB(20, 80)).isEqualTo(LAND);
        assertThat(frame.getRGB(50, 50)).as("in the hole").isNotEqualTo(LAND);
        assertThat(frame.getRGB(5, 50)).as("outside").isNotEqualTo(LAND);
        assertThat(frame.getRGB(10, 10)).as("first pixel inside").isEqualTo(LAND);
        assertThat(frame.getRGB(89, 89)).as("last pixel inside").isEqualTo(LAND);
        assertThat(frame.getRGB(90, 89)).as("just beyond").isNotEqualTo(LAND);
    }

    @Test
    void translucentFillsBlendWithWhatIsUnder() {
        BufferedImage img = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 20, 20);
        g.dispose();
        Path2D.Double square = new Path2D.Double();
        square.append(new java.awt.Rectangle(5, 5, 10, 10), false);
        SpanFill.forCurrentThread().fill(img, 0, List.of(square), 0x800000FF);
        Color c = new Color(img.getRGB(10, 10), true);
        assertThat(c.getBlue()).isEqualTo(255);
        assertThat((double) c.getRed()).isCloseTo(127, within(2.0));
        assertThat(c.getAlpha()).isEqualTo(255);
        assertThat(img.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);
    }
}
