package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Build and bench tools live under {@code sitmap dev}, off the user's list of commands. */
class DevToolsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SitmapCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theUsersListHasNoDeveloperTools() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("info", "import", "dump", "export")
                .doesNotContain("bench", "prepare", "dev");
        assertThat(run("bench")).isEqualTo(2);
        assertThat(run("prepare-borders", "a", "b", "c")).isEqualTo(2);
    }

    @Test
    void theDeveloperToolsAreUnderDev() {
        assertThat(run("dev", "--help")).isZero();
        assertThat(out.toString()).contains("bench", "prepare", "prepare-borders", "prepare-base");
        // Reached and run: it refuses a bad size before measuring anything.
        assertThat(run("dev", "bench", "--size", "big")).isEqualTo(2);
        assertThat(err.toString()).contains("sitmap bench: --size must be WIDTHxHEIGHT");
    }

    @Test
    void prepareBaseSaysInOneLineWhereItCannotWrite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("taken");
        java.nio.file.Files.writeString(file, "a file, not a folder");
        assertThat(run("dev", "prepare-base", file.resolve("base.gpkg").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).contains("Cannot build the base-map store", file.toString())
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(java.nio.file.Files.exists(file.resolve("base.gpkg"))).isFalse();
    }
}
