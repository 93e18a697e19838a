package org.sitmap.basemap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sitmap.geo.Projection;
import org.sitmap.store.GeoPackageGeometry;

/**
 * GeoPackage geometry blobs (OGC 12-128r18, 2.1.3) of the base-map store: header, [minx, maxx, miny, maxy] envelope
 * and little-endian 2D WKB, in Web Mercator metres (srs_id 3857). Decodes into packed coordinates, the form the
 * renderer reads fastest. Thread-safe (no shared state).
 */
final class StoredGeometry {
    static final int SRS_ID = 3857;

    private StoredGeometry() {
    }

    static byte[] encode(Geometry g) {
        return GeoPackageGeometry.encode(g, SRS_ID);
    }

    /**
     * Decodes a blob this class wrote.
     *
     * @throws IllegalArgumentException when it is not one (a damaged store)
     */
    static Geometry decode(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry");
        }
        int envelopeBytes = ((blob[3] >> 1) & 0x07) == 1 ? 32 : 0;
        int offset = 8 + envelopeBytes;
        try {
            return new WKBReader(Projection.PACKED_GEOMETRIES).read(new SliceStream(blob, offset));
        } catch (ParseException | java.io.IOException e) {
            throw new IllegalArgumentException("bad WKB in the base-map store: " + e.getMessage(), e);
        }
    }

    /** The WKB after the header, read in place without copying the blob. */
    private static final class SliceStream implements org.locationtech.jts.io.InStream {
        private final byte[] data;
        private int at;

        SliceStream(byte[] data, int at) {
            this.data = data;
            this.at = at;
        }

        @Override
        public int read(byte[] buf) {
            int n = Math.min(buf.length, data.length - at);
            System.arraycopy(data, at, buf, 0, n);
            at += n;
            return n;
        }
    }
}
