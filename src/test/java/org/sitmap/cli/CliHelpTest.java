package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand answers --help with its usage, as a user typing it expects; it used to demand its arguments. */
class CliHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"info", "import", "dump", "export", "dev bench"})
    void subcommandHelpPrintsItsUsage(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = (command + " --help").split(" ");
        int exit = SitmapCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("Usage: sitmap " + command).contains("--help");
    }
}
