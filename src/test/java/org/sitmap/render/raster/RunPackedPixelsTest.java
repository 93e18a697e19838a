package org.sitmap.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A layer's pixels packed as runs come back exactly, whatever mix of runs and stray pixels (runs across rows and
 * bands, a short last band), and a layer that is mostly clear packs to a fraction.
 */
class RunPackedPixelsTest {
    private static int[] roundTrip(int[] px, int w, int h) {
        RunPackedPixels packed = RunPackedPixels.pack(px, w, h);
        assertThat(packed.width()).isEqualTo(w);
        assertThat(packed.height()).isEqualTo(h);
        int[] back = new int[w * h + 7];
        Arrays.fill(back, 0x12345678);
        packed.unpackInto(back);
        assertThat(Arrays.copyOfRange(back, w * h, back.length)).as("nothing written beyond").containsOnly(0x12345678);
        return Arrays.copyOf(back, w * h);
    }

    @Test
    void noiseComesBackExactly() {
        int w = 301;
        int h = 197;
        int[] px = new Random(5).ints(w * h).toArray();
        assertThat(roundTrip(px, w, h)).isEqualTo(px);
    }

    @Test
    void runsOfEveryLengthAmongStrayPixelsComeBackExactly() {
        int w = 173;
        int h = 131;
        int[] px = new int[w * h];
        Random r = new Random(9);
        int i = 0;
        while (i < px.length) {
            // Runs of 1 to 6 and now and then a long one, from a few values: runs of 2 and 3 stand either way.
            int n = r.nextInt(10) == 0 ? r.nextInt(3 * w) : 1 + r.nextInt(6);
            int v = r.nextInt(4) == 0 ? 0 : 0xFF000000 | r.nextInt(3);
            Arrays.fill(px, i, Math.min(px.length, i + n), v);
            i += n;
        }
        assertThat(roundTrip(px, w, h)).isEqualTo(px);
    }

    @Test
    void aMostlyClearLayerPacksToAFraction() {
        int w = 640;
        int h = 400;
        int[] px = new int[w * h];
        for (int y = 100; y < 300; y++) {
            for (int x = 200; x < 400; x++) {
                // A translucent zone with an anti-aliased edge every few pixels.
                px[y * w + x] = (x * 7 + y) % 23 == 0 ? 0x40302010 : 0x80604020;
            }
        }
        RunPackedPixels packed = RunPackedPixels.pack(px, w, h);
        assertThat(packed.bytes()).isLessThan(w * h * 4L / 10);
        assertThat(roundTrip(px, w, h)).isEqualTo(px);
    }

    @Test
    void tooSmallARoomIsRefused() {
        RunPackedPixels packed = RunPackedPixels.pack(new int[40], 8, 5);
        assertThatThrownBy(() -> packed.unpackInto(new int[39])).isInstanceOf(IllegalArgumentException.class);
    }
}
