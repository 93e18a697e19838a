package org.sitmap.render.raster;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines and rings in frame pixels, as the rasterisers that write pixels directly ({@link ThinLineRaster},
 * {@link SpanFill}) read them: plain coordinate arrays, cut into chunks of at most {@link #CHUNK} edges that each
 * know the rows they reach and how far along their line they start.
 *
 * <p>Why: a frame is painted in horizontal strips on all cores, and each strip used to walk every edge of every
 * path through a {@link PathIterator} to find the few that cross it; that walk cost more than the drawing once
 * there were more strips than cores. A strip now skips every chunk outside its rows, and a dashed line picks up its
 * pattern where the chunk starts. Java2D, which vector targets and wide strokes still use, gets the same shapes as
 * {@link Path2D}s ({@link #paths()}).
 *
 * <p>A part is a sub-path: a ring (closed) or a line (open). Curves have no place here: a curve of a Java2D shape
 * read by {@link #of} is taken as its chord, as map geometry has none.
 *
 * <p>Not thread-safe while being built; once built, any number of threads may read it.
 */
public final class PixelPaths implements PathSink {
    /** Most edges in one chunk: small enough for a strip to skip most of a long border, large enough to be cheap. */
    static final int CHUNK = 128;
    /** Most vertices put in one Java2D path (see {@link #paths()}). */
    private static final int PATH_VERTICES = 8192;

    private double[] xy = new double[2048];
    private int vertices;

    private int[] partStart = new int[64];
    private boolean[] partClosed = new boolean[64];
    /** Length of each part from its first vertex to its last, in pixels (where a ring's closing edge starts). */
    private double[] partLength = new double[64];
    private int parts;

    /** First vertex of each chunk; its edges run from there to the chunk's last vertex. */
    private int[] chunkFirst = new int[64];
    private int[] chunkLast = new int[64];
    private int[] chunkPart = new int[64];
    /** Length along the chunk's part from the part's start to the chunk's first vertex, in pixels. */
    private double[] chunkDistance = new double[64];
    /** Rows the chunk's edges reach (a part's closing edge is looked at on its own). */
    private double[] chunkMinY = new double[64];
    private double[] chunkMaxY = new double[64];
    private int chunks;

    private List<Path2D.Double> paths;

    /** Reads any Java2D shape (tests and callers with paths of their own); curves become chords. */
    public static PixelPaths of(List<? extends Shape> shapes) {
        PixelPaths out = new PixelPaths();
        double[] c = new double[6];
        for (Shape shape : shapes) {
            for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                switch (type) {
                    case PathIterator.SEG_MOVETO -> out.moveTo(c[0], c[1]);
                    case PathIterator.SEG_CLOSE -> out.closePath();
                    default -> {
                        int end = type == PathIterator.SEG_LINETO ? 0 : type == PathIterator.SEG_QUADTO ? 2 : 4;
                        out.lineTo(c[end], c[end + 1]);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public void moveTo(double x, double y) {
        if (parts == partStart.length) {
            partStart = Arrays.copyOf(partStart, parts * 2);
            partClosed = Arrays.copyOf(partClosed, parts * 2);
            partLength = Arrays.copyOf(partLength, parts * 2);
        }
        partStart[parts] = vertices;
        partClosed[parts] = false;
        partLength[parts] = 0;
        parts++;
        addVertex(x, y);
        startChunk(vertices - 1);
    }

    @Override
    public void lineTo(double x, double y) {
        if (parts == 0) {
            moveTo(x, y);
            return;
        }
        int c = chunks - 1;
        if (chunkLast[c] - chunkFirst[c] == CHUNK) {
            // A full chunk: the next one starts at its last vertex, so no edge is lost between them.
            startChunk(chunkLast[c]);
            c++;
        }
        double px = xy[2 * vertices - 2];
        double py = xy[2 * vertices - 1];
        addVertex(x, y);
        chunkLast[c] = vertices - 1;
        chunkMinY[c] = Math.min(chunkMinY[c], y);
        chunkMaxY[c] = Math.max(chunkMaxY[c], y);
        partLength[parts - 1] += Math.sqrt((x - px) * (x - px) + (y - py) * (y - py));
    }

    @Override
    public void closePath() {
        if (parts > 0) {
            partClosed[parts - 1] = true;
        }
    }

    private void addVertex(double x, double y) {
        if (2 * vertices == xy.length) {
            xy = Arrays.copyOf(xy, xy.length * 2);
        }
        xy[2 * vertices] = x;
        xy[2 * vertices + 1] = y;
        vertices++;
        paths = null;
    }

    private void startChunk(int first) {
        if (chunks == chunkFirst.length) {
            int n = chunks * 2;
            chunkFirst = Arrays.copyOf(chunkFirst, n);
            chunkLast = Arrays.copyOf(chunkLast, n);
            chunkPart = Arrays.copyOf(chunkPart, n);
            chunkDistance = Arrays.copyOf(chunkDistance, n);
            chunkMinY = Arrays.copyOf(chunkMinY, n);
            chunkMaxY = Arrays.copyOf(chunkMaxY, n);
        }
        int part = parts - 1;
        double y = xy[2 * first + 1];
        chunkFirst[chunks] = first;
        chunkLast[chunks] = first;
        chunkPart[chunks] = part;
        chunkDistance[chunks] = partLength[part];
        chunkMinY[chunks] = y;
        chunkMaxY[chunks] = y;
        chunks++;
    }

    /**
     * Empties it for the next frame, keeping its arrays: a world frame's borders fill tens of megabytes of them,
     * and allocating those afresh every frame made the collector stop frames for 10-30 ms every few seconds.
     */
    public void clear() {
        vertices = 0;
        parts = 0;
        chunks = 0;
        paths = null;
    }

    /** Whether nothing was added. */
    public boolean isEmpty() {
        return vertices == 0;
    }

    public int vertexCount() {
        return vertices;
    }

    /** Receives the edges of the chunks a strip of rows meets, in path order. */
    interface EdgeSink {
        /** Edges of a new run follow; it starts {@code distance} pixels along its part (0 at the part's start). */
        void start(double distance);

        /** One straight edge, in the strip's coordinates. */
        void edge(double x0, double y0, double x1, double y1);
    }

    /**
     * Walks the edges of every chunk that reaches rows {@code top - reach} to {@code top + height + reach}, moved up
     * by {@code top} (the frame row that is the strip's first row).
     *
     * @param close whether parts get their closing edge: rings always, open lines too when {@code true} (fills
     *              close them; strokes do not)
     */
    void walk(int top, int height, double reach, boolean close, EdgeSink sink) {
        double lo = top - reach;
        double hi = top + height + reach;
        double[] c = xy;
        for (int k = 0; k < chunks; k++) {
            boolean meets = chunkMaxY[k] >= lo && chunkMinY[k] <= hi;
            int last = chunkLast[k];
            if (meets) {
                sink.start(chunkDistance[k]);
                for (int v = chunkFirst[k]; v < last; v++) {
                    sink.edge(c[2 * v], c[2 * v + 1] - top, c[2 * v + 2], c[2 * v + 3] - top);
                }
            }
            int part = chunkPart[k];
            boolean partEnds = k + 1 == chunks || chunkPart[k + 1] != part;
            int s = partStart[part];
            if (partEnds && (close || partClosed[part]) && s != last) {
                double y0 = c[2 * last + 1];
                double y1 = c[2 * s + 1];
                if (Math.max(y0, y1) >= lo && Math.min(y0, y1) <= hi) {
                    if (!meets) {
                        sink.start(partLength[part]);
                    }
                    sink.edge(c[2 * last], y0 - top, c[2 * s], y1 - top);
                }
            }
        }
    }

    /**
     * The same shapes as Java2D paths (even-odd), made once and kept. Each holds at most about 8,192 vertices:
     * Marlin keeps its working arrays for paths up to about that size and allocates fresh off-heap memory for every
     * call on a larger one, which made a 4096x4096 world frame spend most of its time in the kernel.
     */
    public synchronized List<Path2D.Double> paths() {
        if (paths == null) {
            List<Path2D.Double> made = new ArrayList<>();
            Path2D.Double path = null;
            int inPath = 0;
            for (int p = 0; p < parts; p++) {
                int from = partStart[p];
                int to = p + 1 < parts ? partStart[p + 1] : vertices;
                if (path == null || inPath > PATH_VERTICES) {
                    path = new Path2D.Double(Path2D.WIND_EVEN_ODD, Math.min(PATH_VERTICES, to - from) + 16);
                    made.add(path);
                    inPath = 0;
                }
                path.moveTo(xy[2 * from], xy[2 * from + 1]);
                for (int v = from + 1; v < to; v++) {
                    path.lineTo(xy[2 * v], xy[2 * v + 1]);
                }
                if (partClosed[p]) {
                    path.closePath();
                }
                inPath += to - from;
            }
            paths = made;
        }
        return paths;
    }
}
