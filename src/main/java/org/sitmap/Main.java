package org.sitmap;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.sitmap.cli.SitmapCli;
import org.sitmap.store.NativeLibrary;
import org.sitmap.ui.SitmapApp;
import org.sitmap.ui.WarmStart;

/**
 * Entry point of {@code java -jar sitmap.jar}: with no arguments it opens the window, with a subcommand
 * ({@code info}, {@code export}, {@code dev bench}, ...) it runs headless. It deliberately does not extend {@link Application}: from a
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
    private static final Set<String> SHORT_COMMANDS = Set.of("info", "export", "import", "dump", "dev prepare",
            "dev prepare-borders");
    private static final List<String> SHORT_COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /**
     * The short commands' young generation, in MiB, at most a quarter of the heap. The 4096 x 4096 world export
     * allocates about 300 MB in all; in the serial collector's default young generation (a third of an initial heap
     * of 1/64 of the memory: 120 MB on a 24 GB machine) it was collected twice, copying the features read, and with
     * 400 MiB not at all: 9% less CPU (2.14 against 2.39 s, medians of five runs each, alternating), peak RSS 315
     * against 298 MB. Measured too, and not better: 256 MiB (one collection, 385 MB), C2 (four times the CPU),
     * the JIT's thresholds scaled by 0.5, 2 or 4, the parallel collector.
     */
    private static final long SHORT_COMMAND_YOUNG_MIB = 400;
    /** Options by which a user has chosen the heap's size: then short commands keep the JVM's own young size. */
    private static final String[] HEAP_SIZE_GIVEN = {"-Xmx", "-Xms", "-Xmn", "-XX:MaxHeapSize", "-XX:InitialHeapSize",
        "-XX:NewSize", "-XX:MaxNewSize", "-XX:NewRatio", "-XX:MaxRAM"};

    /**
     * JVM options of the window, and of the benchmark, which measures the window's frames (installer/build.sh
     * gives the installed application the same). A young generation of fixed, modest size: G1 otherwise grows it
     * to a gigabyte or more, and frames then allocate into memory never touched before, which these machines hand
     * out slowly (12-17 us a page): one frame in thirty took 17-40 ms instead of 7. With 128 MiB the same pages
     * serve from one collection to the next, and loading the 34 MB world file got faster too (median 1.13 to
     * 0.90 s).
     *
     * <p>A small initial heap that G1 gives back down to 30 % free: with its default start (a 64th of the memory,
     * 384 MiB on a 24 GiB machine) the window touched all of it within a minute of use and stayed at 570-600 MB
     * resident; so it peaks at 450-510 MB (src/bench/window.sh), as the window of the 18-country base map did.
     */
    public static final List<String> WINDOW_OPTIONS = List.of("-Xmn128m", "-Xms64m", "-XX:MaxHeapFreeRatio=30",
            "-XX:MinHeapFreeRatio=10");
    /** Options by which a user has chosen the young generation's size already. */
    private static final String[] YOUNG_SIZE_GIVEN = {"-Xmn", "-XX:NewSize", "-XX:MaxNewSize"};

    private static final String RELAUNCHED = "sitmap.relaunched";
    /** The pid of the JVM that started this one as its child. */
    private static final String PARENT = "sitmap.parent";

    private Main() {
    }

    public static void main(String[] args) {
        exitWithParent();
        if (args.length == 0 || args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            // No command, or a briefing to open (double-clicked in a file manager): the window. Its classes are
            // mapped from an archive too (JavaFX's among them): the window then appeared about a quarter sooner.
            relaunchIfUnset(false, args, true, YOUNG_SIZE_GIVEN);
            NativeLibrary.prepare(cacheFolder().resolve("native"));
            WarmStart.begin();
            Application.launch(SitmapApp.class, args);
            return;
        }
        String command = args[0].equals("dev") && args.length > 1 ? "dev " + args[1] : args[0];
        if (SHORT_COMMANDS.contains(command)) {
            relaunchIfUnset(true, args, true, "-XX:TieredStopAtLevel", "-Xint");
        } else if (command.equals("dev bench")) {
            relaunchIfUnset(false, args, false, YOUNG_SIZE_GIVEN);
        }
        SitmapCli.warmUp(args);
        NativeLibrary.prepare(cacheFolder().resolve("native"));
        System.exit(SitmapCli.run(args));
    }

    /**
     * The window's JVM options, given the options of this JVM: {@link #WINDOW_OPTIONS} but for the initial heap
     * when the user sized the heap (our 64 MiB start would be over a smaller maximum and stop the JVM), and the two
     * free ratios, which only go together, when the user set either.
     */
    static List<String> windowOptions(List<String> given) {
        List<String> options = new ArrayList<>();
        boolean heapSized = anyGiven(given, HEAP_SIZE_GIVEN);
        boolean ratiosSet = anyGiven(given, "-XX:MaxHeapFreeRatio", "-XX:MinHeapFreeRatio");
        for (String option : WINDOW_OPTIONS) {
            if (!(option.startsWith("-Xms") && heapSized || option.contains("HeapFreeRatio") && ratiosSet)) {
                options.add(option);
            }
        }
        return options;
    }

    /** The short commands' JVM options, given the options of this JVM (see {@link #SHORT_COMMAND_YOUNG_MIB}). */
    static List<String> shortCommandOptions(List<String> given) {
        List<String> options = new ArrayList<>(SHORT_COMMAND_OPTIONS);
        if (!anyGiven(given, HEAP_SIZE_GIVEN)) {
            long quarter = Runtime.getRuntime().maxMemory() / 4 >> 20;
            options.add("-Xmn" + Math.min(SHORT_COMMAND_YOUNG_MIB, quarter) + "m");
        }
        options.addAll(commandLineParserOnBootPath());
        return options;
    }

    /**
     * In a child JVM: exits (running shutdown hooks, so a window still closes its briefing) when the JVM that
     * started it ends, also when that one was killed with SIGKILL and could not pass the signal on; otherwise a
     * killed command would go on running unseen. The pid is passed explicitly: asked later, a dead parent's place
     * is already taken by init.
     */
    private static void exitWithParent() {
        String pid = System.getProperty(PARENT);
        if (pid == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(137)), () -> System.exit(137));
        } catch (NumberFormatException e) {
            // not started by our launcher
        }
    }

    /**
     * Runs the command in a child JVM with the {@link #shortCommandOptions short commands'} or else the
     * {@link #windowOptions window's} options (made from this JVM's options) and exits with its code, unless this JVM
     * was given an option starting with one of {@code givenIf}, is itself such a child, or no child can be started (a
     * runtime without a {@code java} command): then it returns and the command runs here.
     *
     * <p>What runs here before the child starts uses no lambdas or streams: the first lambda of a JVM sets up the
     * method-handle machinery, some milliseconds of a start that is all this process does.
     *
     * @param shareClasses whether the child maps the application's classes from an archive (see
     *                     {@link ClassArchive}): worth it for commands that are over in a second, and the window
     */
    private static void relaunchIfUnset(boolean shortCommand, String[] args, boolean shareClasses,
            String... givenIf) {
        if (Boolean.getBoolean(RELAUNCHED) || System.getenv("SITMAP_NO_RELAUNCH") != null) {
            return;
        }
        List<String> jvmArgs = jvmOptions();
        if (anyGiven(jvmArgs, givenIf)) {
            return;
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
        addUnlessGiven(cmd, shortCommand ? shortCommandOptions(jvmArgs) : windowOptions(jvmArgs), jvmArgs);
        ClassArchive archive = shareClasses ? ClassArchive.forChild(cmd) : null;
        if (archive != null) {
            cmd.addAll(archive.options());
        }
        cmd.add("-D" + RELAUNCHED + "=true");
        cmd.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
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
        if (archive != null && code == 0) {
            archive.keep();
        }
        System.exit(code);
    }

    /**
     * The option that has the boot class loader load picocli, the command-line parser. Its classes are built for
     * Java 5 (class file version 49), so the JVM checks each with its old, slow verifier (the one that infers types
     * instead of reading them from the class file) and leaves them out of the class archive: 170 classes, 30 ms of a
     * one-second export. Classes of the boot class path are not checked. None if the jar is not found beside the
     * application's jar (lib/) or on the class path.
     */
    private static List<String> commandLineParserOnBootPath() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            File[] beside = jar.resolveSibling("lib").toFile().listFiles();
            for (File candidate : beside == null ? new File[] {jar.toFile()} : beside) {
                String name = candidate.getName();
                if (name.startsWith("picocli-") && name.endsWith(".jar")) {
                    return List.of("-Xbootclasspath/a:" + candidate.getAbsolutePath());
                }
            }
        }
        return List.of();
    }

    /** Adds each of {@code options} the user did not set: -Xms1g given keeps the child from getting ours. */
    private static void addUnlessGiven(List<String> cmd, List<String> options, List<String> given) {
        for (String option : options) {
            if (!anyGiven(given, optionName(option))) {
                cmd.add(option);
            }
        }
    }

    /** An option's name: "-XX:MaxHeapFreeRatio" of "-XX:MaxHeapFreeRatio=30", "-Xms" of "-Xms64m". */
    static String optionName(String option) {
        int eq = option.indexOf('=');
        if (eq > 0) {
            return option.substring(0, eq);
        }
        return option.startsWith("-X") && !option.startsWith("-XX:") && option.length() > 4
                ? option.substring(0, 4) : option;
    }

    /** Whether the user gave one of the options {@code prefixes} (on the command line or in JDK_JAVA_OPTIONS). */
    private static boolean anyGiven(List<String> jvmArgs, String... prefixes) {
        String fromEnvironment = System.getenv("JDK_JAVA_OPTIONS");
        for (String given : fromEnvironment == null ? jvmArgs : concat(jvmArgs, fromEnvironment.split("\\s+"))) {
            for (String prefix : prefixes) {
                if (given.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The options this JVM was started with, up to its class path and main class. Read from the command line, which
     * costs a few milliseconds where the management API ({@code RuntimeMXBean}) costs 35 ms of a start that is all
     * this process does; the API still answers for command lines this does not follow (argument files, module
     * options).
     */
    static List<String> jvmOptions() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        // A native launcher (the installed application's) takes its JVM options from its own configuration.
        String command = self.command().orElse(null);
        boolean javaCommand = command != null && Path.of(command).getFileName().toString().startsWith("java");
        String[] arguments = javaCommand ? self.arguments().orElse(null) : null;
        List<String> line = arguments == null ? null : List.of(arguments);
        List<String> options = line == null ? null : optionsBeforeMain(line);
        return options != null ? options : ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The JVM options in a java command line's arguments, or null if it holds anything else than plain ones. */
    static List<String> optionsBeforeMain(List<String> arguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.startsWith("@") || a.startsWith("--") || a.equals("-p") || a.equals("-m")) {
                return null;
            }
            if (a.equals("-jar") || !a.startsWith("-")) {
                return options;
            }
            if (a.equals("-cp") || a.equals("-classpath")) {
                i++;
            } else {
                options.add(a);
            }
        }
        return null;
    }

    /** The user's cache folder for Sitmap ($XDG_CACHE_HOME/sitmap or ~/.cache/sitmap); may not exist yet. */
    static Path cacheFolder() {
        String home = System.getenv("XDG_CACHE_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "sitmap")
                : Path.of(System.getProperty("user.home"), ".cache", "sitmap");
    }

    private static List<String> concat(List<String> a, String[] b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }

    /**
     * A dynamic class data sharing archive for a child JVM (JDK 17 has no automatic one): the first run of a
     * command writes the classes it loaded to a file in the user's cache folder, and later runs map them instead of
     * reading and verifying them from the jars, about 80 ms of a one-second {@code info}. The file is named after
     * the Java runtime, the options and the jars (with their sizes and times), so a rebuilt jar gets a new one; it
     * is written under a temporary name and moved into place only once the run that wrote it succeeded. The JVM
     * checks the archive too and ignores, silently, one that does not fit.
     */
    private record ClassArchive(Path file, Path written) {
        private static final int KEPT_ARCHIVES = 4;

        /** The archive for a child started with {@code command} so far, or null if there is no cache folder. */
        static ClassArchive forChild(List<String> command) {
            try {
                Path cache = cacheFolder();
                Files.createDirectories(cache);
                StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('|')
                        .append(System.getProperty("java.vm.version")).append('|').append(command);
                for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                    Path jar = Path.of(entry).toAbsolutePath();
                    if (Files.isDirectory(jar)) {
                        // Classes in a folder (run from a build's classes): the JVM cannot write such an archive,
                        // and said so at exit with status 1 after the command had succeeded.
                        return null;
                    }
                    describe(jar, key);
                    // The jars the manifest names, beside the application's jar.
                    File[] jars = jar.resolveSibling("lib").toFile().listFiles();
                    if (jars != null) {
                        Arrays.sort(jars);
                        for (File j : jars) {
                            describe(j.toPath(), key);
                        }
                    }
                }
                Path file = cache.resolve("classes-" + Integer.toHexString(key.toString().hashCode()) + ".jsa");
                Path written = Files.isRegularFile(file) ? null
                        : cache.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                return new ClassArchive(file, written);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Keeps the few newest archives: every rebuilt jar makes a new one (about 4 MB). */
        private void pruneOldArchives() throws IOException {
            try (var all = Files.list(file.getParent())) {
                List<Path> archives = all.filter(p -> p.getFileName().toString().matches("classes-[0-9a-f]+\\.jsa"))
                        .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed())
                        .toList();
                for (Path old : archives.subList(Math.min(KEPT_ARCHIVES, archives.size()), archives.size())) {
                    Files.deleteIfExists(old);
                }
            }
        }

        private static void describe(Path file, StringBuilder key) {
            File f = file.toFile();
            key.append('|').append(f.getAbsolutePath()).append(':').append(f.length()).append(':')
                    .append(f.lastModified());
        }

        /** The child's options: map the archive, or write it at exit; the JVM's own notes on it kept quiet. */
        List<String> options() {
            String use = written == null ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + written;
            return List.of(use, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }

        /** After a successful run: puts a newly written archive in place (a failed or partial one is dropped). */
        void keep() {
            if (written == null) {
                return;
            }
            try {
                if (Files.size(written) > 0) {
                    Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    pruneOldArchives();
                }
            } catch (IOException e) {
                // Next time, then.
            } finally {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException e) {
                    // A stray temporary file in a cache folder harms nothing.
                }
            }
        }
    }
}
