package org.sitmap.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.InputFiles;

/** Checks the files a command reads before it opens them, so a named pipe, a folder or "" fails at once. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The one-line failure for a file whose single feature does not fit in the heap even read one by one: names the
     * file, the memory Java was given and about how much would do (a feature can be as large as the file; read, it
     * takes up to about three times its size in text).
     */
    static CliException tooLarge(Path file) {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        long fileMb = file.toFile().length() >> 20;
        long neededMb = Math.max(maxMb * 2, 3 * fileMb + 64);
        return new CliException(String.format(Locale.ROOT, "%s: a feature of this %,d MiB file is too large for the"
                + " %,d MiB of memory Java was given (features are read one at a time); give it about %,d MiB:"
                + " java -Xmx%dm -jar sitmap.jar ...", file, fileMb, maxMb, neededMb, neededMb), 1);
    }

    /**
     * Throws (exit code 2) with {@code [option ]FILE: reason} when {@code file} cannot be read as an ordinary file.
     *
     * @param option the option naming the file, e.g. "--layer", or null for a positional argument
     */
    static void requireReadable(String option, Path file) {
        String problem = InputFiles.problem(file);
        if (problem != null) {
            String prefix = option == null ? "" : option + " ";
            boolean unnamed = file == null || file.toString().isEmpty();
            throw new CliException(prefix + (unnamed ? "" : file + ": ") + problem, 2);
        }
    }
}
