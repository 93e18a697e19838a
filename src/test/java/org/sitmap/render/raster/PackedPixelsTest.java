package org.sitmap.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Pixels packed and unpacked come back exactly, whatever the size (a last band of a few rows), and pack small. */
class PackedPixelsTest {
    @Test
    void noisyPixelsComeBackExactly() {
        int w = 301;
        int h = 197;
        int[] px = new Random(5).ints(w * h).toArray();
        PackedPixels packed = PackedPixels.pack(px, w, h, () -> false);
        int[] back = new int[w * h];
        packed.unpackInto(back);
        assertThat(back).isEqualTo(px);
        assertThat(packed.width()).isEqualTo(w);
        assertThat(packed.height()).isEqualTo(h);
    }

    @Test
    void aMapLikeFramePacksToAFractionAndComesBackExactly() {
        int w = 640;
        int h = 400;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // Flat fills with a border between them, as regions on a base map.
                px[y * w + x] = (x + y) % 97 == 0 ? 0xFF202020 : (x / 80 + y / 50) % 2 == 0 ? 0xFFEEE8DC : 0xFFD8E4EC;
            }
        }
        PackedPixels packed = PackedPixels.pack(px, w, h, () -> false);
        assertThat(packed.bytes()).isLessThan(w * h * 4L / 8);
        int[] back = new int[w * h + 10];
        packed.unpackInto(back);
        assertThat(java.util.Arrays.copyOf(back, w * h)).isEqualTo(px);
    }

    @Test
    void aCancelBetweenBandsStopsPacking() {
        AtomicInteger looks = new AtomicInteger();
        int[] px = new int[100 * 1000];
        assertThatThrownBy(() -> PackedPixels.pack(px, 100, 1000, () -> looks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(looks.get()).isEqualTo(3);
    }

    @Test
    void tooSmallARoomIsRefused() {
        PackedPixels packed = PackedPixels.pack(new int[40], 8, 5, () -> false);
        assertThatThrownBy(() -> packed.unpackInto(new int[39])).isInstanceOf(IllegalArgumentException.class);
    }
}
