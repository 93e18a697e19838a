package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.model.Annotation;

/**
 * The window places a frame's annotation labels on a thread of their own while its shapes are drawn: they go
 * exactly where a renderer placing them after the shapes puts them, and the base map's labels around them too.
 */
class LabelsBesideTest {
    private final List<RenderLayer> layers = KurskFrames.layers();

    private RenderStats paint(MapRenderer renderer, Viewport v, List<Annotation> annotations) {
        return paint(renderer, v, annotations, new BufferedImage(v.width(), v.height(),
                BufferedImage.TYPE_INT_ARGB_PRE));
    }

    private RenderStats paint(MapRenderer renderer, Viewport v, List<Annotation> annotations, BufferedImage img) {
        return renderer.paint(img, v, layers, annotations, RenderOptions.screen(), () -> false);
    }

    @Test
    void labelsPlacedBesideTheShapesGoWhereTheyGoWhenPlacedAfter() {
        List<Annotation> shown = KurskFrames.annotations();
        for (Viewport v : List.of(KurskFrames.kursk(), KurskFrames.kursk().zoomedAt(0.5, 400, 300))) {
            RenderStats window = paint(MapRenderer.forScreen(), v, shown);
            RenderStats inLine = paint(new MapRenderer(), v, shown);
            assertThat(window.annotationLabels()).isNotEmpty().isEqualTo(inLine.annotationLabels());
            assertThat(window.labelsPlaced()).as("base map labels placed").isPositive().isEqualTo(inLine.labelsPlaced());
        }
    }

    /** The base map's labels, placed beside the shapes and copied in after the annotations' labels, look the same. */
    @Test
    void theFrameLooksAsWhenEveryLabelIsPlacedAfterTheShapes() {
        List<Annotation> shown = KurskFrames.annotations();
        Viewport v = KurskFrames.kursk();
        BufferedImage window = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage inLine = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        paint(MapRenderer.forScreen(), v, shown, window);
        paint(new MapRenderer(), v, shown, inLine);
        // The window lays its kept annotation layer over the map: a level or two of rounding more at its edges.
        assertThat(FastPathTest.Pixels.compare(window, inLine, 3).differing()).as("pixels off by more than 3 levels")
                .isZero();
    }
}
