package org.sitmap.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage geometry encoding (OGC 12-128r18, 2.1.3): a header ({@code "GP"}, version 0, flags, srs_id,
 * envelope) followed by standard 2D WKB. Writes little-endian with an [minx, maxx, miny, maxy] envelope; reads any
 * byte order and envelope type. Thread-safe (no shared state).
 */
public final class GeoPackageGeometry {
    /** SRS of every geometry Sitmap writes: WGS 84 lon/lat. */
    public static final int SRS_ID = 4326;

    private static final byte FLAG_LITTLE_ENDIAN = 0x01;
    private static final byte ENVELOPE_XY = 0x01 << 1;
    private static final byte FLAG_EMPTY = 0x01 << 4;

    private GeoPackageGeometry() {
    }

    /** Encodes a lon/lat geometry as a GeoPackage geometry blob with srs_id 4326. */
    public static byte[] encode(Geometry g) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        boolean empty = g.isEmpty();
        ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) (FLAG_LITTLE_ENDIAN | (empty ? FLAG_EMPTY : ENVELOPE_XY)));
        b.putInt(SRS_ID);
        if (!empty) {
            Envelope e = g.getEnvelopeInternal();
            b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        }
        b.put(wkb);
        return b.array();
    }

    /**
     * Decodes a GeoPackage geometry blob.
     *
     * @throws IllegalArgumentException with a reason when the blob is not a GeoPackage geometry
     */
    public static Geometry decode(byte[] blob, GeometryFactory factory) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry (no GP header)");
        }
        int flags = blob[3];
        if ((flags & 0x20) != 0) {
            throw new IllegalArgumentException("extended GeoPackage geometries are not supported");
        }
        int envelopeBytes = switch ((flags >> 1) & 0x07) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("invalid envelope type " + ((flags >> 1) & 0x07));
        };
        int offset = 8 + envelopeBytes;
        if (blob.length <= offset) {
            throw new IllegalArgumentException("GeoPackage geometry is truncated");
        }
        byte[] wkb = new byte[blob.length - offset];
        System.arraycopy(blob, offset, wkb, 0, wkb.length);
        try {
            return new WKBReader(factory).read(wkb);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKB: " + e.getMessage(), e);
        }
    }
}
