package org.sitmap.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitmap.store.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the headless command line: {@code sitmap info FILE}, {@code sitmap export ...}; the
 * developers' tools sit apart under {@code sitmap dev} ({@link DevSubcommand}). Errors print one clear
 * line on standard error and give a non-zero exit code; no stack traces.
 */
// scope INHERIT: every subcommand takes --help and --version too ("sitmap export --help" printed a complaint
// about the missing briefing instead of the usage).
// The subcommands are added in commandLine(), not listed here: see SUBCOMMANDS.
@Command(name = "sitmap", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = SitmapCli.Version.class,
        description = "Offline situation maps. Without arguments the window opens.")
public final class SitmapCli implements Runnable {
    /**
     * The subcommands, in the order the usage lists them. Building one (picocli reads its class's options and
     * their types) takes milliseconds, and all of them with the developers' tools 40-50 ms of a one-second export;
     * so a command line naming one gets only that one.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(InfoSubcommand.class, ImportSubcommand.class,
            DumpSubcommand.class, ExportSubcommand.class, DevSubcommand.class);

    /**
     * Starts, on threads of their own, what the command {@code args} names will need and can be made ready while
     * the command line is read; call before {@link #run(String...)}.
     */
    public static void warmUp(String... args) {
        if (args.length > 0 && args[0].equals("export")) {
            ExportSubcommand.warmUp();
        }
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line writing to the given streams; for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args.length == 0 ? null : args[0]);
        cl.setOut(out);
        cl.setErr(err);
        // One line and a pointer to --help instead of picocli's whole usage text (some 40 lines).
        cl.setParameterExceptionHandler((ex, argv) -> {
            CommandLine bad = ex.getCommandLine();
            String name = bad.getCommandSpec().qualifiedName();
            String message = ex.getMessage() == null ? "bad arguments" : ex.getMessage().replace('\n', ' ').strip();
            bad.getErr().println(name + ": " + message + " (see '" + name + " --help')");
            bad.getErr().flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            String message = ex instanceof CliException ? ex.getMessage()
                    : ex.getMessage() == null ? ex.toString() : ex.getMessage();
            line.getErr().println("sitmap " + line.getCommandName() + ": " + message);
            line.getErr().flush();
            return ex instanceof CliException c ? c.exitCode() : 1;
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // Not a bug report for the user to read through: the cause, on one line (e.g. a font that could not be
            // unpacked to a full temporary folder, or too little memory).
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String what = e instanceof OutOfMemoryError ? "not enough memory (" + e.getMessage() + ")"
                    : (e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() + ": "
                            : "") + Messages.describe(root);
            err.println("sitmap: " + Messages.oneLine(what));
            err.flush();
            return 1;
        }
    }

    /**
     * The command line with the subcommand named {@code first} only, or with all of them when {@code first} names
     * none (null, an option such as --help, a mistyped name): the root's usage and its "Unknown subcommand" hint
     * list them all.
     */
    static CommandLine commandLine(String first) {
        CommandLine root = new CommandLine(new SitmapCli());
        Class<?> named = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .findFirst().orElse(null);
        for (Class<?> subcommand : named != null ? List.of(named) : SUBCOMMANDS) {
            root.addSubcommand(subcommand);
        }
        return root;
    }

    @Override
    public void run() {
        commandLine(null).usage(System.out);
    }

    /** A failure with a message meant for the user and the exit code to return. */
    public static final class CliException extends RuntimeException {
        private final int exitCode;

        public CliException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** The version from the jar manifest (taken from pom.xml), or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SitmapCli.class.getPackage().getImplementationVersion();
            return new String[] {"Sitmap " + (v == null ? "dev" : v)};
        }
    }
}
