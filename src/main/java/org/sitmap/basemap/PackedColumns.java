package org.sitmap.basemap;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A whole column of a store table in one blob: what every frame needs of every feature (envelopes, label anchors,
 * the names and populations of 112,333 towns) is read in one row instead of one JDBC call per value, which took
 * most of a first frame. The feature tables stay the truth; these are written from them.
 *
 * <p>Stateless, thread-safe.
 */
final class PackedColumns {
    static final String TABLE = "sitmap_base_packed";
    static final String EXTENTS = "extents";
    private static final byte NULL = 0;
    private static final byte LONG = 1;
    private static final byte DOUBLE = 2;
    private static final byte TEXT = 3;

    private PackedColumns() {
    }

    static byte[] doubles(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        return b.array();
    }

    static double[] doubles(byte[] blob) {
        double[] out = new double[blob.length / 8];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(out);
        return out;
    }

    /** Values as the store's JDBC driver returns them: null, Integer/Long, Double or String. */
    static byte[] values(Object[] values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(values.length * 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Object v : values) {
                if (v == null) {
                    out.writeByte(NULL);
                } else if (v instanceof Integer || v instanceof Long) {
                    out.writeByte(LONG);
                    out.writeLong(((Number) v).longValue());
                } else if (v instanceof Number n) {
                    out.writeByte(DOUBLE);
                    out.writeDouble(n.doubleValue());
                } else {
                    byte[] text = v.toString().getBytes(StandardCharsets.UTF_8);
                    out.writeByte(TEXT);
                    out.writeInt(text.length);
                    out.write(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The values of {@link #values(Object[])}, whole numbers as Long (as the GeoJSON loader gives them) and, for a
     * boolean column, 1/0 as Boolean.
     *
     * @throws IllegalArgumentException when the blob is damaged
     */
    static Object[] values(byte[] blob, int count, boolean bool) {
        Object[] out = new Object[count];
        ByteBuffer b = ByteBuffer.wrap(blob);
        try {
            for (int i = 0; i < count; i++) {
                byte tag = b.get();
                out[i] = switch (tag) {
                    case NULL -> null;
                    case LONG -> bool ? (Object) (b.getLong() != 0) : (Object) b.getLong();
                    case DOUBLE -> b.getDouble();
                    case TEXT -> {
                        int n = b.getInt();
                        String s = new String(blob, b.position(), n, StandardCharsets.UTF_8);
                        b.position(b.position() + n);
                        yield s;
                    }
                    default -> throw new IllegalArgumentException("bad value tag " + tag);
                };
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("damaged packed column: " + e.getMessage(), e);
        }
        return out;
    }
}
