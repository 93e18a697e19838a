package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.model.Annotation;
import org.sitmap.model.MapLayer;

/** A screen renderer reuses its last base map while only the annotations change. */
class BaseFrameTest {
    /** Held for the whole test: the kept base map is only reused for the very same layers. */
    private final List<RenderLayer> layers = KurskFrames.layers();

    private RenderStats paint(MapRenderer renderer, BufferedImage img, Viewport v, List<Annotation> shown) {
        return renderer.paint(img, v, layers, shown, RenderOptions.screen(), () -> false);
    }

    private static BufferedImage image(Viewport v) {
        return new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /** The frame a renderer that never saw another frame paints. */
    private BufferedImage fresh(Viewport v, List<Annotation> shown) {
        BufferedImage img = image(v);
        RenderStats stats = paint(MapRenderer.forScreen(), img, v, shown);
        assertThat(stats.baseReused()).isFalse();
        return img;
    }

    @Test
    void anEditRepaintsTheAnnotationsOverTheKeptBaseMap() {
        Viewport v = KurskFrames.kursk();
        List<Annotation> all = KurskFrames.annotations();
        List<Annotation> oneDeleted = all.subList(1, all.size());
        MapRenderer renderer = MapRenderer.forScreen();
        assertThat(paint(renderer, image(v), v, all).baseReused()).as("first frame").isFalse();

        // The screen paints into two images in turn; the kept base map goes into either.
        BufferedImage edited = image(v);
        RenderStats stats = paint(renderer, edited, v, oneDeleted);
        assertThat(stats.baseReused()).as("frame after an edit").isTrue();
        assertThat(FastPathTest.Pixels.compare(edited, fresh(v, oneDeleted), 0).changed())
                .as("pixels against a full repaint").isZero();
        // And the deleted annotation is really gone: the frame differs from the one that had it.
        assertThat(FastPathTest.Pixels.compare(edited, fresh(v, all), 0).changed()).isPositive();
    }

    @Test
    void anotherViewOrAHiddenLayerPaintsTheBaseMapAfresh() {
        Viewport v = KurskFrames.kursk();
        List<Annotation> all = KurskFrames.annotations();
        MapRenderer renderer = MapRenderer.forScreen();
        paint(renderer, image(v), v, all);

        Viewport panned = v.pannedBy(40, 0);
        BufferedImage moved = image(panned);
        assertThat(paint(renderer, moved, panned, all).baseReused()).isFalse();
        // A panned frame translates the cached dashed-arrow outlines, cut where the arrows were: their anti-aliased
        // edges may differ from a fresh cut by a shade, never more.
        assertThat(FastPathTest.Pixels.compare(moved, fresh(panned, all), 48).differing()).isZero();

        // Region borders: lakes, the first stroked layer, have no shore in this view.
        MapLayer borders = layers.stream().map(RenderLayer::layer)
                .filter(l -> l.id().equals(org.sitmap.basemap.BaseMap.REGION_BORDERS_ID)).findFirst().orElseThrow();
        borders.setVisible(false);
        try {
            BufferedImage hidden = image(panned);
            assertThat(paint(renderer, hidden, panned, all).baseReused()).isFalse();
            assertThat(FastPathTest.Pixels.compare(hidden, fresh(panned, all), 48).differing()).isZero();
            assertThat(FastPathTest.Pixels.compare(hidden, moved, 0).changed()).as("the layer is gone").isPositive();
        } finally {
            borders.setVisible(true);
        }
    }

    @Test
    void clearingForgetsTheBaseMapAndRenderersForFilesKeepNone() {
        Viewport v = KurskFrames.kursk();
        List<Annotation> all = KurskFrames.annotations();
        MapRenderer screen = MapRenderer.forScreen();
        paint(screen, image(v), v, all);
        screen.clearCaches();
        assertThat(paint(screen, image(v), v, all).baseReused()).isFalse();

        MapRenderer files = new MapRenderer();
        paint(files, image(v), v, all);
        assertThat(paint(files, image(v), v, all).baseReused()).isFalse();
    }
}
