package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.MapFeature;

class AreaClipTest {
    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final Geometry REGION = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");

    @Test
    void keepsThePartInsideTheRegion() {
        Geometry zone = wkt("POLYGON ((8 2, 14 2, 14 6, 8 6, 8 2))");
        Geometry clipped = AreaClip.clip(zone, REGION);
        assertThat(clipped.equalsTopo(wkt("POLYGON ((8 2, 10 2, 10 6, 8 6, 8 2))"))).isTrue();
    }

    @Test
    void aZoneCrossingTheBorderTwiceBecomesTwoParts() {
        // A U-shape whose middle lies outside the region (right of x = 10).
        Geometry zone = wkt("POLYGON ((8 1, 12 1, 12 9, 8 9, 8 7, 11 7, 11 3, 8 3, 8 1))");
        Geometry clipped = AreaClip.clip(zone, REGION);
        assertThat(clipped.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(clipped.equalsTopo(wkt("MULTIPOLYGON (((8 1, 10 1, 10 3, 8 3, 8 1)), ((8 7, 10 7, 10 9, 8 9, 8 7)))")))
                .isTrue();
    }

    @Test
    void anAreaOnlyTouchingOrOutsideGivesNothing() {
        assertThat(AreaClip.clip(wkt("POLYGON ((10 0, 12 0, 12 2, 10 2, 10 0))"), REGION).isEmpty()).isTrue();
        assertThat(AreaClip.clip(wkt("POLYGON ((20 0, 22 0, 22 2, 20 2, 20 0))"), REGION).isEmpty()).isTrue();
    }

    @Test
    void aSelfCrossingOutlineIsRepairedBeforeClipping() {
        Geometry bowTie = wkt("POLYGON ((2 2, 6 6, 6 2, 2 6, 2 2))");
        Geometry clipped = AreaClip.clip(bowTie, REGION);
        assertThat(clipped.isValid()).isTrue();
        assertThat(clipped.getArea()).isEqualTo(8.0);
    }

    @Test
    void overlappingRegionsComeLargestFirstAndTouchingOnesAreLeftOut() {
        MapFeature west = new MapFeature(REGION, Map.of("name", "West"));
        MapFeature east = new MapFeature(wkt("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"), Map.of("name", "East"));
        MapFeature far = new MapFeature(wkt("POLYGON ((30 0, 40 0, 40 10, 30 10, 30 0))"), Map.of("name", "Far"));
        Geometry zone = wkt("POLYGON ((9 2, 14 2, 14 6, 9 6, 9 2))");
        List<AreaClip.Overlap> found = AreaClip.overlapping(zone, List.of(west, east, far));
        assertThat(found).extracting(o -> o.region().text("name")).containsExactly("East", "West");
        assertThat(AreaClip.overlapping(wkt("POLYGON ((20 2, 25 2, 25 6, 20 6, 20 2))"), List.of(east, far)))
                .isEmpty();
    }
}
