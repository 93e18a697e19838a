package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A day-by-day series of the bundled Kursk briefing: PNG files by date, and an animated GIF. */
class ExportSeriesTest {
    private static final String BRIEFING = "data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg";

    private static int run(StringWriter err, String... args) {
        return SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void gifHasOneFramePerDayAndTheDaysDiffer(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("series.gif");
        StringWriter err = new StringWriter();
        int code = run(err, "export", BRIEFING, "--from", "2024-08-06", "--to", "2024-08-14", "--size", "480x270",
                "--out", gif.toString());
        assertThat(code).as(err.toString()).isZero();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(9);
            BufferedImage first = reader.read(0);
            BufferedImage last = reader.read(8);
            assertThat(first.getWidth()).isEqualTo(480);
            int differing = 0;
            for (int y = 0; y < 270; y++) {
                for (int x = 0; x < 480; x++) {
                    if (first.getRGB(x, y) != last.getRGB(x, y)) {
                        differing++;
                    }
                }
            }
            assertThat(differing).as("the situation changed between 6 and 14 August").isGreaterThan(500);
        }
        assertThat(Files.list(dir).toList()).containsExactly(gif);
    }

    @Test
    void folderGetsOnePngPerDayNamedByDate(@TempDir Path dir) throws Exception {
        Path frames = dir.resolve("frames");
        StringWriter err = new StringWriter();
        int code = run(err, "export", BRIEFING, "--from", "2024-08-12", "--to", "2024-08-14", "--size", "320x200",
                "--out", frames.toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> names = Files.list(frames).map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(names).containsExactly("2024-08-12.png", "2024-08-13.png", "2024-08-14.png");
        assertThat(ImageIO.read(frames.resolve("2024-08-13.png").toFile()).getWidth()).isEqualTo(320);
    }

    @Test
    void backwardsRangeIsRefused(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(err, "export", BRIEFING, "--from", "2024-08-14", "--to", "2024-08-06", "--out",
                dir.resolve("x.gif").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("before --from");
    }
}
