package org.sitmap.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.LoadResult;
import org.sitmap.geo.Projection;
import org.sitmap.geo.WebMercator;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.Viewport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap bench}: the speed figures the issues ask for, measured in this process. Loading the Natural Earth
 * world file (produce it with {@code data/build.sh --bench-file FILE}) and frame times of the bundled base map at
 * world, theatre and city zoom. For whole-process comparisons with GDAL see {@code bench/compare.sh}.
 */
@Command(name = "bench", description = "Measure loading and frame times; prints medians.")
public final class BenchSubcommand implements Callable<Integer> {
    @Option(names = "--world", paramLabel = "FILE",
            description = "Natural Earth 10m admin-1 world GeoJSON (default: target/bench/ne_10m_admin1.geojson)")
    Path world = Path.of("target/bench/ne_10m_admin1.geojson");

    @Option(names = "--runs", description = "Loads of the world file (default 5)")
    int runs = 5;

    @Option(names = "--frames", description = "Measured frames per zoom (default 30, after 5 warm-up frames)")
    int frames = 30;

    @Option(names = "--warmup", paramLabel = "SECONDS",
            description = "Least seconds of frames drawn before measuring, as in a window in use; warm-up also goes "
                    + "on until the JIT has been idle for a second (default 5)")
    int warmup = 5;

    @Option(names = "--size", description = "Frame size WxH (default 1920x1080)")
    String size = "1920x1080";

    @Spec
    CommandSpec spec;

    /**
     * One cancel check for every frame, as a window has: a new lambda per call site made the JIT see a second
     * class at the renderer's check and recompile the renderer just as the measured frames began.
     */
    private static final java.util.function.BooleanSupplier NOT_CANCELLED = () -> false;

    @Override
    public Integer call() throws Exception {
        long jvmMs = BaseMapBench.uptime();
        PrintWriter out = spec.commandLine().getOut();
        int[] wh = parseSize(size);
        out.printf(Locale.ROOT, "Sitmap bench (Java %s, %d cores, max heap %d MiB)%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        benchLoad(out);
        Projection projection = WebMercator.INSTANCE;
        List<RenderLayer> layers = loadBaseMap(out, projection);
        BufferedImage img = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_ARGB_PRE);
        // Frames as the window paints them.
        MapRenderer renderer = MapRenderer.forScreen();
        Envelope worldEnv = projection.forward(new Envelope(-180, 180, -80, 84));
        Viewport[] views = {
            Viewport.fitting(projection, worldEnv, wh[0], wh[1]),
            Viewport.fitting(projection, projection.forward(BaseMap.THEATRE), wh[0], wh[1]),
            cityView(projection, 36.19, 51.73, 20, wh),
        };
        // Full frames, as after a zoom: a renderer that keeps no frame would otherwise copy the same view's.
        MapRenderer whole = MapRenderer.forScreenWholeFrames();
        double firstFrame = warmUp(out, whole, layers, img, views);
        BaseMapBench baseMap = new BaseMapBench(out);
        baseMap.startup(jvmMs, openMs, firstFrame);
        benchFrames(out, whole, layers, img, views, wh);
        benchPans(out, renderer, layers, img, views);
        baseMap.memory();
        baseMap.exports(3);
        benchWorkedExample(out, renderer, layers, img, projection, views[1]);
        new AnnotationBench(out, renderer, layers, img, views[1], frames / 2).run(1_000, 10_000);
        benchLabels(out, renderer, projection, views[1]);
        out.flush();
        return 0;
    }

    /** Loading the big world file (when there), as {@code sitmap info} and the window load a layer. */
    private void benchLoad(PrintWriter out) throws Exception {
        if (!Files.isRegularFile(world)) {
            out.printf(Locale.ROOT, "load: skipped, %s not found (make it with data/build.sh --bench-file %s)%n",
                    world, world);
            return;
        }
        long[] times = new long[Math.max(1, runs)];
        LoadResult r = null;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            r = new GeoJsonLoader().load(world, null, null);
            times[i] = System.nanoTime() - t0;
        }
        out.printf(Locale.ROOT, "load %s (%,d bytes, %,d features, %,d coordinates): first %.0f ms, "
                + "median %.0f ms%n", world.getFileName(), r.byteCount(), r.features().size(),
                r.coordinateCount(), times[0] / 1e6, median(times) / 1e6);
    }

    /** Milliseconds the base map took to open (the store, or building it on a first run). */
    private double openMs;

    private List<RenderLayer> loadBaseMap(PrintWriter out, Projection projection) {
        long t0 = System.nanoTime();
        List<BaseMap.Indexed> base = BaseMap.open(null, () -> false);
        long t1 = System.nanoTime();
        List<RenderLayer> layers = new ArrayList<>();
        for (BaseMap.Indexed b : base) {
            // The store is in Web Mercator; another projection indexes the features in memory.
            layers.add(new RenderLayer(b.layer(), b.index().projection().id().equals(projection.id()) ? b.index()
                    : LayerIndex.build(b.layer().features(), projection)));
        }
        long t2 = System.nanoTime();
        openMs = (t1 - t0) / 1e6;
        out.printf(Locale.ROOT, "base map: open store %.0f ms, index %.0f ms (%s)%n", (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, describe(layers));
        return layers;
    }

    /**
     * Warms up as an open window is after its first seconds of use: the JIT has compiled the renderer, and the
     * caches (simplified geometries, label sprites) hold the views. First frames are reported separately.
     */
    private double warmUp(PrintWriter out, MapRenderer renderer, List<RenderLayer> layers, BufferedImage img,
            Viewport[] views) {
        long warmStart = System.nanoTime();
        double[] firstFrame = new double[views.length];
        for (int v = 0; v < views.length; v++) {
            long s = System.nanoTime();
            renderer.paint(img, views[v], layers, RenderOptions.screen(), NOT_CANCELLED);
            firstFrame[v] = (System.nanoTime() - s) / 1e6;
        }
        // Warm-up lasts at least --warmup seconds and until the JIT has compiled nothing for a second (at most
        // 60 s): on two cores the optimising compiler competes with the frames it compiles for, and frames measured
        // while it is still busy run partly in profiling code at twice the cost, one run in two.
        untilJitQuiet(warmup * 1_000_000_000L, 60_000_000_000L, () -> {
            for (Viewport view : views) {
                renderer.paint(img, view, layers, RenderOptions.screen(), NOT_CANCELLED);
            }
        });
        out.printf(Locale.ROOT, "first frames (cold JIT and caches): world %.0f ms, theatre %.0f ms, city %.0f ms; "
                + "then %.1f s of warm-up (until the JIT was idle for 1 s)%n", firstFrame[0], firstFrame[1],
                firstFrame[2], (System.nanoTime() - warmStart) / 1e9);
        return firstFrame[0];
    }

    /**
     * Runs {@code frames} again and again for at least {@code minNanos} and until the JIT has compiled nothing for a
     * second, or for {@code maxNanos} at most.
     */
    static void untilJitQuiet(long minNanos, long maxNanos, Runnable frames) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean timed = jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        long quietSince = start;
        long lastCompileMs = timed ? jit.getTotalCompilationTime() : 0;
        while (true) {
            frames.run();
            long now = System.nanoTime();
            long compileMs = timed ? jit.getTotalCompilationTime() : 0;
            if (compileMs != lastCompileMs) {
                lastCompileMs = compileMs;
                quietSince = now;
            }
            if (now - start >= minNanos && now - quietSince >= 1_000_000_000L || now - start >= maxNanos) {
                return;
            }
        }
    }

    /** The measured frames of the base map at world, theatre and city scale. */
    private void benchFrames(PrintWriter out, MapRenderer renderer, List<RenderLayer> layers, BufferedImage img,
            Viewport[] views, int[] wh) {
        String[] names = {"world", "theatre", "city (Kursk)"};
        // The calling thread's CPU time: the whole frame's where a window's frame runs on one thread (two cores),
        // and unlike the wall clock not counting other programs.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean allUnder = true;
        for (int v = 0; v < views.length; v++) {
            Viewport view = views[v];
            org.sitmap.render.RenderStats[] stats = new org.sitmap.render.RenderStats[1];
            long[] gcBefore = collections();
            long[] cpuTimes = new long[Math.max(1, frames)];
            int[] at = {0};
            long[] t = timed(5, frames, () -> {
                long c = cpu.getCurrentThreadCpuTime();
                stats[0] = renderer.paint(img, view, layers, RenderOptions.screen(), NOT_CANCELLED);
                cpuTimes[at[0]++ % cpuTimes.length] = cpu.getCurrentThreadCpuTime() - c;
            });
            long[] gcAfter = collections();
            long[] sorted = t.clone();
            Arrays.sort(sorted);
            double max = sorted[sorted.length - 1] / 1e6;
            allUnder &= max < 16;
            out.printf(Locale.ROOT, "frame %dx%d %-13s median %6.2f ms (CPU %5.2f)  p90 %6.2f ms  max %6.2f ms  "
                    + "(%d features, %d labels, 1:%,.0f; %d collections, %d ms)%n", wh[0], wh[1], names[v],
                    median(t) / 1e6, median(cpuTimes) / 1e6, sorted[(int) Math.floor(0.9 * (sorted.length - 1))] / 1e6,
                    max,
                    stats[0].featuresDrawn(), stats[0].labelsPlaced(), views[v].scaleDenominator(),
                    gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
        }
        out.printf(Locale.ROOT, "target every frame < 16 ms: %s%n", allUnder ? "met" : "NOT met");
    }

    /**
     * The base map alone panned by 24 pixels and back, as a drag does: the kept frame is shifted and only what
     * came into view is painted, then the labels placed afresh. Wall and thread CPU time of the calling thread.
     */
    private void benchPans(PrintWriter out, MapRenderer renderer, List<RenderLayer> layers, BufferedImage img,
            Viewport[] views) {
        String[] names = {"world", "theatre", "city"};
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        StringBuilder line = new StringBuilder();
        for (int v = 0; v < views.length; v++) {
            Viewport view = views[v];
            long[] cpuTimes = new long[Math.max(1, frames)];
            int[] step = {0};
            long[] t = timed(5, frames, () -> {
                long c = cpu.getCurrentThreadCpuTime();
                renderer.paint(img, view.pannedBy(step[0]++ % 2 == 0 ? 24 : 0, 0), layers, RenderOptions.screen(),
                        NOT_CANCELLED);
                cpuTimes[step[0] % cpuTimes.length] = cpu.getCurrentThreadCpuTime() - c;
            });
            long[] sorted = t.clone();
            Arrays.sort(sorted);
            line.append(String.format(Locale.ROOT, "%s%s median %.1f ms (CPU %.1f) p90 %.1f ms max %.1f ms",
                    line.isEmpty() ? "" : "; ", names[v], median(t) / 1e6, median(cpuTimes) / 1e6,
                    sorted[(int) Math.floor(0.9 * (sorted.length - 1))] / 1e6, sorted[sorted.length - 1] / 1e6));
        }
        out.printf(Locale.ROOT, "pan 24 px, base map alone: %s%n", line);
    }

    /**
     * Frames of the window as an analyst sees it: the worked example's annotations over the base map, at theatre
     * scale and zoomed in on the incursion. Annotations are drawn with Java2D over the whole frame.
     */
    private void benchWorkedExample(PrintWriter out, MapRenderer renderer, List<RenderLayer> layers, BufferedImage img,
            Projection projection, Viewport theatre) throws Exception {
        Path file = Path.of("data/scenarios/kursk-2024-08-14/annotations.geojson");
        if (!Files.isRegularFile(file)) {
            out.printf(Locale.ROOT, "worked example: skipped, %s not found (run from the repository)%n", file);
            return;
        }
        List<org.sitmap.model.Annotation> example = org.sitmap.geo.AnnotationGeoJson.read(file);
        Viewport incursion = cityView(projection, 35.3, 51.2, 150, new int[] {theatre.width(), theatre.height()});
        Viewport world = Viewport.fitting(projection, projection.forward(new Envelope(-180, 180, -80, 84)),
                theatre.width(), theatre.height());
        Viewport[] views = {world, theatre, incursion};
        // Warmed up like the base map's frames: the annotation painters have not been compiled yet.
        for (long end = System.nanoTime() + warmup * 1_000_000_000L; System.nanoTime() < end; ) {
            for (Viewport view : views) {
                renderer.paint(img, view, layers, example, RenderOptions.screen(), NOT_CANCELLED);
            }
        }
        StringBuilder line = new StringBuilder();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Viewport view : views) {
            long[] cpuTimes = new long[2 * Math.max(1, frames)];
            int[] at = {0};
            long[] t = timed(5, frames, () -> {
                long c = cpu.getCurrentThreadCpuTime();
                renderer.paint(img, view, layers, example, RenderOptions.screen(), NOT_CANCELLED);
                cpuTimes[at[0]++ % frames] = cpu.getCurrentThreadCpuTime() - c;
            });
            // Panning 24 pixels and back: the base map is drawn afresh too.
            int[] step = {0};
            long[] pan = timed(5, frames, () -> {
                long c = cpu.getCurrentThreadCpuTime();
                renderer.paint(img, view.pannedBy(step[0]++ % 2 == 0 ? 24 : 0, 0), layers, example,
                        RenderOptions.screen(), NOT_CANCELLED);
                cpuTimes[frames + at[0]++ % frames] = cpu.getCurrentThreadCpuTime() - c;
            });
            Arrays.sort(t);
            Arrays.sort(pan);
            line.append(String.format(Locale.ROOT, "%s1:%,.0f repaint median %.1f ms (CPU %.1f) max %.1f ms, pan"
                    + " median %.1f ms (CPU %.1f) max %.1f ms", line.isEmpty() ? "" : "; ", view.scaleDenominator(),
                    median(t) / 1e6, median(Arrays.copyOf(cpuTimes, frames)) / 1e6, t[t.length - 1] / 1e6,
                    median(pan) / 1e6, median(Arrays.copyOfRange(cpuTimes, frames, 2 * frames)) / 1e6,
                    pan[pan.length - 1] / 1e6));
        }
        out.printf(Locale.ROOT, "worked example (%d annotations) over the base map: %s%n", example.size(), line);
    }

    /**
     * The label engine alone (candidates, collisions, leaders; no drawing) on a 1920x1080-sized frame: the worked
     * example's annotations at incursion scale, and 1,000 annotations over the theatre.
     */
    private void benchLabels(PrintWriter out, MapRenderer renderer, Projection projection, Viewport theatre)
            throws Exception {
        List<org.sitmap.model.Annotation> example = org.sitmap.geo.AnnotationGeoJson
                .read(Path.of("data/scenarios/kursk-2024-08-14/annotations.geojson"));
        Viewport incursion = cityView(projection, 35.8, 51.2, 300, new int[] {theatre.width(), theatre.height()});
        List<org.sitmap.model.Annotation> many = SampleTheatre.annotations(1000, 42);
        int[] placed = new int[2];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] kCpu = new long[Math.max(frames, 20)];
        long[] mCpu = new long[kCpu.length];
        int[] at = new int[2];
        long[] k = timed(20, kCpu.length, () -> {
            long c = cpu.getCurrentThreadCpuTime();
            placed[0] = renderer.placeLabels(incursion, example, RenderOptions.screen());
            kCpu[at[0]++ % kCpu.length] = cpu.getCurrentThreadCpuTime() - c;
        });
        long[] m = timed(20, mCpu.length, () -> {
            long c = cpu.getCurrentThreadCpuTime();
            placed[1] = renderer.placeLabels(theatre, many, RenderOptions.screen());
            mCpu[at[1]++ % mCpu.length] = cpu.getCurrentThreadCpuTime() - c;
        });
        // Thread CPU time as well as wall time: on a shared machine the wall clock also counts other programs.
        out.printf(Locale.ROOT, "label placement %dx%d (targets 5 ms and 30 ms): Kursk example %d of %d labels placed,"
                + " median %.2f ms (CPU %.2f ms); 1,000 annotations %d placed, median %.2f ms (CPU %.2f ms)%n",
                theatre.width(), theatre.height(), placed[0], example.size(), median(k) / 1e6, median(kCpu) / 1e6,
                placed[1], median(m) / 1e6, median(mCpu) / 1e6);
    }

    /** Nanoseconds of each of {@code count} (at least one) runs of {@code frame}, after {@code unmeasured} more. */
    static long[] timed(int unmeasured, int count, Runnable frame) {
        return timed(unmeasured, count, () -> { }, frame);
    }

    /** As {@link #timed(int, int, Runnable)}, running {@code before} (not timed) before each run of {@code frame}. */
    static long[] timed(int unmeasured, int count, Runnable before, Runnable frame) {
        long[] t = new long[Math.max(1, count)];
        for (int i = -unmeasured; i < t.length; i++) {
            before.run();
            long s = System.nanoTime();
            frame.run();
            if (i >= 0) {
                t[i] = System.nanoTime() - s;
            }
        }
        return t;
    }

    /**
     * Garbage collections so far and their time in ms: a frame the collector stops is slow however fast the
     * renderer is, so the figures say how many of the measured frames it touched.
     */
    private static long[] collections() {
        long count = 0;
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            ms += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    private static Viewport cityView(Projection p, double lon, double lat, double res, int[] wh) {
        double[] c = new double[2];
        p.forward(lon, lat, c);
        return new Viewport(p, c[0], c[1], res, wh[0], wh[1]);
    }

    private static String describe(List<RenderLayer> layers) {
        StringBuilder sb = new StringBuilder();
        for (RenderLayer l : layers) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(String.format(Locale.ROOT, "%s %,d features / %,d vertices", l.layer().name(),
                    l.index().size(), l.index().vertexCount()));
        }
        return sb.toString();
    }

    static int[] parseSize(String s) {
        String[] parts = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w > 0 && h > 0 && (long) w * h <= 16384L * 16384L) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new CliException("--size must be WIDTHxHEIGHT in pixels, e.g. 1920x1080; got \"" + s + "\"", 2);
    }

    private static double median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }
}
