package org.sitmap.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Coordinate;
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
        return encode(g, SRS_ID);
    }

    /** Encodes a geometry in the coordinates of {@code srsId} as a GeoPackage geometry blob with an xy envelope. */
    public static byte[] encode(Geometry g, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        boolean empty = g.isEmpty();
        ByteBuffer b = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0);
        b.put((byte) (FLAG_LITTLE_ENDIAN | (empty ? FLAG_EMPTY : ENVELOPE_XY)));
        b.putInt(srsId);
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
        Geometry g;
        try {
            g = new WKBReader(factory).read(wkb);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKB: " + e.getMessage(), e);
        }
        checkLonLat(g);
        if (envelopeBytes > 0 && !g.isEmpty()) {
            checkEnvelope(g, ByteBuffer.wrap(blob, 8, 32).order((flags & FLAG_LITTLE_ENDIAN) != 0
                    ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN));
        }
        return g;
    }

    /** Refuses coordinates outside WGS 84 longitude/latitude: in a Sitmap file they can only come from damage. */
    private static void checkLonLat(Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            if (!(Math.abs(c.x) <= 180)) {
                throw new IllegalArgumentException("longitude " + c.x + " is outside -180..180");
            }
            if (!(Math.abs(c.y) <= 90)) {
                throw new IllegalArgumentException("latitude " + c.y + " is outside -90..90");
            }
        }
    }

    /**
     * Refuses a geometry that does not lie in the envelope stored in its own header: one of the two was changed
     * after it was written (a flipped bit inside a coordinate usually keeps it within the world).
     */
    private static void checkEnvelope(Geometry g, ByteBuffer header) {
        double minX = header.getDouble(8);
        double maxX = header.getDouble(16);
        double minY = header.getDouble(24);
        double maxY = header.getDouble(32);
        Envelope e = g.getEnvelopeInternal();
        double slack = 1e-9;
        if (!(e.getMinX() >= minX - slack && e.getMaxX() <= maxX + slack && e.getMinY() >= minY - slack
                && e.getMaxY() <= maxY + slack)) {
            throw new IllegalArgumentException("its coordinates (lon " + e.getMinX() + ".." + e.getMaxX() + ", lat "
                    + e.getMinY() + ".." + e.getMaxY() + ") lie outside the bounding box stored with them (lon "
                    + minX + ".." + maxX + ", lat " + minY + ".." + maxY + ")");
        }
    }
}
