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
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
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
}
