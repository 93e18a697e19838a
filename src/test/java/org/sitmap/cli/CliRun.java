package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Runs {@code sitmap} subcommands in the test's JVM as the command line would, keeping what they print: the set-up
 * the CLI tests share. Not thread-safe: one per test.
 */
public final class CliRun {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code sitmap args...}; returns the exit code. Output of the run before is dropped. */
    public int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return SitmapCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** What the last run printed on standard output. */
    public String out() {
        return out.toString();
    }

    /** What the last run printed on standard error. */
    public String err() {
        return err.toString();
    }

    /** The text a reader can search and copy in a PDF. */
    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
