package org.sitmap.render;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
final class ThinLineRaster {
    /** Widest stroke in pixels drawn here; wider ones need real joins and go to Java2D. */
    static final double MAX_WIDTH = 1.6;

    private static final VarHandle MASK_WORDS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.nativeOrder());
    private static final ThreadLocal<ThinLineRaster> PER_THREAD = ThreadLocal.withInitial(ThinLineRaster::new);

    private byte[] mask = new byte[0];
    /** Per row, one bit per chunk of pixels holding any coverage, so blending skips the untouched ones. */
    private long[] rowChunks = new long[0];
    private int chunkShift;
    private int width;
    private int height;
    private int dirtyMinY;
    private int dirtyMaxY;

    private double half;
    private double footSmall;
    private double footLarge;
    private double footHalf;
    private double footRamp;
    private boolean dashed;
    private float[] dash;
    private int dashIndex;
    private double dashLeft;
    private boolean dashOn;

    private ThinLineRaster() {
    }

    static ThinLineRaster forCurrentThread() {
        return PER_THREAD.get();
    }

    /** Whether {@link #stroke} can draw into this image: a packed int raster, opaque or premultiplied. */
    static boolean supports(BufferedImage image) {
        int type = image.getType();
        return (type == BufferedImage.TYPE_INT_ARGB_PRE || type == BufferedImage.TYPE_INT_RGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt
                && image.getSampleModel() instanceof SinglePixelPackedSampleModel;
    }

    /**
     * Strokes the paths into {@code image} in {@code argb} (not premultiplied; its alpha is the stroke's opacity).
     *
     * @param lineWidth width in pixels, at most {@link #MAX_WIDTH}
     * @param dashPattern on/off lengths in pixels, or null for a solid line
     */
    void stroke(BufferedImage image, List<? extends Path2D> paths, double lineWidth, float[] dashPattern, int argb) {
        if (!(lineWidth > 0 && lineWidth <= MAX_WIDTH)) {
            throw new IllegalArgumentException("Line width out of range: " + lineWidth);
        }
        begin(image.getWidth(), image.getHeight());
        half = lineWidth / 2;
        dashed = dashPattern != null && dashPattern.length > 0 && sum(dashPattern) > 0;
        dash = dashed ? dashPattern : null;
        double[] c = new double[6];
        for (Path2D path : paths) {
            double startX = 0;
            double startY = 0;
            double lastX = 0;
            double lastY = 0;
            // ShapeBuilder's paths hold straight lines only, so the plain iterator serves; a flattening one cost
            // more than the drawing.
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_MOVETO -> {
                        startX = lastX = c[0];
                        startY = lastY = c[1];
                        restartDash();
                    }
                    case PathIterator.SEG_LINETO -> {
                        line(lastX, lastY, c[0], c[1]);
                        lastX = c[0];
                        lastY = c[1];
                    }
                    case PathIterator.SEG_CLOSE -> {
                        line(lastX, lastY, startX, startY);
                        lastX = startX;
                        lastY = startY;
                    }
                    case PathIterator.SEG_QUADTO -> {
                        line(lastX, lastY, c[2], c[3]);
                        lastX = c[2];
                        lastY = c[3];
                    }
                    case PathIterator.SEG_CUBICTO -> {
                        line(lastX, lastY, c[4], c[5]);
                        lastX = c[4];
                        lastY = c[5];
                    }
                    default -> throw new IllegalStateException("unknown path segment");
                }
            }
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
        if (rowChunks.length < h) {
            rowChunks = new long[h];
        }
        chunkShift = 4;
        while ((w - 1) >> chunkShift >= 64) {
            chunkShift++;
        }
        dirtyMinY = Integer.MAX_VALUE;
        dirtyMaxY = Integer.MIN_VALUE;
    }

    private void restartDash() {
        if (dashed) {
            dashIndex = 0;
            dashLeft = dash[0];
            dashOn = true;
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
     * Share of pixel column (or row) {@code i} along a piece from {@code from} to {@code to}: where an end is capped
     * only the part up to it counts, else the whole pixel.
     */
    private static double alongShare(int i, double from, double to, boolean cap0, boolean cap1) {
        double lo = cap0 ? Math.max(i, from) : i;
        double hi = cap1 ? Math.min(i + 1, to) : i + 1;
        return hi - lo;
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
        footprint(Math.abs(dy) / length, cos);
        double across = (half + footHalf) / cos;
        int first = Math.max(0, (int) Math.floor(x0));
        int last = Math.min(width - 1, (int) Math.floor(x1));
        for (int ix = first; ix <= last; ix++) {
            double along = cap0 || cap1 ? alongShare(ix, x0, x1, cap0, cap1) : 1;
            if (along <= 0) {
                continue;
            }
            double cx = Math.min(Math.max(ix + 0.5, x0), x1);
            double yc = y0 + (cx - x0) * slope;
            int top = Math.max(0, (int) Math.floor(yc - across));
            int bottom = Math.min(height - 1, (int) Math.floor(yc + across));
            dirtyMinY = Math.min(dirtyMinY, top);
            dirtyMaxY = Math.max(dirtyMaxY, bottom);
            for (int iy = top; iy <= bottom; iy++) {
                cover(ix, iy, Math.abs(iy + 0.5 - yc) * cos, along);
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
        footprint(Math.abs(dx) / length, sin);
        double across = (half + footHalf) / sin;
        int first = Math.max(0, (int) Math.floor(y0));
        int last = Math.min(height - 1, (int) Math.floor(y1));
        for (int iy = first; iy <= last; iy++) {
            double along = cap0 || cap1 ? alongShare(iy, y0, y1, cap0, cap1) : 1;
            if (along <= 0) {
                continue;
            }
            double cy = Math.min(Math.max(iy + 0.5, y0), y1);
            double xc = x0 + (cy - y0) * slope;
            int left = Math.max(0, (int) Math.floor(xc - across));
            int right = Math.min(width - 1, (int) Math.floor(xc + across));
            dirtyMinY = Math.min(dirtyMinY, iy);
            dirtyMaxY = Math.max(dirtyMaxY, iy);
            for (int ix = left; ix <= right; ix++) {
                cover(ix, iy, Math.abs(ix + 0.5 - xc) * sin, along);
            }
        }
    }

    /**
     * Sets up {@link #cover} for a piece whose unit normal has components {@code small} and {@code large} (the
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
     * Adds a pixel whose centre lies {@code distance} pixels from the line's axis: the share of its area inside the
     * band of the line's width, times the share along it.
     */
    private void cover(int ix, int iy, double distance, double along) {
        double covered = pixelBelow(half - distance) - pixelBelow(-half - distance);
        if (covered <= 0) {
            return;
        }
        int value = (int) (Math.min(1, covered) * along * 255 + 0.5);
        int i = iy * width + ix;
        if (value > (mask[i] & 0xFF)) {
            mask[i] = (byte) value;
            rowChunks[iy] |= 1L << (ix >> chunkShift);
        }
    }

    /** Blends the colour through the mask onto the image's pixels and clears the mask for the next call. */
    private void blend(BufferedImage image, int argb) {
        if (dirtyMinY > dirtyMaxY) {
            return;
        }
        WritableRaster raster = image.getRaster();
        SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
        int stride = model.getScanlineStride();
        int[] pixels = ((DataBufferInt) raster.getDataBuffer()).getData();
        // A sub-image (a strip of a frame) shares its parent's array from an offset.
        int origin = raster.getDataBuffer().getOffset() - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX();
        boolean opaqueTarget = image.getType() == BufferedImage.TYPE_INT_RGB;
        int alpha = argb >>> 24;
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        int chunk = 1 << chunkShift;
        for (int y = dirtyMinY; y <= dirtyMaxY; y++) {
            long chunks = rowChunks[y];
            rowChunks[y] = 0;
            int row = y * width;
            int out = origin + y * stride;
            while (chunks != 0) {
                int from = Long.numberOfTrailingZeros(chunks) << chunkShift;
                chunks &= chunks - 1;
                int to = Math.min(width, from + chunk);
                int x = from;
                while (x < to) {
                    // Lines are thin: most of a chunk is empty, so skip it eight mask bytes at a time.
                    if (x + 8 <= to && (long) MASK_WORDS.get(mask, row + x) == 0) {
                        x += 8;
                        continue;
                    }
                    int m = mask[row + x] & 0xFF;
                    if (m != 0) {
                        mask[row + x] = 0;
                        int a = div255(m * alpha);
                        int inv = 255 - a;
                        int d = pixels[out + x];
                        int da = opaqueTarget ? 0xFF : d >>> 24;
                        int r = div255(red * a) + div255(((d >> 16) & 0xFF) * inv);
                        int g = div255(green * a) + div255(((d >> 8) & 0xFF) * inv);
                        int b = div255(blue * a) + div255((d & 0xFF) * inv);
                        int oa = a + div255(da * inv);
                        pixels[out + x] = (oa << 24) | (r << 16) | (g << 8) | b;
                    }
                    x++;
                }
            }
        }
    }

    /** Rounded x / 255 for x in 0..65025. */
    private static int div255(int x) {
        int t = x + 128;
        return (t + (t >> 8)) >> 8;
    }
}
