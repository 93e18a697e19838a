package org.sitmap;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import org.sitmap.cli.SitmapCommand;
import org.sitmap.ui.SitmapApp;

/**
 * Entry point of {@code java -jar sitmap.jar}: with no arguments it opens the window, with a subcommand
 * ({@code info}, {@code bench}, ...) it runs headless. It deliberately does not extend {@link Application}: from a
 * plain class path the JavaFX launcher refuses such a main class ("JavaFX runtime components are missing").
 */
public final class Main {
    /**
     * Subcommands that run for a few seconds. On a two-core machine the optimising JIT (C2) competes for the
     * cores with the work itself and makes such runs about twice as slow (measured: loading the 34 MB Natural
     * Earth file cold takes 3.0 s with C2, 1.3 s with C1 only), so they run in a JVM limited to C1. The
     * benchmark keeps C2: it measures steady state.
     */
    private static final Set<String> SHORT_COMMANDS = Set.of("info", "prepare", "export", "import", "dump");
    private static final String RELAUNCHED = "sitmap.relaunched";

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".gpkg")) {
            // No command, or a briefing to open (double-clicked in a file manager): the window.
            Application.launch(SitmapApp.class, args);
            return;
        }
        if (SHORT_COMMANDS.contains(args[0]) && needsRelaunch()) {
            Integer code = relaunchWithQuickJit(args);
            if (code != null) {
                System.exit(code);
            }
        }
        System.exit(SitmapCommand.run(args));
    }

    private static boolean needsRelaunch() {
        if (Boolean.getBoolean(RELAUNCHED) || System.getenv("SITMAP_NO_RELAUNCH") != null) {
            return false;
        }
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-Xint"));
    }

    /** Runs the same command in a child JVM with C1 only; returns its exit code, or null if it could not start. */
    private static Integer relaunchWithQuickJit(String[] args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path") + File.pathSeparator);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
