package org.sitmap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap dev ...}: build and measurement tools for people who work on Sitmap itself ({@code bench},
 * {@code prepare}, {@code prepare-borders}), kept off the user's list of commands. {@code data/build.sh} and
 * {@code src/bench/compare.sh} call them.
 */
@Command(name = "dev", hidden = true, mixinStandardHelpOptions = true,
        description = "Build and benchmark tools for Sitmap's developers.",
        subcommands = {BenchSubcommand.class, PrepareSubcommand.class, PrepareBordersSubcommand.class,
            PrepareBaseSubcommand.class})
public final class DevSubcommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
