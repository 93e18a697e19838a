package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
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

    @Test
    void aCommandLineNamingASubcommandHoldsOnlyThatOne() {
        assertThat(SitmapCli.commandLine("export").getSubcommands()).containsOnlyKeys("export");
        assertThat(SitmapCli.commandLine("dev").getSubcommands().get("dev").getSubcommands())
                .containsKeys("bench", "prepare");
    }

    @Test
    void withoutASubcommandNameEveryOneIsThereForTheUsageAndTheHint() {
        for (String first : new String[] {null, "--help", "exprot"}) {
            assertThat(SitmapCli.commandLine(first).getSubcommands()).as(first)
                    .containsOnlyKeys("info", "import", "dump", "export", "dev");
        }
        StringWriter out = new StringWriter();
        assertThat(SitmapCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help"))
                .isZero();
        assertThat(out.toString()).contains("info", "import", "dump", "export");
    }

    @Test
    void aBadOptionOfALoneSubcommandIsStillOneLineNamingIt() {
        StringWriter err = new StringWriter();
        int exit = SitmapCli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "export",
                "a.gpkg", "--out", "a.png", "--bogus");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip())
                .isEqualTo("sitmap export: Unknown option: '--bogus' (see 'sitmap export --help')");
    }
}
