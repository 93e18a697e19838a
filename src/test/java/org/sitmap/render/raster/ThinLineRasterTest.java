package org.sitmap.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitmap.render.MapRenderer;

class ThinLineRasterTest {
    private static final int BLACK = 0xFF000000;

    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Path2D.Double line(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        return p;
    }

    /** How dark a pixel is: 0 white, 1 black (grey levels of a black line on white). */
    private static double ink(BufferedImage img, int x, int y) {
        return 1 - (img.getRGB(x, y) & 0xFF) / 255.0;
    }

    private static double totalInk(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                sum += ink(img, x, y);
            }
        }
        return sum;
    }

    @Test
    void aOnePixelLineOnAPixelRowCoversThatRowOnly() {
        BufferedImage img = white(40, 20);
        ThinLineRaster.forCurrentThread().stroke(img, List.of(line(5, 10.5, 35, 10.5)), 1.0, null, BLACK);

        for (int x = 6; x < 34; x++) {
            assertThat(ink(img, x, 10)).as("x=%d on the line", x).isCloseTo(1.0, within(0.01));
            assertThat(ink(img, x, 9)).as("x=%d above", x).isZero();
            assertThat(ink(img, x, 11)).as("x=%d below", x).isZero();
        }
        assertThat(ink(img, 2, 10)).as("before the start").isZero();
        assertThat(ink(img, 37, 10)).as("after the end").isZero();
    }

    @Test
    void aLineBetweenRowsSharesItsInkAndAThinLineIsLighter() {
        BufferedImage img = white(40, 20);
        ThinLineRaster.forCurrentThread().stroke(img, List.of(line(5, 10, 35, 10)), 1.0, null, BLACK);
        assertThat(ink(img, 20, 9)).isCloseTo(0.5, within(0.02));
        assertThat(ink(img, 20, 10)).isCloseTo(0.5, within(0.02));

        BufferedImage thin = white(40, 20);
        ThinLineRaster.forCurrentThread().stroke(thin, List.of(line(5, 10.5, 35, 10.5)), 0.5, null, BLACK);
        assertThat(ink(thin, 20, 10)).isCloseTo(0.5, within(0.02));
    }

    @Test
    void inkPerLengthIsTheSameAtEveryAngle() {
        // A box-filtered line of width w puts w pixels of ink per pixel of length, whatever its direction: no
        // light or heavy diagonals (the flaw of simpler anti-aliased lines).
        double w = 1.1;
        for (double degrees : new double[] {0, 10, 30, 45, 60, 80, 90}) {
            BufferedImage img = white(200, 200);
            double a = Math.toRadians(degrees);
            double len = 120;
            double x0 = 100 - Math.cos(a) * len / 2;
            double y0 = 100 - Math.sin(a) * len / 2;
            ThinLineRaster.forCurrentThread().stroke(img,
                    List.of(line(x0, y0, x0 + Math.cos(a) * len, y0 + Math.sin(a) * len)), w, null, BLACK);
            assertThat(totalInk(img) / len).as("ink per pixel of length at %s degrees", degrees)
                    .isCloseTo(w, within(0.06));
        }
    }

    @Test
    void matchesJava2DStrokesInInkAndPlace() {
        // A border-like random walk: short steps, the heading drifting, turning back at the edges.
        Random random = new Random(7);
        Path2D.Double path = new Path2D.Double();
        double x = 200;
        double y = 150;
        double heading = 0;
        path.moveTo(x, y);
        for (int i = 0; i < 1500; i++) {
            heading += random.nextGaussian() * 0.5;
            double step = 1 + random.nextDouble() * 4;
            x += Math.cos(heading) * step;
            y += Math.sin(heading) * step;
            if (x < 20 || x > 380 || y < 20 || y > 280) {
                heading += Math.PI;
                x = Math.max(20, Math.min(380, x));
                y = Math.max(20, Math.min(280, y));
            }
            path.lineTo(x, y);
        }
        BufferedImage ours = white(400, 300);
        ThinLineRaster.forCurrentThread().stroke(ours, List.of(path), 1.0, null, BLACK);
        BufferedImage java2d = white(400, 300);
        Graphics2D g = java2d.createGraphics();
        MapRenderer.applyHints(g);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        g.dispose();

        assertThat(totalInk(ours)).isCloseTo(totalInk(java2d), within(totalInk(java2d) * 0.05));
        int differ = 0;
        for (int py = 0; py < 300; py++) {
            for (int px = 0; px < 400; px++) {
                if (Math.abs(ink(ours, px, py) - ink(java2d, px, py)) > 0.35) {
                    differ++;
                }
            }
        }
        assertThat(differ).as("pixels that differ by more than a third of full ink").isLessThan(400 * 300 / 200);
    }

    @Test
    void dashesFollowThePatternAndRestartOnEachSubpath() {
        BufferedImage img = white(60, 20);
        Path2D.Double p = line(0, 5.5, 60, 5.5);
        p.moveTo(0, 14.5);
        p.lineTo(60, 14.5);
        ThinLineRaster.forCurrentThread().stroke(img, List.of(p), 1.0, new float[] {4, 4}, BLACK);
        for (int row : new int[] {5, 14}) {
            for (int x = 0; x < 56; x++) {
                boolean on = (x / 4) % 2 == 0;
                assertThat(ink(img, x, row)).as("x=%d row %d", x, row).isCloseTo(on ? 1.0 : 0.0, within(0.01));
            }
        }
    }

    @Test
    void drawsIntoAStripOfALargerImageAtTheStripsPlace() {
        BufferedImage frame = white(50, 40);
        BufferedImage strip = frame.getSubimage(0, 20, 50, 20);
        ThinLineRaster.forCurrentThread().stroke(strip, List.of(line(10, 5.5, 40, 5.5)), 1.0, null, BLACK);
        assertThat(ink(frame, 20, 25)).isCloseTo(1.0, within(0.01));
        assertThat(ink(frame, 20, 5)).isZero();
    }

    @Test
    void blendsTranslucentColoursOverWhatIsThere() {
        BufferedImage img = white(40, 20);
        ThinLineRaster.forCurrentThread().stroke(img, List.of(line(0, 10.5, 40, 10.5)), 1.0, null, 0x80FF0000);
        int rgb = img.getRGB(20, 10);
        assertThat((rgb >> 16) & 0xFF).isEqualTo(255);
        assertThat((rgb >> 8) & 0xFF).isCloseTo(127, within(2));
        assertThat(rgb >>> 24).isEqualTo(255);
    }

    @Test
    void linesFarOutsideTheImageAreCulledAndPartlyOutsideOnesClipped() {
        BufferedImage img = white(40, 20);
        ThinLineRaster.forCurrentThread().stroke(img,
                List.of(line(-1e7, -1e7, -1e7 + 5, -1e7), line(-1000, 10.5, 1000, 10.5)), 1.0, null, BLACK);
        assertThat(ink(img, 0, 10)).isCloseTo(1.0, within(0.01));
        assertThat(ink(img, 39, 10)).isCloseTo(1.0, within(0.01));
        assertThat(ink(img, 20, 5)).isZero();
    }

    @Test
    void onlyPackedIntImagesAreDrawnHere() {
        assertThat(IntRaster.supports(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB_PRE))).isTrue();
        assertThat(IntRaster.supports(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB))).isTrue();
        assertThat(IntRaster.supports(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB))).isFalse();
        assertThat(IntRaster.supports(new BufferedImage(4, 4, BufferedImage.TYPE_3BYTE_BGR))).isFalse();
    }
}
