package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every issue says what became of its feature: skipped (unreadable), refused (beyond repair) or repaired. */
class LoadIssueKindsTest {
    private static LoadResult load(String json) throws Exception {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new GeoJsonLoader().load(new ByteArrayInputStream(bytes), "t.geojson", bytes.length, null, null);
    }

    private static String feature(String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geometry + "}";
    }

    @Test
    void skippedRefusedAndRepairedFeaturesAreTold() throws Exception {
        LoadResult r = load("{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"type\":\"Point\",\"coordinates\":[30,50]}") + ","
                + feature("null") + ","
                + feature("{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51]]]}") + ","
                + feature("{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,51],[32,52],[30,50]]]}") + "]}");
        assertThat(r.features()).hasSize(2);
        assertThat(r.issues()).extracting(LoadIssue::featureIndex, LoadIssue::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, LoadIssue.Kind.SKIPPED),
                org.assertj.core.groups.Tuple.tuple(2, LoadIssue.Kind.REPAIRED),
                org.assertj.core.groups.Tuple.tuple(3, LoadIssue.Kind.REFUSED));
        assertThat(r.issues()).extracting(LoadIssue::leftOut).containsExactly(true, false, true);
    }

    @Test
    void aShapeAcrossTheAntimeridianIsCutAndSaysSo() throws Exception {
        LoadResult r = load(feature("{\"type\":\"LineString\",\"coordinates\":[[179,10],[-179,11]]}"));
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(LoadIssue.Kind.REPAIRED);
            assertThat(i.message()).contains("antimeridian");
        });
    }
}
