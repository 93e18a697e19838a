package org.sitmap.geo;

import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * The coordinates of one geometry as read from a {@code "coordinates"} array, before the geometry type is known:
 * positions packed into a growable {@code double[]} plus the "close" events of the enclosing arrays (nesting level,
 * position count at the close, and where the array started). The buffer is reset and reused for each geometry, so
 * parsing allocates nothing per position. Not thread-safe.
 */
final class CoordinateBuffer {
    double[] xy = new double[4096];
    /** Number of positions. */
    int size;
    /** Nesting level of the positions (0 = the coordinates array is itself a position), -1 before the first. */
    int positionDepth = -1;

    int[] eventLevel = new int[64];
    int[] eventEnd = new int[64];
    int[] eventLine = new int[64];
    int[] eventColumn = new int[64];
    int events;

    void reset() {
        size = 0;
        events = 0;
        positionDepth = -1;
    }

    void add(double x, double y) {
        int i = size << 1;
        if (i + 2 > xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[i] = x;
        xy[i + 1] = y;
        size++;
    }

    /** Records the end of a non-position array at {@code level} that started at the given place. */
    void close(int level, int line, int column) {
        if (events == eventLevel.length) {
            int n = events * 2;
            eventLevel = Arrays.copyOf(eventLevel, n);
            eventEnd = Arrays.copyOf(eventEnd, n);
            eventLine = Arrays.copyOf(eventLine, n);
            eventColumn = Arrays.copyOf(eventColumn, n);
        }
        eventLevel[events] = level;
        eventEnd[events] = size;
        eventLine[events] = line;
        eventColumn[events] = column;
        events++;
    }

    boolean sameXY(int a, int b) {
        return xy[a << 1] == xy[b << 1] && xy[(a << 1) + 1] == xy[(b << 1) + 1];
    }

    /**
     * Positions {@code [from, to)} as a new sequence, with the first repeated at the end when {@code close}. Packed
     * into one {@code double[]}: a {@code Coordinate} object per position made building the geometries a third of
     * the load time (1.3 million allocations into fresh memory, then copied by every young collection).
     */
    CoordinateSequence sequence(int from, int to, boolean close) {
        int n = to - from;
        double[] packed = new double[2 * (close ? n + 1 : n)];
        System.arraycopy(xy, from << 1, packed, 0, n << 1);
        if (close) {
            packed[2 * n] = packed[0];
            packed[2 * n + 1] = packed[1];
        }
        return new PackedCoordinateSequence.Double(packed, 2, 0);
    }
}
