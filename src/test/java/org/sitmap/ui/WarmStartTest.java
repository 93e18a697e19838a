package org.sitmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;

class WarmStartTest {
    @Test
    void theOffScreenFrameDrawsEveryKindOfAnnotationSoTheirPaintersAreWarm() {
        List<Annotation> samples = WarmStart.samples();
        assertThat(samples).extracting(Annotation::kind).containsExactly(AnnotationKind.values());
        // Each is valid as the briefing would store it (a range ring has its radii).
        for (Annotation a : samples) {
            assertThat(a.kind().descriptor().geometryProblem(a.geometry(), a.attributes())).as(a.kind().code())
                    .isNull();
        }
    }
}
