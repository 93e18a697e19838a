package org.sitmap.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.render.HitTester;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.PreparedFrames;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.Viewport;
import org.sitmap.render.raster.IntRaster;

/**
 * The bench's crowded theatre: 1,000 and 10,000 annotations (zones, arrows and markers spread over the theatre, each
 * valid for some days of August 2024) over the base map, as the window paints them (the screen renderer, which keeps
 * the base map between frames): a frame, a hit test (every mouse move of the select tool) and a date change on the
 * timeline (the annotations valid on another day picked out, then a frame of them). Frames: the same annotations
 * again (a repaint: labels pinned, a layer toggled), a pan of 24 pixels, one annotation edited. Targets: frames
 * under 16 ms at 1,000 and under 50 ms at 10,000; hit test and date change under 16 ms at 10,000. Not
 * thread-safe.
 */
final class AnnotationBench {
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 8, 1);
    /** The renderer's switch for its packed layers (off: a date change draws the layer whole). */
    private static final String PACKED_LAYERS = "sitmap.packedLayers";

    private final PrintWriter out;
    private final MapRenderer renderer;
    private final List<RenderLayer> layers;
    private final BufferedImage img;
    private final Viewport view;
    private final int frames;

    AnnotationBench(PrintWriter out, MapRenderer renderer, List<RenderLayer> layers, BufferedImage img, Viewport view,
            int frames) {
        this.out = out;
        this.renderer = renderer;
        this.layers = layers;
        this.img = img;
        this.view = view;
        this.frames = Math.max(5, frames);
    }

    /** Prints two lines per crowd size. */
    void run(int... counts) {
        for (int count : counts) {
            List<Annotation> all = crowd(count, new Random(42));
            Random random = new Random(7);
            HitTester hits = new HitTester();
            long[] hit = BenchSubcommand.timed(50, 200, () -> hits.hit(all, view, random.nextDouble() * view.width(),
                    random.nextDouble() * view.height(), 5));
            List<Annotation> today = validOn(all, FIRST_DAY.plusDays(14));
            // As a window after its first seconds with this crowd: the days drawn, a pan, and the JIT quiet since.
            int[] warm = {0};
            BenchSubcommand.untilJitQuiet(2_000_000_000L, 20_000_000_000L, () -> {
                paint(warm[0] % 2 == 0 ? view : view.pannedBy(24, 0), validOn(all, FIRST_DAY.plusDays(warm[0]++ % 31)));
                paint(view, today);
            });
            // Nothing kept from the warm-up: each day's first frame below is its first at this scale.
            renderer.clearCaches();
            Timing frame = cpuTimed(() -> paint(view, today));
            // A drag: 24 pixels one way, then back, the base map drawn afresh each time as well.
            int[] step = {0};
            Timing pan = cpuTimed(() -> paint(view.pannedBy(step[0]++ % 2 == 0 ? 24 : 0, 0), today));
            // A new day on the timeline: the valid ones picked out of all (what the window does), then a frame.
            int[] day = {0};
            int[] sink = {0};
            long[] pick = BenchSubcommand.timed(3, frames,
                    () -> sink[0] += validOn(all, FIRST_DAY.plusDays(day[0]++ % 31)).size());
            // Each day drawn once first: the shapes' sprites and the zones' interiors are made the first time a day is
            // drawn at a scale (after a zoom), and kept for the next (a pan or an edit keeps them).
            day[0] = 0;
            long[] firstVisit = BenchSubcommand.timed(0, 31,
                    () -> paint(view, validOn(all, FIRST_DAY.plusDays(day[0]++ % 31))));
            // Days drawn before at this scale: the layers drawn over since were kept packed, and are unpacked.
            Timing dateChange = cpuTimed(() -> paint(view, validOn(all, FIRST_DAY.plusDays(day[0]++ % 31))));
            // The same with no layer kept (past the window's budget): each day's layer drawn whole from the sprites.
            Timing drawnWhole = withProperty(PACKED_LAYERS, "false",
                    () -> cpuTimed(() -> paint(view, validOn(all, FIRST_DAY.plusDays(day[0]++ % 31)))));
            // One annotation edited (moved a little: a new value), then a frame: what dragging a vertex costs.
            int[] edits = {0};
            Timing edit = cpuTimed(() -> paint(view, edited(today, edits[0]++)));
            out.printf(Locale.ROOT, "%,d annotations (%,d valid that day): repaint %s; pan %s; one edited %s%n",
                    count, today.size(), figures(frame), figures(pan), figures(edit));
            out.printf(Locale.ROOT, "%,d annotations: hit test %s; date change: pick the valid ones %s, then the"
                    + " frame to a day drawn before at this scale %s (with no layer kept, drawn whole %s; each day's"
                    + " first frame at this scale %s)%n", count, figures(hit), figures(pick), figures(dateChange),
                    figures(drawnWhole), figures(firstVisit));
            timelineAhead(all, count);
        }
    }

    /**
     * The window's timeline once the map has been idle: it paints the timeline's days ahead, nearest first, and keeps
     * them packed ({@link PreparedFrames}, the window's budget); then a date change (a step, Play, a date typed or
     * picked, the slider dragged) picks that day's annotations, finds the frame kept for them and unpacks it into the
     * screen's buffer. Both are timed: a day painted ahead (render-thread time while the map was idle) and the date
     * change (what the analyst waits for), to days in random order.
     */
    private void timelineAhead(List<Annotation> all, int count) {
        PreparedFrames kept = new PreparedFrames(PreparedFrames.windowBudget());
        RenderOptions options = RenderOptions.screen();
        int days = 31;
        long[] paintAhead = new long[days];
        for (int d = 0; d < days; d++) {
            long t0 = System.nanoTime();
            kept.prepare(renderer, new PreparedFrames.Request(view, layers, validOn(all, FIRST_DAY.plusDays(d)),
                    options), d, t -> t, () -> false);
            paintAhead[d] = System.nanoTime() - t0;
        }
        int[] missed = {0};
        int[] target = IntRaster.of(img).pixels();
        Random order = new Random(11);
        long[] change = BenchSubcommand.timed(3, frames, () -> {
            int d = order.nextInt(days);
            List<Annotation> shown = validOn(all, FIRST_DAY.plusDays(d));
            PreparedFrames.Frame f = kept.take(d, new PreparedFrames.Request(view, layers, shown, options));
            if (f == null) {
                missed[0]++;
                renderer.paint(img, view, layers, shown, options, () -> false);
            } else {
                int[] px = IntRaster.of(f.image()).pixels();
                System.arraycopy(px, 0, target, 0, px.length);
            }
        });
        out.printf(Locale.ROOT, "%,d annotations: timeline date change to a day painted ahead %s%s; painting a day"
                + " ahead (while idle) %s; %d days kept in %.0f MB%n", count, figures(change), missed[0] == 0 ? ""
                : " (" + missed[0] + " days not kept, painted then)", figures(paintAhead), kept.size(),
                kept.bytes() / 1048576.0);
    }

    /** {@code what}'s answer with system property {@code key} set to {@code value} meanwhile. */
    private static <T> T withProperty(String key, String value, java.util.function.Supplier<T> what) {
        String before = System.getProperty(key);
        System.setProperty(key, value);
        try {
            return what.get();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    /** {@code shown} with its middle annotation moved by a hundredth of a degree, east or back west. */
    private static List<Annotation> edited(List<Annotation> shown, int n) {
        List<Annotation> out = new ArrayList<>(shown);
        int i = out.size() / 2;
        Annotation a = out.get(i);
        Geometry g = a.geometry().copy();
        double d = n % 2 == 0 ? 0.01 : 0;
        g.apply(org.locationtech.jts.geom.util.AffineTransformation.translationInstance(d, 0));
        out.set(i, a.withGeometry(g));
        return out;
    }

    private void paint(Viewport v, List<Annotation> annotations) {
        renderer.paint(img, v, layers, annotations, RenderOptions.screen(), () -> false);
    }

    private static List<Annotation> validOn(List<Annotation> all, LocalDate day) {
        List<Annotation> valid = new ArrayList<>();
        for (Annotation a : all) {
            if (a.isValidOn(day)) {
                valid.add(a);
            }
        }
        return valid;
    }

    /** Zones, arrows and markers at random over the theatre, each valid for 5 to 25 days of August 2024. */
    static List<Annotation> crowd(int count, Random random) {
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> many = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lon = 25 + random.nextDouble() * 20;
            double lat = 45 + random.nextDouble() * 10;
            AnnotationKind kind = SampleTheatre.KINDS[i % SampleTheatre.KINDS.length];
            Geometry g = SampleTheatre.shape(kind, lon, lat, gf);
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(20));
            many.add(Annotation.builder(kind, g).title("A" + i).validFrom(from)
                    .validTo(from.plusDays(5 + random.nextInt(20))).build());
        }
        return many;
    }

    /** Wall and CPU times of the measured frames. */
    private record Timing(long[] wall, long[] cpu) {
    }

    /**
     * {@link #frames} frames (after 3 unmeasured), wall time and CPU time in this thread (the window's renderer
     * paints on one thread, but for its annotation labels, placed on another meanwhile): on a shared machine the
     * wall clock also counts other programs.
     */
    private Timing cpuTimed(Runnable frame) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpuTimes = new long[frames];
        int[] at = {-3};
        long[] wall = BenchSubcommand.timed(3, frames, () -> {
            long c = cpu.getCurrentThreadCpuTime();
            frame.run();
            if (at[0] >= 0) {
                cpuTimes[at[0]] = cpu.getCurrentThreadCpuTime() - c;
            }
            at[0]++;
        });
        return new Timing(wall, cpuTimes);
    }

    private static String figures(Timing t) {
        return figures(t.wall(), t.cpu());
    }

    private static String figures(long[] t) {
        return figures(t, null);
    }

    private static String figures(long[] wall, long[] cpu) {
        long[] sorted = wall.clone();
        Arrays.sort(sorted);
        String cpuMedian = "";
        if (cpu != null) {
            long[] c = cpu.clone();
            Arrays.sort(c);
            cpuMedian = String.format(Locale.ROOT, " (CPU %.2f ms)", c[c.length / 2] / 1e6);
        }
        return String.format(Locale.ROOT, "median %.2f ms%s, max %.2f ms", sorted[sorted.length / 2] / 1e6,
                cpuMedian, sorted[sorted.length - 1] / 1e6);
    }
}
