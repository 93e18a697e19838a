package org.sitmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.SampleAnnotations;

class DefaultExtentTest {
    private static Annotation zone(String wkt) {
        return Annotation.builder(AnnotationKind.ZONE, SampleAnnotations.wkt(wkt)).title("z").build();
    }

    @Test
    void theSavedViewWins() {
        Envelope view = new Envelope(30, 40, 45, 55);
        BriefingInfo info = new BriefingInfo("t", "", null, null).withView(view);
        assertThat(DefaultExtent.of(info, List.of(zone("POLYGON ((1 1, 2 1, 2 2, 1 1))")))).isEqualTo(view);
    }

    @Test
    void annotationsAreShownWholeWithRoomAroundThem() {
        Envelope annotations = new Envelope(34, 38, 50, 52);
        Envelope e = DefaultExtent.of(BriefingInfo.untitled(),
                List.of(zone("POLYGON ((34 50, 38 50, 38 52, 34 52, 34 50))")));
        assertThat(e.contains(annotations)).isTrue();
        assertThat(e.getWidth()).isGreaterThan(annotations.getWidth());
        assertThat(e.getHeight()).isGreaterThan(annotations.getHeight());
        assertThat(e.centre()).isEqualTo(annotations.centre());
    }

    @Test
    void anEmptyBriefingShowsTheTheatre() {
        assertThat(DefaultExtent.of(BriefingInfo.untitled(), List.of())).isEqualTo(BaseMap.THEATRE);
    }
}
