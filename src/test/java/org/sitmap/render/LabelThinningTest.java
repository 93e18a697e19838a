package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

/**
 * A crowd offers a few labels per cell ({@link LabelThinning}); the labels left out must cost nothing: not even
 * their text is laid out, while their symbols still keep other labels off.
 */
class LabelThinningTest {
    private final Viewport view = KurskFrames.kursk();

    private List<Annotation> markers(int n) {
        Random random = new Random(3);
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] lonLat = view.screenToLonLat(random.nextDouble() * view.width(),
                    random.nextDouble() * view.height());
            out.add(Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(lonLat[0], lonLat[1])))
                    .title("Marker " + i).build());
        }
        return out;
    }

    @Test
    void aCrowdLaysOutOnlyTheLabelsItOffers() {
        List<Annotation> crowd = markers(3000);
        List<Annotation> visible = AnnotationPainter.visible(view, crowd, RenderOptions.screen().pixelsPerPoint());
        int offered = LabelThinning.thin(view, visible).size();
        MapRenderer renderer = new MapRenderer();
        renderer.placeLabels(view, crowd, RenderOptions.screen());

        assertThat(offered).as("thinned").isLessThan(visible.size() / 2);
        // One outline per distinct title laid out (the titles are all different).
        assertThat(renderer.caches().outlines.size()).as("titles laid out").isPositive().isLessThanOrEqualTo(offered);
    }
}
