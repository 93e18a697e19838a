package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The parallel PNG encoder writes files that other decoders (ImageIO's) read back pixel for pixel. */
class PngEncoderTest {

    @Test
    void aMapLikeImageDecodesToTheSamePixels() throws IOException {
        BufferedImage image = new BufferedImage(1031, 777, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC9DDE8));
        g.fillRect(0, 0, 1031, 777);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xF3F0E7));
        g.fill(new Ellipse2D.Double(100, 50, 800, 600));
        g.setColor(new Color(0x1F6FB2));
        g.draw(new Ellipse2D.Double(100, 50, 800, 600));
        g.dispose();
        assertSamePixels(image, decode(encode(image, 1)));
    }

    @Test
    void noiseAndOddSizesDecodeToTheSamePixels() throws IOException {
        Random random = new Random(14);
        for (int[] size : new int[][] {{1, 1}, {1, 300}, {300, 1}, {17, 129}, {640, 257}}) {
            BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < size[1]; y++) {
                for (int x = 0; x < size[0]; x++) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
            for (int level : new int[] {0, 1, 9}) {
                assertSamePixels(image, decode(encode(image, level)));
            }
        }
    }

    @Test
    void aSubimageIsRefusedAndLeftToImageIo() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        assertThat(PngEncoder.accepts(image)).isTrue();
        assertThat(PngEncoder.accepts(image.getSubimage(3, 5, 20, 20))).isFalse();
        assertThat(PngEncoder.accepts(new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB))).isFalse();
    }

    @Test
    void checksumsOfPartsCombineToTheChecksumOfTheWhole() {
        byte[] data = new byte[200_000];
        new Random(3).nextBytes(data);
        for (int cut : new int[] {0, 1, 65_521, 100_000, 199_999}) {
            Adler32 a = new Adler32();
            a.update(data, 0, cut);
            Adler32 b = new Adler32();
            b.update(data, cut, data.length - cut);
            Adler32 whole = new Adler32();
            whole.update(data);
            assertThat(PngEncoder.combineAdler((int) a.getValue(), (int) b.getValue(), data.length - cut))
                    .as("cut at %d", cut).isEqualTo((int) whole.getValue());
        }
    }

    @Test
    void cancellingStopsTheEncoding() {
        BufferedImage image = new BufferedImage(500, 2000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Cancelled once the encoder has looked twice: however the bands fall between the threads (on a quiet
        // machine the helper may deflate them all), the encoding ends in a cancel and writes nothing.
        AtomicInteger polls = new AtomicInteger();
        assertThatThrownBy(() -> new PngEncoder(1).write(image, 96, out, p -> { },
                () -> polls.incrementAndGet() > 1)).isInstanceOf(CancellationException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void progressRisesToOne() throws IOException {
        BufferedImage image = new BufferedImage(300, 1000, BufferedImage.TYPE_INT_RGB);
        double[] last = {-1};
        boolean[] rising = {true};
        new PngEncoder(1).write(image, 96, new ByteArrayOutputStream(), p -> {
            rising[0] &= p >= last[0];
            last[0] = p;
        }, () -> false);
        assertThat(rising[0]).isTrue();
        assertThat(last[0]).isEqualTo(1.0);
    }

    private static byte[] encode(BufferedImage image, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngEncoder(level).write(image, 96, out, p -> { }, () -> false);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(read).as("ImageIO reads it").isNotNull();
        return read;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((expected.getRGB(x, y) & 0xFFFFFF) != (actual.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("pixel " + x + "," + y + " of " + expected.getWidth() + "x"
                            + expected.getHeight() + ": " + Integer.toHexString(expected.getRGB(x, y)) + " became "
                            + Integer.toHexString(actual.getRGB(x, y)));
                }
            }
        }
    }
}
