package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The base map's rows of {@code dev bench} (issue 15): start-up to the first map frame, resident memory once the
 * base map has been drawn, and whole-process headless exports of briefings in three parts of the world, each
 * started as a user starts it ({@code java -jar sitmap.jar export ...}).
 *
 * <p>Not thread-safe; one per bench run.
 */
final class BaseMapBench {
    private static final String SCENARIOS = "data/scenarios/";
    private final PrintWriter out;

    BaseMapBench(PrintWriter out) {
        this.out = out;
    }

    /** Start-up to the first frame: the JVM, opening the base map and the first (cold) frame. */
    void startup(long jvmMs, double openMs, double firstFrameMs) {
        out.printf(Locale.ROOT, "start-up to first map frame (headless): %.0f ms (JVM %d ms, open base map %.0f ms,"
                + " first frame %.0f ms; target 1.0 s after the window appears)%n", jvmMs + openMs + firstFrameMs,
                jvmMs, openMs, firstFrameMs);
    }

    /** Resident memory now, with the base map drawn at every bench zoom. */
    void memory() {
        out.printf(Locale.ROOT, "resident memory with the base map drawn: %s (target <= 367 MB, the window before"
                + " the world base map)%n", residentMemory());
    }

    private static String residentMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: reported as unknown.
        }
        return "unknown (no /proc)";
    }

    /** Whole-process exports at 1920x1080: Kursk, Sudan and a view of Chile and Argentina; medians of {@code runs}. */
    void exports(int runs) throws InterruptedException {
        Path jar = jar();
        Path kursk = Path.of(SCENARIOS, "kursk-2024-08-14/kursk-2024-08-14.gpkg");
        Path sudan = Path.of(SCENARIOS, "sudan-2023-04/sudan-2023-04.gpkg");
        if (jar == null || !Files.isRegularFile(kursk) || !Files.isRegularFile(sudan)) {
            out.println("exports anywhere: skipped (run the jar from the repository)");
            return;
        }
        String[][] cases = {{"Kursk", kursk.toString()}, {"Sudan", sudan.toString()},
            {"Chile (--bbox)", sudan.toString(), "--bbox=-76,-46,-62,-30", "--title=Chile"}};
        StringBuilder line = new StringBuilder();
        for (String[] c : cases) {
            double[] t = new double[runs];
            for (int r = 0; r < runs; r++) {
                t[r] = export(jar, Arrays.copyOfRange(c, 1, c.length));
            }
            Arrays.sort(t);
            line.append(String.format(Locale.ROOT, "%s%s %.2f s", line.length() == 0 ? "" : ", ", c[0],
                    t[runs / 2]));
        }
        out.printf(Locale.ROOT, "export 1920x1080 PNG anywhere, whole process (median of %d; target 1.5 s): %s%n",
                runs, line);
    }

    private static double export(Path jar, String[] args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "export"));
        cmd.addAll(List.of(args));
        Path png;
        try {
            png = Files.createTempFile("sitmap-bench", ".png");
            cmd.addAll(List.of("-o", png.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return Double.NaN;
            }
            double s = (System.nanoTime() - t0) / 1e9;
            Files.deleteIfExists(png);
            return s;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** The jar this class was loaded from; null when run from classes. */
    private static Path jar() {
        try {
            Path p = Path.of(BaseMapBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Milliseconds since this JVM started. */
    static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
