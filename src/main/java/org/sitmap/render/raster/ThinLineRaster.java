package org.sitmap.render.raster;

import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Anti-aliased strokes of at most {@link #MAX_WIDTH} pixels, drawn straight into an int-packed raster. Paths are
 * taken as polylines: a curve segment is drawn as the chord to its end point (map paths have none).
 *
 * <p>Why: borders are thin lines made of many short segments (about 50,000 on a world frame), and Java2D's
 * general stroker turns each into an outline polygon plus a join before rasterising it at 8x8 sub-pixels; that
 * made the base map's borders cost 17-45 ms a frame. Here each segment is walked once along its major axis and the
 * two or three pixels across it get the exact share of their area that the line of the given width covers, which costs about
 * a microsecond per hundred pixels. Mapnik does the same with AGG's outline renderer for hairlines.
 *
 * <p>Coverage of one draw call goes into a byte mask, keeping the maximum where segments overlap (their union, as
 * a stroke of the whole path would be) so joints neither darken nor leave gaps, and is then blended once with the
 * colour. Dashes follow {@link java.awt.BasicStroke}: the pattern restarts at every sub-path and dash ends are
 * butt caps; solid lines get no caps, which for widths under two pixels differs from a round cap by under a pixel.
 *
 * <p>Vector targets (PDF, SVG) keep Java2D strokes; the result here matches them to within anti-aliasing.
 *
 * <p>Not thread-safe: one per thread ({@link #forCurrentThread}); its mask is reused between frames because
 * fresh memory is expensive on the machines we run on.
 */
public final class ThinLineRaster {
    /**
     * Widest stroke in pixels drawn here; wider ones need real joins and go to Java2D. Up to two pixels a missing
     * join or cap is under a pixel (see above); the screen's great rivers (1.4 pt, 1.87 px) were the one base layer
     * stroked by Java2D, a fifth of a world frame, and with it every strip walked every path.
     */
    public static final double MAX_WIDTH = 2.0;

    private static final ThreadLocal<ThinLineRaster> PER_THREAD = ThreadLocal.withInitial(ThinLineRaster::new);

    private byte[] mask = new byte[0];
    /** Mask indices of the pixels covered so far, each once: blending visits exactly these, nothing else. */
    private int[] touched = new int[1 << 16];
    private int touchedCount;
    private int width;
    private int height;

    private double half;
    private double footSmall;
    private double footLarge;
    private double footHalf;
    private double footRamp;
    /** Coverage (0..255) by direction bucket and distance from the axis in 1/64 pixel: see buildCoverageTable. */
    private int[] coverage = new int[0];
    private int coverageSteps;
    /** The half width the table was built for. */
    private double tableHalf = Double.NaN;
    private int coverRow;
    private boolean dashed;
    private float[] dash;
    private int dashIndex;
    private double dashLeft;
    private boolean dashOn;
    /** Per coverage level, for {@link #blendColour}: the colour premultiplied by its alpha, and the share kept. */
    private final int[] source = new int[256];
    private final int[] keep = new int[256];
    private int blendColour;
    private boolean blendReady;

    /** Receives the paths' edges: each sub-path restarts the dash pattern, as BasicStroke does. */
    private final PixelPaths.EdgeSink walker = new PixelPaths.EdgeSink() {
        @Override
        public void start(double distance) {
            dashFrom(distance);
        }

        @Override
        public void edge(double x0, double y0, double x1, double y1) {
            line(x0, y0, x1, y1);
        }
    };

    private ThinLineRaster() {
    }

    public static ThinLineRaster forCurrentThread() {
        return PER_THREAD.get();
    }

    /**
     * Strokes the paths into {@code image} in {@code argb} (not premultiplied; its alpha is the stroke's opacity).
     *
     * @param lineWidth width in pixels, at most {@link #MAX_WIDTH}
     * @param dashPattern on/off lengths in pixels, or null for a solid line
     */
    void stroke(BufferedImage image, List<? extends Path2D> paths, double lineWidth, float[] dashPattern, int argb) {
        stroke(image, 0, paths, lineWidth, dashPattern, argb);
    }

    /**
     * As {@link #stroke(BufferedImage, List, double, float[], int)} for paths in the coordinates of a larger frame
     * whose row {@code top} is the image's first row (the image is a strip of that frame).
     */
    void stroke(BufferedImage image, int top, List<? extends Path2D> paths, double lineWidth, float[] dashPattern,
            int argb) {
        stroke(image, top, new PixelPaths[] {PixelPaths.of(paths)}, lineWidth, dashPattern, argb);
    }

    /**
     * Strokes the pieces of one layer's paths into {@code image}, a strip of the frame the paths are in whose first
     * row is frame row {@code top} (0 for a whole frame); see {@link #stroke(BufferedImage, List, double, float[],
     * int)}. The pieces are drawn as one stroke: where they overlap, the ink is not doubled.
     */
    public void stroke(BufferedImage image, int top, PixelPaths[] pieces, double lineWidth, float[] dashPattern,
            int argb) {
        if (!(lineWidth > 0 && lineWidth <= MAX_WIDTH)) {
            throw new IllegalArgumentException("Line width out of range: " + lineWidth);
        }
        begin(image.getWidth(), image.getHeight());
        half = lineWidth / 2;
        buildCoverageTable();
        dashed = dashPattern != null && dashPattern.length > 0 && sum(dashPattern) > 0;
        dash = dashed ? dashPattern : null;
        for (PixelPaths paths : pieces) {
            paths.walk(top, image.getHeight(), half + 1, false, walker);
        }
        blend(image, argb);
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += Math.max(0, v);
        }
        return s;
    }

    private void begin(int w, int h) {
        width = w;
        height = h;
        if (mask.length < w * h) {
            mask = new byte[w * h];
        }
        touchedCount = 0;
    }

    /** Sets the dash pattern to where it is {@code distance} pixels after the start of a sub-path. */
    private void dashFrom(double distance) {
        if (!dashed) {
            return;
        }
        dashIndex = 0;
        dashLeft = dash[0];
        dashOn = true;
        double left = distance % sum(dash);
        while (left > 0) {
            double step = Math.min(left, dashLeft);
            left -= step;
            dashLeft -= step;
            if (dashLeft <= 1e-9) {
                dashIndex = (dashIndex + 1) % dash.length;
                dashLeft = dash[dashIndex];
                dashOn = !dashOn;
            }
        }
    }

    /** One path segment: whole, or cut into the dashes that fall on it. */
    private void line(double x0, double y0, double x1, double y1) {
        if (!dashed) {
            segment(x0, y0, x1, y1, false, false);
            return;
        }
        double length = Math.sqrt((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0));
        double done = 0;
        while (done < length) {
            double step = Math.min(dashLeft, length - done);
            if (dashOn && step > 0) {
                double t0 = done / length;
                double t1 = (done + step) / length;
                boolean dashStarts = dashLeft == dash[dashIndex];
                boolean dashEnds = step == dashLeft;
                segment(x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0, x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1,
                        dashStarts, dashEnds);
            }
            done += step;
            dashLeft -= step;
            if (dashLeft <= 1e-9) {
                dashIndex = (dashIndex + 1) % dash.length;
                dashLeft = dash[dashIndex];
                dashOn = !dashOn;
            }
        }
    }

    /**
     * Covers the pixels of one straight piece. A capped end stops exactly at its point (partial coverage of the last
     * pixel); an uncapped end (a joint with the next piece) covers its whole last pixel so joints have no gap.
     */
    private void segment(double x0, double y0, double x1, double y1, boolean cap0, boolean cap1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (dx < 0) {
                majorX(x1, y1, x0, y0, cap1, cap0);
            } else {
                majorX(x0, y0, x1, y1, cap0, cap1);
            }
        } else if (dy < 0) {
            majorY(x1, y1, x0, y0, cap1, cap0);
        } else {
            majorY(x0, y0, x1, y1, cap0, cap1);
        }
    }

    /**
     * Share, out of 256, of pixel column (or row) {@code i} along a piece from {@code from} to {@code to}: where an
     * end is capped only the part up to it counts, else the whole pixel.
     */
    private static int alongShare(int i, double from, double to, boolean cap0, boolean cap1) {
        double lo = cap0 ? Math.max(i, from) : i;
        double hi = cap1 ? Math.min(i + 1, to) : i + 1;
        return (int) Math.round((hi - lo) * 256);
    }

    /** Makes room in {@link #touched} for every pixel a piece of this many columns (or rows) could cover. */
    private void reserve(int columns, double across) {
        long most = (long) Math.max(0, columns) * ((int) (2 * across) + 2);
        if (touchedCount + most > touched.length) {
            touched = Arrays.copyOf(touched, (int) Math.max(touched.length * 2L, touchedCount + most));
        }
    }

    /**
     * A piece running more across than down, with x0 <= x1. {@link #majorY} is its mirror image, kept separate
     * because this is the innermost loop of every frame.
     */
    private void majorX(double x0, double y0, double x1, double y1, boolean cap0, boolean cap1) {
        double reach = half + 1;
        if (x1 < -reach || x0 > width + reach || Math.max(y0, y1) < -reach || Math.min(y0, y1) > height + reach) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length < 1e-12) {
            return;
        }
        double cos = dx / length;
        double slope = dx > 0 ? dy / dx : 0;
        direction(Math.abs(dy) / length, cos);
        double across = (half + footHalf) / cos;
        int first = Math.max(0, (int) Math.floor(x0));
        int last = Math.min(width - 1, (int) Math.floor(x1));
        reserve(last - first + 1, across);
        // Distance from the axis in table steps; it grows by this much from one pixel to the next across the line.
        double stepAcross = cos * SUBSTEPS;
        for (int ix = first; ix <= last; ix++) {
            int along = cap0 || cap1 ? alongShare(ix, x0, x1, cap0, cap1) : 256;
            if (along <= 0) {
                continue;
            }
            double cx = Math.min(Math.max(ix + 0.5, x0), x1);
            double yc = y0 + (cx - x0) * slope;
            int top = Math.max(0, (int) Math.floor(yc - across));
            int bottom = Math.min(height - 1, (int) Math.floor(yc + across));
            double d = (top + 0.5 - yc) * stepAcross;
            for (int i = top * width + ix, end = bottom * width + ix; i <= end; i += width, d += stepAcross) {
                cover(i, (int) Math.abs(d), along);
            }
        }
    }

    /** A piece running more down than across, with y0 <= y1. */
    private void majorY(double x0, double y0, double x1, double y1, boolean cap0, boolean cap1) {
        double reach = half + 1;
        if (y1 < -reach || y0 > height + reach || Math.max(x0, x1) < -reach || Math.min(x0, x1) > width + reach) {
            return;
        }
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        double sin = dy / length;
        double slope = dx / dy;
        direction(Math.abs(dx) / length, sin);
        double across = (half + footHalf) / sin;
        int first = Math.max(0, (int) Math.floor(y0));
        int last = Math.min(height - 1, (int) Math.floor(y1));
        reserve(last - first + 1, across);
        double stepAcross = sin * SUBSTEPS;
        for (int iy = first; iy <= last; iy++) {
            int along = cap0 || cap1 ? alongShare(iy, y0, y1, cap0, cap1) : 256;
            if (along <= 0) {
                continue;
            }
            double cy = Math.min(Math.max(iy + 0.5, y0), y1);
            double xc = x0 + (cy - y0) * slope;
            int left = Math.max(0, (int) Math.floor(xc - across));
            int right = Math.min(width - 1, (int) Math.floor(xc + across));
            double d = (left + 0.5 - xc) * stepAcross;
            for (int i = iy * width + left, end = iy * width + right; i <= end; i++, d += stepAcross) {
                cover(i, (int) Math.abs(d), along);
            }
        }
    }

    /**
     * Sets up {@link #pixelBelow} for a piece whose unit normal has components {@code small} and {@code large} (the
     * smaller and larger of |sin| and |cos| of its direction). Seen across the line, a square pixel is a trapezoid
     * {@code small + large} wide; its share inside the line's band is exact area coverage, so diagonals get the
     * same ink per length as straight lines (a pixel taken as a unit box across the line gave 45-degree lines 10%
     * too much).
     */
    private void footprint(double small, double large) {
        footSmall = Math.min(small, large);
        footLarge = Math.max(small, large);
        footHalf = (footSmall + footLarge) / 2;
        footRamp = footSmall > 1e-9 ? 1 / (2 * footSmall * footLarge) : 0;
    }

    /** Directions are bucketed by the tangent of their angle to the nearer axis, 0 to 1. */
    private static final int DIRECTIONS = 16;
    /** Distances from the line's axis are looked up in steps of 1/SUBSTEPS pixel. */
    private static final int SUBSTEPS = 64;

    /**
     * Tabulates {@link #cover}'s exact coverage for this line width, per direction bucket and distance step: the
     * inner loop then does one lookup instead of two piecewise-quadratic evaluations. The buckets are 2.8 degrees
     * and 1/64 pixel wide, which moves a pixel's coverage by at most a couple of percent.
     */
    private void buildCoverageTable() {
        if (half == tableHalf) {
            // A frame strokes the same widths strip after strip.
            return;
        }
        tableHalf = half;
        coverageSteps = (int) Math.ceil((half + 0.75) * SUBSTEPS) + 2;
        if (coverage.length < DIRECTIONS * coverageSteps) {
            coverage = new int[DIRECTIONS * coverageSteps];
        }
        for (int b = 0; b < DIRECTIONS; b++) {
            double tan = (b + 0.5) / DIRECTIONS;
            double cos = 1 / Math.sqrt(1 + tan * tan);
            footprint(tan * cos, cos);
            for (int j = 0; j < coverageSteps; j++) {
                double d = (j + 0.5) / SUBSTEPS;
                double covered = pixelBelow(half - d) - pixelBelow(-half - d);
                coverage[b * coverageSteps + j] = (int) (Math.max(0, Math.min(1, covered)) * 255 + 0.5);
            }
        }
    }

    /** Picks the coverage table row and the footprint half-width for a piece's direction. */
    private void direction(double small, double large) {
        double tan = large > 0 ? small / large : 0;
        coverRow = Math.min(DIRECTIONS - 1, (int) (tan * DIRECTIONS)) * coverageSteps;
        footHalf = (small + large) / 2;
    }

    /** Share of a pixel lying on the side {@code n.p <= t} of a line through its centre at offset t. */
    private double pixelBelow(double t) {
        if (t <= -footHalf) {
            return 0;
        }
        if (t >= footHalf) {
            return 1;
        }
        double flat = (footLarge - footSmall) / 2;
        if (t < -flat) {
            double u = t + footHalf;
            return u * u * footRamp;
        }
        if (t > flat) {
            double u = footHalf - t;
            return 1 - u * u * footRamp;
        }
        return footSmall / (2 * footLarge) + (t + flat) / footLarge;
    }

    /**
     * Adds mask pixel {@code i}, whose centre lies {@code step} table steps (1/{@value #SUBSTEPS} pixel) from the
     * line's axis: the share of its area inside the band of the line's width, times {@code along}/256, the share
     * along it.
     */
    private void cover(int i, int step, int along) {
        // Branch-free: whether a pixel is covered, and whether for the first time, is as good as random from one
        // pixel to the next, and mispredicted branches here cost more than all the arithmetic. The table's last
        // steps are zero (beyond the line's reach), so clamping the step stands in for a range check, and the
        // index is always stored but only counted for a pixel newly covered.
        int value = (coverage[coverRow + Math.min(step, coverageSteps - 1)] * along + 128) >>> 8;
        int old = mask[i] & 0xFF;
        mask[i] = (byte) Math.max(old, value);
        touched[touchedCount] = i;
        touchedCount += ((old - 1) >>> 31) & (-value >>> 31);
    }

    /** Blends the colour through the mask onto the image's pixels and clears the mask for the next call. */
    private void blend(BufferedImage image, int argb) {
        if (touchedCount == 0) {
            return;
        }
        IntRaster raster = IntRaster.of(image);
        int[] pixels = raster.pixels();
        // Per coverage level: the colour premultiplied by its alpha, and the share of what is under it that stays.
        if (argb != blendColour || !blendReady) {
            IntRaster.coverageColours(argb, source, keep);
            blendColour = argb;
            blendReady = true;
        }
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            int m = mask[i] & 0xFF;
            mask[i] = 0;
            int y = raster.stride() == width ? 0 : i / width;
            int out = raster.index(i - y * width, y);
            pixels[out] = IntRaster.over(source[m], pixels[out] | raster.alphaBits(), keep[m]);
        }
        touchedCount = 0;
    }
}
