package org.sitmap.geo;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A layer's features as the renderer reads them: projected into map units, found by envelope, and simplified for
 * the resolution drawn. Features are numbered 0..size-1 in layer order. {@link LayerIndex} holds them in memory
 * (layers the user opens); the base map's store reads them from an indexed GeoPackage as frames need them.
 *
 * <p>Implementations are thread-safe: several render threads query one index at once.
 */
public interface FeatureIndex {
    /** The items (feature numbers) of {@code tree} whose envelope meets {@code area}, in layer order. */
    static int[] hits(STRtree tree, Envelope area) {
        int[] hits = new int[64];
        int[] count = {0};
        int[][] holder = {hits};
        tree.query(area, item -> {
            if (count[0] == holder[0].length) {
                holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
            }
            holder[0][count[0]++] = (Integer) item;
        });
        int[] found = Arrays.copyOf(holder[0], count[0]);
        Arrays.sort(found);
        return found;
    }

    Projection projection();

    int size();

    long vertexCount();

    /** Projected bounds of all features (empty envelope for an empty layer). */
    Envelope bounds();

    /** The index of every feature whose envelope meets {@code area} (map units), in layer order. */
    int[] query(Envelope area);

    /** Visits, in layer order, the index of every feature whose envelope meets {@code area} (map units). */
    default void query(Envelope area, IntConsumer visitor) {
        for (int i : query(area)) {
            visitor.accept(i);
        }
    }

    /** The projected geometry of feature {@code i} at full detail. */
    Geometry geometry(int i);

    /** The projected envelope of feature {@code i} at full detail. */
    default Envelope envelope(int i) {
        return geometry(i).getEnvelopeInternal();
    }

    /** The projected geometry of feature {@code i} simplified for drawing at this resolution; may be empty. */
    Geometry geometry(int i, double resolution);

    /**
     * The geometries of features {@code ids[from..to)} for drawing at this resolution, in that order: one read for
     * them all where reading one by one would cost (a store on disk).
     */
    default Geometry[] geometries(int[] ids, int from, int to, double resolution) {
        Geometry[] out = new Geometry[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = geometry(ids[k], resolution);
        }
        return out;
    }

    /** Where the label of feature {@code i} goes in map units: the point itself, or a point inside the area. */
    Coordinate labelAnchor(int i);

    /**
     * Where else to name area {@code i} within {@code view} (map units) when its own anchor is out of view or taken:
     * up to {@code limit} points of the area in view, nearest the middle of its part in view first
     * ({@link GridProbe}); none for a point or line, or when no such point is found.
     */
    List<Coordinate> spotsWithin(int i, Envelope view, double resolution, int limit);
}
