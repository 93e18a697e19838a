package org.sitmap.render.raster;

import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Fills even-odd polygon paths without anti-aliasing straight into an int-packed raster: a pixel is filled when
 * its centre is inside, as Java2D does with anti-aliasing off.
 *
 * <p>Why: the land fill under the borders needs no anti-aliasing (the borders cover its edges), and Java2D's
 * non-anti-aliased fill feeds the path to native code one segment at a time, which cost 3-4 ms for the 30,000
 * edges of a world frame. A scanline sweep over an edge table in Java does the same in a fraction of it.
 *
 * <p>Paths are taken as polylines: a curve segment is filled as its chord (map paths have none).
 *
 * <p>Not thread-safe: one per thread ({@link #forCurrentThread}); its edge arrays are reused between frames.
 */
public final class SpanFill {
    private static final ThreadLocal<SpanFill> PER_THREAD = ThreadLocal.withInitial(SpanFill::new);

    private int edges;
    private int[] firstRow = new int[1024];
    private int[] lastRow = new int[1024];
    private double[] startX = new double[1024];
    private double[] slope = new double[1024];
    private int[] byRow = new int[0];
    private int[] rowStart = new int[0];
    private int[] active = new int[256];
    private double[] crossings = new double[256];

    private SpanFill() {
    }

    public static SpanFill forCurrentThread() {
        return PER_THREAD.get();
    }

    /**
     * Fills the paths into {@code image} in {@code argb} (not premultiplied; its alpha is the fill's opacity).
     *
     * @param top the frame row that is the image's first row, when the image is a strip of a larger frame whose
     *            coordinates the paths are in; 0 otherwise
     */
    void fill(BufferedImage image, int top, List<? extends Path2D> paths, int argb) {
        fill(image, top, new PixelPaths[] {PixelPaths.of(paths)}, argb);
    }

    /**
     * As {@link #fill(BufferedImage, int, List, int)}, for paths already in pixel arrays: the pieces of one layer,
     * filled together as one even-odd path.
     */
    public void fill(BufferedImage image, int top, PixelPaths[] pieces, int argb) {
        fill(image, top, pieces, solid(IntRaster.of(image), argb));
    }

    /** Writes the pixels of one span of a row: {@code from} to {@code to - 1}, where pixel x is {@code row + x}. */
    interface SpanWriter {
        void span(int row, int y, int from, int to);
    }

    /**
     * Fills the paths with whatever {@code writer} writes into each span of pixels whose centres are inside them
     * (a pattern, such as {@link Hatching}'s lines).
     */
    void fill(BufferedImage image, List<? extends Path2D> paths, SpanWriter writer) {
        fill(image, 0, new PixelPaths[] {PixelPaths.of(paths)}, writer);
    }

    private void fill(BufferedImage image, int top, PixelPaths[] pieces, SpanWriter writer) {
        int w = image.getWidth();
        int h = image.getHeight();
        edges = 0;
        PixelPaths.EdgeSink sink = new PixelPaths.EdgeSink() {
            @Override
            public void start(double distance) {
            }

            @Override
            public void edge(double x0, double y0, double x1, double y1) {
                SpanFill.this.edge(x0, y0, x1, y1, h);
            }
        };
        for (PixelPaths paths : pieces) {
            // Open sub-paths are closed by the fill, as in Java2D.
            paths.walk(top, h, 1, true, sink);
        }
        if (edges > 0) {
            sweep(IntRaster.of(image), w, h, writer);
        }
    }

    /** One colour, not premultiplied (its alpha is the fill's opacity). */
    private static SpanWriter solid(IntRaster raster, int argb) {
        int[] pixels = raster.pixels();
        int alpha = argb >>> 24;
        int source = IntRaster.premultiplied(argb);
        int keep = IntRaster.keep(alpha);
        int alphaBits = raster.alphaBits();
        if (alpha == 255) {
            return (row, y, from, to) -> Arrays.fill(pixels, row + from, row + to, source);
        }
        return (row, y, from, to) -> {
            for (int x = row + from; x < row + to; x++) {
                pixels[x] = IntRaster.over(source, pixels[x] | alphaBits, keep);
            }
        };
    }

    /** Records an edge crossing the centres of rows first..last, clipped to the image's rows. */
    private void edge(double x0, double y0, double x1, double y1, int h) {
        if (y0 == y1) {
            return;
        }
        double ya = Math.min(y0, y1);
        double yb = Math.max(y0, y1);
        // Rows whose centre r + 0.5 lies in [ya, yb).
        int first = Math.max(0, (int) Math.ceil(ya - 0.5));
        int last = Math.min(h - 1, (int) Math.ceil(yb - 0.5) - 1);
        if (first > last) {
            return;
        }
        if (edges == firstRow.length) {
            int n = edges * 2;
            firstRow = Arrays.copyOf(firstRow, n);
            lastRow = Arrays.copyOf(lastRow, n);
            startX = Arrays.copyOf(startX, n);
            slope = Arrays.copyOf(slope, n);
        }
        double dxdy = (x1 - x0) / (y1 - y0);
        firstRow[edges] = first;
        lastRow[edges] = last;
        startX[edges] = x0 + (first + 0.5 - y0) * dxdy;
        slope[edges] = dxdy;
        edges++;
    }

    private void sweep(IntRaster raster, int w, int h, SpanWriter writer) {
        bucketByRow(h);
        // The active edges are kept in order of where they cross the current row. From one row to the next that
        // order barely changes, so an insertion sort restores it in about one pass; sorting each row's crossings
        // afresh cost most of a world frame's fill.
        int activeCount = 0;
        for (int r = 0; r < h; r++) {
            activeCount = advance(r, activeCount);
            if (activeCount == 0) {
                continue;
            }
            sortActive(activeCount);
            int n = activeCount;
            int row = raster.index(0, r);
            for (int k = 0; k + 1 < n; k += 2) {
                // Pixels whose centre x + 0.5 lies in [crossings[k], crossings[k + 1]).
                int from = Math.max(0, (int) Math.ceil(crossings[k] - 0.5));
                int to = Math.min(w, (int) Math.ceil(crossings[k + 1] - 0.5));
                if (from < to) {
                    writer.span(row, r, from, to);
                }
            }
        }
    }

    /** Edges bucketed by their first row (a counting sort), so each row adds its new edges in one step. */
    private void bucketByRow(int h) {
        if (rowStart.length < h + 1) {
            rowStart = new int[h + 1];
        }
        Arrays.fill(rowStart, 0, h + 1, 0);
        for (int e = 0; e < edges; e++) {
            rowStart[firstRow[e] + 1]++;
        }
        for (int r = 0; r < h; r++) {
            rowStart[r + 1] += rowStart[r];
        }
        if (byRow.length < edges) {
            byRow = new int[edges];
        }
        int[] fillAt = Arrays.copyOf(rowStart, h);
        for (int e = 0; e < edges; e++) {
            byRow[fillAt[firstRow[e]]++] = e;
        }
    }

    /**
     * Moves the active edges to row {@code r}: drops those that ended, updates where the rest cross it, and adds
     * those starting on it; returns how many are active.
     */
    private int advance(int r, int activeCount) {
        int kept = 0;
        for (int k = 0; k < activeCount; k++) {
            int e = active[k];
            if (lastRow[e] >= r) {
                active[kept] = e;
                crossings[kept] = startX[e] + (r - firstRow[e]) * slope[e];
                kept++;
            }
        }
        int count = kept;
        for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
            if (count == active.length) {
                active = Arrays.copyOf(active, count * 2);
                crossings = Arrays.copyOf(crossings, active.length);
            }
            int e = byRow[k];
            active[count] = e;
            crossings[count] = startX[e];
            count++;
        }
        return count;
    }

    /** Restores the order of the active edges by crossing: an insertion sort, as they are nearly in order. */
    private void sortActive(int activeCount) {
        for (int k = 1; k < activeCount; k++) {
            double x = crossings[k];
            if (x >= crossings[k - 1]) {
                continue;
            }
            int e = active[k];
            int j = k - 1;
            while (j >= 0 && crossings[j] > x) {
                crossings[j + 1] = crossings[j];
                active[j + 1] = active[j];
                j--;
            }
            crossings[j + 1] = x;
            active[j + 1] = e;
        }
    }
}
