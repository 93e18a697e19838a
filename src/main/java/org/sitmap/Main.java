package org.sitmap;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.sitmap.cli.SitmapCommand;
import org.sitmap.ui.SitmapApp;

/**
 * Entry point of {@code java -jar sitmap.jar}: with no arguments it opens the window, with a subcommand
 * ({@code info}, {@code bench}, ...) it runs headless. It deliberately does not extend {@link Application}: from a
 * plain class path the JavaFX launcher refuses such a main class ("JavaFX runtime components are missing").
 *
 * <p>A jar cannot carry JVM options, so where the settings below matter and were not given, the same command runs
 * in a child JVM started with them (the installed application's launcher passes them itself). Options given to
 * this JVM are passed on; {@code SITMAP_NO_RELAUNCH} keeps everything in this process.
 */
public final class Main {
    /**
     * Subcommands that run for a few seconds. On a two-core machine the optimising JIT (C2) competes for the
     * cores with the work itself and makes such runs about twice as slow (measured: loading the 34 MB Natural
     * Earth file cold takes 3.0 s with C2, 1.3 s with C1 only), so they run in a JVM limited to C1.
     */
    private static final Set<String> SHORT_COMMANDS = Set.of("info", "prepare", "export", "import", "dump");
    private static final List<String> SHORT_COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * JVM options of the window, and of the benchmark, which measures the window's frames (installer/build.sh
     * gives the installed application the same). A young generation of fixed, modest size: G1 otherwise grows it
     * to a gigabyte or more, and frames then allocate into memory never touched before, which these machines hand
     * out slowly (12-17 us a page): one frame in thirty took 17-40 ms instead of 7. With 128 MiB the same pages
     * serve from one collection to the next, and loading the 34 MB world file got faster too (median 1.13 to
     * 0.90 s).
     */
    public static final List<String> WINDOW_OPTIONS = List.of("-Xmn128m");

    private static final String RELAUNCHED = "sitmap.relaunched";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            // No command, or a briefing to open (double-clicked in a file manager): the window.
            relaunchIfUnset(WINDOW_OPTIONS, args, "-Xmn", "-XX:NewSize", "-XX:MaxNewSize");
            Application.launch(SitmapApp.class, args);
            return;
        }
        if (SHORT_COMMANDS.contains(args[0])) {
            relaunchIfUnset(SHORT_COMMAND_OPTIONS, args, "-XX:TieredStopAtLevel", "-Xint");
        } else if (args[0].equals("bench")) {
            relaunchIfUnset(WINDOW_OPTIONS, args, "-Xmn", "-XX:NewSize", "-XX:MaxNewSize");
        }
        System.exit(SitmapCommand.run(args));
    }

    /**
     * Runs the command in a child JVM with {@code options} and exits with its code, unless this JVM was given an
     * option starting with one of {@code givenIf}, is itself such a child, or no child can be started (a runtime
     * without a {@code java} command): then it returns and the command runs here.
     */
    private static void relaunchIfUnset(List<String> options, String[] args, String... givenIf) {
        if (Boolean.getBoolean(RELAUNCHED) || System.getenv("SITMAP_NO_RELAUNCH") != null) {
            return;
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String given : jvmArgs) {
            for (String prefix : givenIf) {
                if (given.startsWith(prefix)) {
                    return;
                }
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        for (String given : jvmArgs) {
            // A debugger agent would fight the child for its port.
            if (!given.startsWith("-agentlib:jdwp") && !given.startsWith("-Xrunjdwp")) {
                cmd.add(given);
            }
        }
        cmd.addAll(options);
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path") + File.pathSeparator);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            return;
        }
        // Closing this process (a terminal's Ctrl+C, a session's SIGTERM) closes the child the same way, so the
        // window still closes its briefing file properly.
        Thread closeChild = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitmap-close-child");
        Runtime.getRuntime().addShutdownHook(closeChild);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        System.exit(code);
    }
}
