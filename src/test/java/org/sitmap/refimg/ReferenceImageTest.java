package org.sitmap.refimg;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.cli.SitmapCommand;

/**
 * Reference-image tests, after JOSM's {@code MapCSSRendererTest} and GeoTools' {@code ImageAssert}: every folder
 * under {@code src/test/resources/refimg} is one case (see {@link ReferenceCase}), drawn through the real
 * {@code sitmap import} and {@code sitmap export} commands with the bundled fonts, and compared with its
 * {@code expected.png} pixel by pixel.
 *
 * <p>On a failure the actual and a diff image are written to {@code target/refimg/CASE/}. After an intended
 * change of the drawing, {@code mvn test -Dtest=ReferenceImageTest -Drefimg.regenerate=true} rewrites the expected
 * images; look at every changed one before committing it.
 */
class ReferenceImageTest {
    private static final Path CASES = Path.of("src", "test", "resources", "refimg");
    private static final Path FAILURES = Path.of("target", "refimg");
    private static final boolean REGENERATE = Boolean.getBoolean("refimg.regenerate");

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyCaseLooksAsExpected() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(CASES)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("case.properties"))).sorted().toList();
        }
        assertThat(folders).as("reference cases under " + CASES.toAbsolutePath()).isNotEmpty();
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> check(ReferenceCase.load(f))));
    }

    private static void check(ReferenceCase c) throws IOException {
        BufferedImage actual = draw(c, c.pdf());
        if (REGENERATE) {
            ImageIO.write(actual, "png", c.expected().toFile());
        } else {
            assertThat(c.expected()).as("expected image of %s (make it with -Drefimg.regenerate=true)", c)
                    .exists();
            BufferedImage expected = ImageIO.read(c.expected().toFile());
            ImageComparison cmp = ImageComparison.of(expected, actual, c.tolerance());
            if (cmp.differing() > c.maxDifferingPixels()) {
                Path out = keep(c.name(), actual, cmp.diff());
                throw new AssertionError(c + "\n" + cmp.differing() + " pixels differ by more than "
                        + c.tolerance() + " in a channel (at most " + c.maxDifferingPixels() + " may); actual and "
                        + "diff images in " + out.toAbsolutePath());
            }
        }
        if (c.checksParity()) {
            checkParity(c, actual);
        }
    }

    /** The PDF's raster must look like the PNG of the same page: the vector and the pixel paths agree. */
    private static void checkParity(ReferenceCase c, BufferedImage pdfRaster) throws IOException {
        BufferedImage png = draw(c, false);
        ImageComparison cmp = ImageComparison.of(png, pdfRaster, c.parityTolerance());
        if (cmp.differingShare() > c.parityMaxDifferingShare()
                || cmp.meanDifference() > c.parityMaxMeanDifference()) {
            Path out = keep(c.name() + "-parity", pdfRaster, cmp.diff());
            throw new AssertionError(String.format(java.util.Locale.ROOT, "%s%nPDF and PNG differ: %.2f %% of the "
                    + "pixels by more than %d (at most %.2f %% may), mean difference %.2f (at most %.2f); "
                    + "images in %s", c, 100 * cmp.differingShare(), c.parityTolerance(),
                    100 * c.parityMaxDifferingShare(), cmp.meanDifference(), c.parityMaxMeanDifference(),
                    out.toAbsolutePath()));
        }
    }

    /** Imports the case's annotations into a new briefing and exports it, under the case's system properties. */
    private static BufferedImage draw(ReferenceCase c, boolean asPdf) throws IOException {
        Path dir = Files.createTempDirectory(work, c.name());
        Path briefing = dir.resolve("briefing.gpkg");
        run("import", c.input().toString(), briefing.toString());
        Path out = dir.resolve(asPdf ? "actual.pdf" : "actual.png");
        Map<String, String> saved = setProperties(c.systemProperties());
        try {
            run(c.exportArguments(briefing, out, asPdf).toArray(String[]::new));
        } finally {
            setProperties(saved);
        }
        return asPdf ? rasterise(out, c) : ImageIO.read(out.toFile());
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SitmapCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as("sitmap %s%n%s%s", String.join(" ", args), out, err).isZero();
    }

    /** Sets the properties (null removes one) and returns what they were before. */
    private static Map<String, String> setProperties(Map<String, String> properties) {
        Map<String, String> before = new HashMap<>();
        properties.forEach((k, v) -> {
            before.put(k, System.getProperty(k));
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
        return before;
    }

    /** The PDF's page as pixels, at the page's own pixel size (the --size of the case). */
    private static BufferedImage rasterise(Path pdf, ReferenceCase c) throws IOException {
        int width = Integer.parseInt(c.properties().getProperty("size").split("x")[0]);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            float scale = width / doc.getPage(0).getMediaBox().getWidth();
            return new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
        }
    }

    private static Path keep(String name, BufferedImage actual, BufferedImage diff) throws IOException {
        Path out = Files.createDirectories(FAILURES.resolve(name));
        ImageIO.write(actual, "png", out.resolve("actual.png").toFile());
        ImageIO.write(diff, "png", out.resolve("diff.png").toFile());
        return out;
    }
}
