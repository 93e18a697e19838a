package org.sitmap.basemap;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.geo.GridProbe;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.Projection;
import org.sitmap.geo.WebMercator;

/**
 * A base layer read from the store as frames need it: the features in view are found by their envelopes, and only
 * their geometry at the frame's zoom band is read and decoded (kept in the store's bounded cache). Envelopes and
 * label anchors of all features (a few doubles each) are read once, on first use.
 *
 * <p>Thread-safe.
 */
public final class StoreLayerIndex implements FeatureIndex {
    private static final Geometry EMPTY = Projection.PACKED_GEOMETRIES.createGeometryCollection();
    /** Largest IN list of one read; SQLite allows far more, this keeps statements reusable. */
    private static final int BATCH = 256;

    private final BaseStore store;
    private final String table;
    private final int size;
    private final long vertexCount;
    /** Whether the layer has lines or areas, simplified per band (a layer of points has no bands). */
    private final boolean banded;
    private final Envelope bounds;
    private volatile Extents extents;
    private volatile STRtree tree;

    /** Per feature: envelope and label anchor, in map units. */
    private record Extents(double[] minX, double[] maxX, double[] minY, double[] maxY, double[] labelX,
            double[] labelY) {
    }

    StoreLayerIndex(BaseStore store, String table, int size, long vertexCount, boolean banded, Envelope bounds) {
        this.store = store;
        this.table = table;
        this.size = size;
        this.vertexCount = vertexCount;
        this.banded = banded;
        this.bounds = bounds;
    }

    String table() {
        return table;
    }

    BaseStore store() {
        return store;
    }

    @Override
    public Projection projection() {
        return WebMercator.INSTANCE;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long vertexCount() {
        return vertexCount;
    }

    @Override
    public Envelope bounds() {
        return size == 0 ? new Envelope() : new Envelope(bounds);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Answered in memory, from an STR-tree over the envelopes (read as one blob, a few MB for the whole world):
     * a frame asks each layer once or twice, and each of those asks of the GeoPackage R-tree cost about a
     * millisecond of JDBC and SQLite even when it found nothing, which made a warm frame several times slower.
     * {@link #queryRtree} asks the R-tree; both give the same answer.
     */
    @Override
    public int[] query(Envelope area) {
        if (size == 0 || area.isNull()) {
            return new int[0];
        }
        return FeatureIndex.hits(tree(), area);
    }

    private STRtree tree() {
        STRtree t = tree;
        if (t == null) {
            synchronized (this) {
                t = tree;
                if (t == null) {
                    Extents e = extents();
                    t = new STRtree();
                    for (int i = 0; i < size; i++) {
                        t.insert(new Envelope(e.minX[i], e.maxX[i], e.minY[i], e.maxY[i]), i);
                    }
                    t.build();
                    tree = t;
                }
            }
        }
        return t;
    }

    /** The features whose envelope meets {@code area}, found with the store's R-tree; in layer order. */
    int[] queryRtree(Envelope area) {
        if (size == 0 || area.isNull()) {
            return new int[0];
        }
        // The R-tree keeps single-precision boxes rounded outwards; the exact envelopes beside the geometry make
        // the answer exactly the features whose envelope meets the area.
        String sql = "SELECT t.fid FROM " + BaseStoreWriter.rtree(table) + " r JOIN " + BaseStoreWriter.quote(table)
                + " t ON t.fid = r.id WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?"
                + " AND t.min_x <= ? AND t.max_x >= ? AND t.min_y <= ? AND t.max_y >= ?";
        int[] found = store.read(c -> {
            PreparedStatement p = store.statement(sql);
            for (int k = 0; k < 2; k++) {
                p.setDouble(1 + 4 * k, area.getMaxX());
                p.setDouble(2 + 4 * k, area.getMinX());
                p.setDouble(3 + 4 * k, area.getMaxY());
                p.setDouble(4 + 4 * k, area.getMinY());
            }
            int[] hits = new int[64];
            int n = 0;
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, n * 2);
                    }
                    hits[n++] = r.getInt(1) - 1;
                }
            }
            return Arrays.copyOf(hits, n);
        });
        Arrays.sort(found);
        return found;
    }

    @Override
    public Geometry geometry(int i) {
        return geometries(new int[] {i}, 0, 1, 0)[0];
    }

    @Override
    public Envelope envelope(int i) {
        Extents e = extents();
        return new Envelope(e.minX[i], e.maxX[i], e.minY[i], e.maxY[i]);
    }

    @Override
    public Geometry geometry(int i, double resolution) {
        return geometries(new int[] {i}, 0, 1, resolution)[0];
    }

    @Override
    public Geometry[] geometries(int[] ids, int from, int to, double resolution) {
        int band = banded ? LayerIndex.bandFor(resolution) : -1;
        if (band >= 0 && band < BaseStoreWriter.FIRST_STORED_BAND) {
            return simplified(ids, from, to, band);
        }
        String source = band < 0 ? table : BaseStoreWriter.bandTable(table, band);
        GeometryCache cache = store.cache();
        Geometry[] out = new Geometry[to - from];
        int[] missing = new int[to - from];
        int m = 0;
        Extents points = banded ? null : extents();
        for (int k = from; k < to; k++) {
            int id = ids[k];
            if (points != null && points.minX[id] == points.maxX[id] && points.minY[id] == points.maxY[id]) {
                // A point layer's envelopes are its points: no geometry to read.
                out[k - from] = Projection.PACKED_GEOMETRIES.createPoint(new Coordinate(points.minX[id],
                        points.minY[id]));
                continue;
            }
            Geometry g = cache.get(new GeometryCache.Key(table, band, id));
            if (g == null) {
                missing[m++] = k;
            } else {
                out[k - from] = g;
            }
        }
        for (int start = 0; start < m; start += BATCH) {
            int end = Math.min(m, start + BATCH);
            Map<Integer, byte[]> blobs = read(source, ids, missing, start, end);
            for (int j = start; j < end; j++) {
                int id = ids[missing[j]];
                byte[] blob = blobs.get(id);
                // A band leaves out features too small to see: they have no row there.
                Geometry g = blob == null ? EMPTY : StoredGeometry.decode(blob);
                cache.put(new GeometryCache.Key(table, band, id), g);
                out[missing[j] - from] = g;
            }
        }
        return out;
    }

    /** Geometries of a fine band, made from the full-detail rows as the in-memory index makes them. */
    private Geometry[] simplified(int[] ids, int from, int to, int band) {
        GeometryCache cache = store.cache();
        Geometry[] out = new Geometry[to - from];
        List<Integer> missing = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out[k - from] = cache.get(new GeometryCache.Key(table, band, ids[k]));
            if (out[k - from] == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            int[] need = missing.stream().mapToInt(k -> ids[k]).toArray();
            Geometry[] full = geometries(need, 0, need.length, 0);
            for (int j = 0; j < need.length; j++) {
                Geometry g = LayerIndex.simplified(full[j], band);
                cache.put(new GeometryCache.Key(table, band, need[j]), g);
                out[missing.get(j) - from] = g;
            }
        }
        return out;
    }

    /** The geometry blobs of features {@code ids[missing[start..end)]} in {@code source}, by feature. */
    private Map<Integer, byte[]> read(String source, int[] ids, int[] missing, int start, int end) {
        StringBuilder sql = new StringBuilder("SELECT fid, geom FROM ").append(BaseStoreWriter.quote(source))
                .append(" WHERE fid IN (");
        for (int j = start; j < end; j++) {
            sql.append(j == start ? "" : ",").append(ids[missing[j]] + 1);
        }
        sql.append(')');
        return store.read(c -> {
            Map<Integer, byte[]> blobs = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
                while (r.next()) {
                    blobs.put(r.getInt(1) - 1, r.getBytes(2));
                }
            }
            store.countRows(blobs.size());
            return blobs;
        });
    }

    @Override
    public Coordinate labelAnchor(int i) {
        Extents e = extents();
        return new Coordinate(e.labelX[i], e.labelY[i]);
    }

    @Override
    public List<Coordinate> spotsWithin(int i, Envelope view, double resolution, int limit) {
        Geometry g = view.isNull() ? null : geometry(i, resolution);
        if (!(g instanceof Polygonal)) {
            return List.of();
        }
        return GridProbe.spotsInside(g, view, limit);
    }

    private Extents extents() {
        Extents e = extents;
        if (e == null) {
            synchronized (this) {
                e = extents;
                if (e == null) {
                    e = readExtents();
                    extents = e;
                }
            }
        }
        return e;
    }

    private Extents readExtents() {
        double[] all = PackedColumns.doubles(store.packed(table, PackedColumns.EXTENTS));
        if (all.length != 6 * size) {
            throw new IllegalStateException("The base-map store " + store.file() + " has damaged extents of " + table);
        }
        double[][] a = new double[6][];
        for (int k = 0; k < 6; k++) {
            a[k] = Arrays.copyOfRange(all, k * size, (k + 1) * size);
        }
        return new Extents(a[0], a[1], a[2], a[3], a[4], a[5]);
    }
}
