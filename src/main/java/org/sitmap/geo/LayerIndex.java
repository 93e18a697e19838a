package org.sitmap.geo;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.sitmap.model.MapFeature;

/**
 * A layer's features prepared for fast drawing: projected once into map units, held in an STR-tree for culling,
 * and simplified per zoom band on first use so zoomed-out frames touch a fraction of the vertices.
 *
 * <p>Band {@code b} serves resolutions from {@code BASE_RESOLUTION * 2^b} up to twice that; its tolerance is one
 * pixel at the finest of those and half a pixel at the coarsest, and parts under two pixels across are dropped.
 * Bands are computed lazily per feature, which keeps building cheap and spends the work only on what is actually
 * looked at.
 *
 * <p>Thread-safe after construction: queries and lazy simplification may run on any thread (the render thread).
 */
public final class LayerIndex implements FeatureIndex {
    /** Map units per pixel below which the original geometry is drawn. */
    public static final double BASE_RESOLUTION = 25.0;
    /** How many simplification bands there are. */
    public static final int BANDS = 14;
    /** Layers of this many features or more are projected on all cores. */
    private static final int PARALLEL_FEATURES = 1024;

    private final Projection projection;
    private final Geometry[] projected;
    private final STRtree tree;
    private final Envelope bounds = new Envelope();
    private final AtomicReferenceArray<Geometry>[] bands;
    private final AtomicReferenceArray<Coordinate> anchors;
    /** Per feature: whether simplifying can pay (a line or area of 16 vertices or more); counting is O(parts). */
    private final boolean[] simplifiable;
    /** Point-in-polygon indexes of large areas, per feature and band, for labels of areas wider than the view. */
    private final long vertexCount;

    @SuppressWarnings("unchecked")
    private LayerIndex(Projection projection, Geometry[] projected, STRtree tree, long vertexCount) {
        this.projection = projection;
        this.projected = projected;
        this.tree = tree;
        this.vertexCount = vertexCount;
        for (Geometry g : projected) {
            bounds.expandToInclude(g.getEnvelopeInternal());
        }
        this.bands = new AtomicReferenceArray[BANDS];
        for (int b = 0; b < BANDS; b++) {
            bands[b] = new AtomicReferenceArray<>(projected.length);
        }
        this.anchors = new AtomicReferenceArray<>(projected.length);
        this.simplifiable = new boolean[projected.length];
        for (int i = 0; i < projected.length; i++) {
            simplifiable[i] = projected[i].getDimension() > 0 && projected[i].getNumPoints() >= 16;
        }
    }

    /** Projects and indexes the features. */
    public static LayerIndex build(List<MapFeature> features, Projection projection) {
        return build(features, projection, () -> false);
    }

    /**
     * Projects and indexes the features, checking {@code cancelled} between features.
     *
     * @throws CancellationException when cancelled
     */
    public static LayerIndex build(List<MapFeature> features, Projection projection, BooleanSupplier cancelled) {
        Geometry[] projected = new Geometry[features.size()];
        // Projecting is most of the work, and each feature's own: on all cores for large layers, in blocks of
        // features so cancellation is polled as often as before.
        int blocks = (projected.length + 255) / 256;
        IntStream range = IntStream.range(0, blocks);
        (projected.length >= PARALLEL_FEATURES ? range.parallel() : range).forEach(b -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            for (int i = b * 256; i < Math.min(projected.length, (b + 1) * 256); i++) {
                // Cut at the antimeridian first: a hop across it would otherwise be drawn across the whole map.
                projected[i] = projection.project(AntimeridianCut.cut(features.get(i).geometry()));
                // The envelope (a pass over every vertex, kept by the geometry) here too, not in the tree's
                // single-threaded loop below.
                projected[i].getEnvelopeInternal();
            }
        });
        STRtree tree = new STRtree();
        long vertices = 0;
        for (int i = 0; i < projected.length; i++) {
            Geometry g = projected[i];
            vertices += g.getNumPoints();
            tree.insert(g.getEnvelopeInternal(), i);
        }
        if (projected.length > 0) {
            tree.build();
        }
        return new LayerIndex(projection, projected, tree, vertices);
    }

    public Projection projection() {
        return projection;
    }

    public int size() {
        return projected.length;
    }

    public long vertexCount() {
        return vertexCount;
    }

    /** Projected bounds of all features (empty envelope for an empty layer). */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    @Override
    public int[] query(Envelope area) {
        if (projected.length == 0) {
            return new int[0];
        }
        return FeatureIndex.hits(tree, area);
    }

    /** The projected geometry of feature {@code i} at full detail. */
    public Geometry geometry(int i) {
        return projected[i];
    }

    /**
     * The projected geometry of feature {@code i} for drawing at this resolution: simplified to stay below half a
     * pixel, and without islands, lakes and closed lines under a pixel or two across, which would only draw as
     * specks (the way Natural Earth's small-scale editions leave them out). May be empty.
     */
    public Geometry geometry(int i, double resolution) {
        int band = bandFor(resolution);
        if (band < 0 || !simplifiable[i]) {
            return projected[i];
        }
        Geometry g = bands[band].get(i);
        if (g == null) {
            g = simplified(projected[i], band);
            bands[band].set(i, g);
        }
        return g;
    }

    /**
     * A projected geometry as band {@code band} draws it: simplified, without specks. The base map's store keeps
     * these per band, made by this same method, so both draw the same pixels.
     */
    public static Geometry simplified(Geometry projected, int band) {
        if (band < 0 || projected.getDimension() == 0 || projected.getNumPoints() < 16) {
            return projected;
        }
        // One pixel at the band's finest resolution, half a pixel at its coarsest: the usual tolerance of map
        // renderers (QGIS and Mapnik default to one pixel), and on these borders a third fewer segments to draw
        // than half a pixel.
        double tolerance = BASE_RESOLUTION * Math.pow(2, band);
        Geometry coarse = SmallParts.without(projected, 2 * tolerance);
        // Douglas-Peucker without validity repair (a buffer would cost more than the drawing it saves; a slightly
        // invalid ring fills fine), on packed coordinates.
        return PackedSimplifier.simplify(coarse, tolerance);
    }

    /** Where the label of feature {@code i} goes in map units: the point itself, or a point inside the area. */
    public Coordinate labelAnchor(int i) {
        Coordinate c = anchors.get(i);
        if (c == null) {
            Geometry g = projected[i];
            if (g instanceof Polygonal) {
                // A simplified copy finds the interior point far faster and is just as good for a label.
                Geometry coarse = g.getNumPoints() > 2000 ? geometry(i, g.getEnvelopeInternal().maxExtent() / 500) : g;
                c = InteriorPointArea.getInteriorPoint(coarse);
                if (c == null) {
                    c = g.getEnvelopeInternal().centre();
                }
            } else {
                c = g.getInteriorPoint().getCoordinate();
            }
            anchors.set(i, c == null ? new Coordinate(Double.NaN, Double.NaN) : c);
        }
        return anchors.get(i);
    }

    @Override
    public List<Coordinate> spotsWithin(int i, Envelope view, double resolution, int limit) {
        if (!(projected[i] instanceof Polygonal) || view.isNull()) {
            return List.of();
        }
        return GridProbe.spotsInside(geometry(i, resolution), view, limit);
    }

    /** The zoom band of a resolution, -1 for full detail; the store of the base map keeps one table per band. */
    public static int bandFor(double resolution) {
        if (resolution < BASE_RESOLUTION) {
            return -1;
        }
        int b = (int) Math.floor(Math.log(resolution / BASE_RESOLUTION) / Math.log(2));
        return Math.min(BANDS - 1, b);
    }
}
