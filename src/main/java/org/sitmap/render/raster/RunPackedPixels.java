package org.sitmap.render.raster;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A layer's int pixels kept as runs of one value and stretches of pixels as they are, in bands of rows: an
 * annotation layer is clear around the shapes and flat inside them, so runs pack a crowd's 1920x1080 layer (8 MB) to
 * about 2 to 3 MB, and unpack with a fill or a copy per run at the speed of memory. LZ4 ({@link PackedPixels}) packs a
 * little tighter but unpacked such a layer six times slower (a date change waited on it). Immutable.
 */
public final class RunPackedPixels {
    /** Rows per band: bands unpack side by side. */
    private static final int BAND_ROWS = 64;
    /** Shorter runs are kept as they are: a run costs two ints. */
    private static final int MIN_RUN = 3;

    private final int width;
    private final int height;
    /**
     * Per band, its runs one after another: a head {@code n << 1} and the value of n pixels, or a head
     * {@code n << 1 | 1} and n pixels as they are.
     */
    private final int[][] bands;

    private RunPackedPixels(int width, int height, int[][] bands) {
        this.width = width;
        this.height = height;
        this.bands = bands;
    }

    /** Packs the {@code width} x {@code height} pixels of {@code pixels} (row after row). */
    public static RunPackedPixels pack(int[] pixels, int width, int height) {
        int count = (height + BAND_ROWS - 1) / BAND_ROWS;
        int[][] bands = new int[count][];
        // At most an int a pixel and a head: a stretch of one pixel (two ints) is followed by a run of three or more
        // (two ints), and a band of stray pixels alone is one stretch.
        int[] out = new int[BAND_ROWS * width + 2];
        for (int b = 0; b < count; b++) {
            int from = b * BAND_ROWS * width;
            int to = Math.min(height, (b + 1) * BAND_ROWS) * width;
            bands[b] = Arrays.copyOf(out, encode(pixels, from, to, out));
        }
        return new RunPackedPixels(width, height, bands);
    }

    /** Writes the runs of {@code px[from, to)} into {@code out}; returns how many ints it wrote. */
    private static int encode(int[] px, int from, int to, int[] out) {
        int k = 0;
        int stretch = from;
        int i = from;
        while (i < to) {
            int v = px[i];
            int j = i + 1;
            while (j < to && px[j] == v) {
                j++;
            }
            if (j - i >= MIN_RUN) {
                k = stretch(px, stretch, i, out, k);
                out[k++] = (j - i) << 1;
                out[k++] = v;
                stretch = j;
            }
            i = j;
        }
        return stretch(px, stretch, to, out, k);
    }

    /** Writes {@code px[from, to)} as they are, if any; returns where the next run goes. */
    private static int stretch(int[] px, int from, int to, int[] out, int k) {
        if (to > from) {
            out[k++] = (to - from) << 1 | 1;
            System.arraycopy(px, from, out, k, to - from);
            k += to - from;
        }
        return k;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The bytes kept. */
    public long bytes() {
        long sum = 0;
        for (int[] b : bands) {
            sum += 4L * b.length + 16;
        }
        return sum;
    }

    /** Unpacks into {@code pixels} (at least width x height, row after row), the bands on all cores. */
    public void unpackInto(int[] pixels) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("room for " + pixels.length + " pixels, not " + width * height);
        }
        IntStream.range(0, bands.length).parallel().forEach(b -> {
            int[] runs = bands[b];
            int at = b * BAND_ROWS * width;
            int k = 0;
            while (k < runs.length) {
                int head = runs[k++];
                int n = head >>> 1;
                if ((head & 1) == 0) {
                    Arrays.fill(pixels, at, at + n, runs[k++]);
                } else {
                    System.arraycopy(runs, k, pixels, at, n);
                    k += n;
                }
                at += n;
            }
        });
    }
}
