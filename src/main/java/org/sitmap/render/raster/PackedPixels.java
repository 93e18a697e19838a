package org.sitmap.render.raster;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;

/**
 * A frame's int pixels kept compressed (LZ4) in bands of rows: a 1920x1080 map frame is 8 MB as pixels and 1.5 to 3
 * MB packed (a crowd of translucent zones over the base map packs least), and unpacks in a few milliseconds, the
 * bands on all cores. LZ4's pure-Java instance: its native one would unpack a library into the temp folder, which a
 * full or locked-down temp folder refuses. Immutable.
 */
public final class PackedPixels {
    /** Rows per band: a cancel is looked at between bands (a few milliseconds each). */
    private static final int BAND_ROWS = 64;
    private static final LZ4Factory LZ4 = LZ4Factory.safeInstance();
    /** Each thread's room for a band unpacked, kept: a frame's worth of new arrays at every step was garbage. */
    private static final ThreadLocal<byte[]> BAND = ThreadLocal.withInitial(() -> new byte[0]);

    private final int width;
    private final int height;
    private final byte[][] bands;

    private PackedPixels(int width, int height, byte[][] bands) {
        this.width = width;
        this.height = height;
        this.bands = bands;
    }

    /**
     * Packs the {@code width} x {@code height} pixels of {@code pixels} (row after row).
     *
     * @throws CancellationException when {@code cancelled} answers true between two bands
     */
    public static PackedPixels pack(int[] pixels, int width, int height, BooleanSupplier cancelled) {
        int count = (height + BAND_ROWS - 1) / BAND_ROWS;
        byte[][] bands = new byte[count][];
        LZ4Compressor compressor = LZ4.fastCompressor();
        ByteBuffer raw = ByteBuffer.allocate(BAND_ROWS * width * 4).order(ByteOrder.LITTLE_ENDIAN);
        byte[] out = new byte[compressor.maxCompressedLength(raw.capacity())];
        for (int b = 0; b < count; b++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            int from = b * BAND_ROWS * width;
            int n = Math.min(BAND_ROWS, height - b * BAND_ROWS) * width;
            raw.clear();
            raw.asIntBuffer().put(pixels, from, n);
            int packed = compressor.compress(raw.array(), 0, n * 4, out, 0, out.length);
            bands[b] = java.util.Arrays.copyOf(out, packed);
        }
        return new PackedPixels(width, height, bands);
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
        for (byte[] b : bands) {
            sum += b.length + 16;
        }
        return sum;
    }

    /** Unpacks into {@code pixels} (at least width x height, row after row), the bands on all cores. */
    public void unpackInto(int[] pixels) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("room for " + pixels.length + " pixels, not " + width * height);
        }
        IntStream.range(0, bands.length).parallel().forEach(b -> {
            LZ4FastDecompressor decompressor = LZ4.fastDecompressor();
            int n = Math.min(BAND_ROWS, height - b * BAND_ROWS) * width;
            byte[] raw = BAND.get();
            if (raw.length < n * 4) {
                raw = new byte[n * 4];
                BAND.set(raw);
            }
            decompressor.decompress(bands[b], 0, raw, 0, n * 4);
            ByteBuffer.wrap(raw, 0, n * 4).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pixels,
                    b * BAND_ROWS * width, n);
        });
    }
}
