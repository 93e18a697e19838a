package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.MapFeature;
import org.sitmap.model.PlaceNames;

/**
 * A name in the chosen language is shown only when the map's bundled faces can draw it; otherwise the English name,
 * never a row of empty boxes (the Sudan export with local names showed Ethiopian and Arabic region names as boxes).
 */
class PlaceNameGlyphsTest {
    private static MapFeature place(String english, String local) {
        return new MapFeature(new GeometryFactory().createPoint(new Coordinate(33, 15)),
                Map.of("name", english, "name_local", local));
    }

    @Test
    void aScriptNoFaceHasFallsBackToEnglish() {
        MapFeature amhara = place("Amhara", "አማራ");

        assertThat(Fonts.placeName(PlaceNames.LOCAL, amhara, "name", false)).isEqualTo("Amhara");
        assertThat(Fonts.placeName(PlaceNames.LOCAL, amhara, "name", true)).isEqualTo("Amhara");
    }

    @Test
    void arabicIsWrittenUprightButNotInTheObliqueFace() {
        MapFeature damer = place("Ad-Damir", "الدامر");

        assertThat(Fonts.placeName(PlaceNames.LOCAL, damer, "name", false)).isEqualTo("الدامر");
        assertThat(Fonts.placeName(PlaceNames.LOCAL, damer, "name", true)).isEqualTo("Ad-Damir");
    }

    @Test
    void cyrillicIsWrittenInEveryFace() {
        MapFeature sudzha = new MapFeature(new GeometryFactory().createPoint(new Coordinate(35.3, 51.2)),
                Map.of("name", "Sudzha", "name_uk", "Суджа"));

        assertThat(Fonts.placeName(PlaceNames.UKRAINIAN, sudzha, "name", true)).isEqualTo("Суджа");
        assertThat(Fonts.placeName(PlaceNames.ENGLISH, sudzha, "name", true)).isEqualTo("Sudzha");
    }
}
