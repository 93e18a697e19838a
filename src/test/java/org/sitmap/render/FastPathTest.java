package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.MapLayer;
import org.sitmap.store.BriefingFile;

/** The direct-pixel path against plain Java2D on real frames, and the switch that turns it off. */
class FastPathTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private static List<RenderLayer> layers;
    private static List<Annotation> annotations;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("kursk.gpkg");
        try (var in = FastPathTest.class.getResourceAsStream(
                "/org/sitmap/data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg")) {
            Files.copy(in, copy);
        }
        try (BriefingFile f = BriefingFile.openReadOnly(copy)) {
            annotations = f.briefing().snapshot();
        }
        layers = new ArrayList<>();
        for (MapLayer l : BaseMap.load(null, () -> false)) {
            layers.add(new RenderLayer(l, LayerIndex.build(l.features(), MERC)));
        }
    }

    @AfterEach
    void switchBackOn() {
        System.clearProperty(DrawSurface.FAST_PATH_PROPERTY);
    }

    static Viewport theatre() {
        return Viewport.fitting(MERC, MERC.forward(BaseMap.THEATRE), 900, 600);
    }

    static Viewport kursk() {
        return Viewport.fitting(MERC, MERC.forward(new Envelope(34.2, 36.4, 50.8, 52.0)), 900, 600);
    }

    private static BufferedImage frame(Viewport v, boolean fastPath) {
        System.setProperty(DrawSurface.FAST_PATH_PROPERTY, Boolean.toString(fastPath));
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        new MapRenderer().paint(img, v, layers, annotations, RenderOptions.screen(), () -> false);
        return img;
    }

    @Test
    void switchChoosesTheSurface() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        assertThat(DrawSurface.of(g, img).writesPixels()).isTrue();
        System.setProperty(DrawSurface.FAST_PATH_PROPERTY, "false");
        assertThat(DrawSurface.of(g, img).writesPixels()).isFalse();
        // Images whose pixels are not int-packed, and targets that are no image, always draw through Java2D.
        System.clearProperty(DrawSurface.FAST_PATH_PROPERTY);
        assertThat(DrawSurface.of(g, new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB)).writesPixels())
                .isFalse();
        assertThat(DrawSurface.of(g, null).writesPixels()).isFalse();
        g.dispose();
    }

    @Test
    void fastPathAndJava2dPaintTheSameFrames() {
        for (Viewport v : List.of(theatre(), kursk())) {
            BufferedImage fast = frame(v, true);
            BufferedImage slow = frame(v, false);
            Pixels diff = Pixels.compare(fast, slow, 48);
            // Both draw every feature: the fast path differs only in anti-aliasing along edges, where its fills
            // are not smoothed (the outlines cover them) and lines are rasterised by another method.
            assertThat(diff.differing()).as("pixels differing by more than 48 in a channel").isLessThan(
                    v.width() * v.height() / 100);
            assertThat(diff.meanDifference()).as("mean channel difference").isLessThan(1.0);
            assertThat(diff.changed()).as("the switch changes how the frame is drawn").isPositive();
        }
    }

    /** Counts of differing pixels between two frames of the same size. */
    record Pixels(long changed, long differing, double meanDifference) {
        static Pixels compare(BufferedImage a, BufferedImage b, int tolerance) {
            long changed = 0;
            long differing = 0;
            double sum = 0;
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    int p = a.getRGB(x, y);
                    int q = b.getRGB(x, y);
                    int worst = 0;
                    for (int shift = 0; shift < 32; shift += 8) {
                        int d = Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF));
                        worst = Math.max(worst, d);
                        sum += d;
                    }
                    changed += worst > 0 ? 1 : 0;
                    differing += worst > tolerance ? 1 : 0;
                }
            }
            return new Pixels(changed, differing, sum / (4.0 * a.getWidth() * a.getHeight()));
        }
    }
}
