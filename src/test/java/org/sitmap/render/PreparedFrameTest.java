package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.model.Annotation;
import org.sitmap.model.PlaceNames;

/**
 * A frame painted ahead (the timeline's next day) is handed over for the very frame it was painted for and for no
 * other: another view, a base layer switched off, other options or an annotation edited since (an equal value is
 * still another annotation) get none, so the window paints those afresh.
 */
class PreparedFrameTest {
    private final List<RenderLayer> layers = KurskFrames.layers();
    private final Viewport view = KurskFrames.kursk();
    private final List<Annotation> shown = KurskFrames.annotations();
    private final RenderOptions options = RenderOptions.screen();

    private PreparedFrame.Request request(Viewport v, List<Annotation> annotations, RenderOptions o) {
        return new PreparedFrame.Request(v, layers, annotations, o);
    }

    private BufferedImage fresh(List<Annotation> annotations) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        MapRenderer.forScreen().paint(img, view, layers, annotations, options, () -> false);
        return img;
    }

    @Test
    void theFramePaintedAheadIsHandedOverOnceForTheSameRequestAndLooksAsIfPaintedThen() {
        MapRenderer renderer = MapRenderer.forScreen();
        PreparedFrame ahead = new PreparedFrame();
        assertThat(ahead.prepare(renderer, request(view, shown, options), () -> false)).isTrue();
        assertThat(ahead.ready()).isTrue();

        PreparedFrame.Frame frame = ahead.take(request(view, new ArrayList<>(shown), options));
        assertThat(frame).isNotNull();
        assertThat(FastPathTest.Pixels.compare(frame.image(), fresh(shown), 0).changed()).isZero();
        BufferedImage again = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        RenderStats fresh = MapRenderer.forScreen().paint(again, view, layers, shown, options, () -> false);
        assertThat(frame.stats().annotationLabels()).isEqualTo(fresh.annotationLabels()).isNotEmpty();
        assertThat(ahead.take(request(view, shown, options))).as("handed over once").isNull();
        assertThat(ahead.ready()).isFalse();
    }

    @Test
    void anyOtherFrameGetsNone() {
        MapRenderer renderer = MapRenderer.forScreen();
        PreparedFrame ahead = new PreparedFrame();
        ahead.prepare(renderer, request(view, shown, options), () -> false);

        assertThat(ahead.take(request(view.pannedBy(1, 0), shown, options))).as("panned a pixel").isNull();
        assertThat(ahead.take(request(view, shown, options.withPlaceNames(PlaceNames.LOCAL)))).as("other names")
                .isNull();
        List<Annotation> edited = new ArrayList<>(shown);
        edited.set(0, shown.get(0).withGeometry(shown.get(0).geometry().copy()));
        assertThat(ahead.take(request(view, edited, options))).as("an annotation edited in").isNull();
        assertThat(ahead.take(request(view, shown.subList(1, shown.size()), options))).as("one fewer").isNull();
        RenderLayer first = layers.get(0);
        boolean visible = first.layer().visible();
        first.layer().setVisible(!visible);
        try {
            assertThat(ahead.take(request(view, shown, options))).as("a base layer toggled").isNull();
        } finally {
            first.layer().setVisible(visible);
        }
        assertThat(ahead.take(request(view, shown, options))).as("the very frame").isNotNull();
    }

    @Test
    void aCancelledFrameAheadIsNotKept() {
        PreparedFrame ahead = new PreparedFrame();
        assertThat(ahead.prepare(MapRenderer.forScreen(), request(view, shown, options), () -> true)).isFalse();
        assertThat(ahead.ready()).isFalse();
        assertThat(ahead.take(request(view, shown, options))).isNull();
    }
}
