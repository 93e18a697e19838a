package org.sitmap.cli;

import java.nio.file.Path;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.InputFiles;

/** Checks the files a command reads before it opens them, so a named pipe, a folder or "" fails at once. */
final class Inputs {
    private Inputs() {
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
