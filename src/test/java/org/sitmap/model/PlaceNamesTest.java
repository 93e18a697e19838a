package org.sitmap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Which name a place shows in each language, read from the properties the bundled data carries. */
class PlaceNamesTest {
    private static MapFeature place(Map<String, Object> properties) {
        return new MapFeature(new GeometryFactory().createPoint(new Coordinate(39.18, 51.67)), properties);
    }

    @Test
    void aNameInTheLanguageWins() {
        MapFeature belgorod = place(Map.of("name", "Belgorod", "name_local", "Белгород", "name_uk", "Бєлгород"));

        assertThat(PlaceNames.UKRAINIAN.nameOf(belgorod, "name")).isEqualTo("Бєлгород");
        assertThat(PlaceNames.LOCAL.nameOf(belgorod, "name")).isEqualTo("Белгород");
        assertThat(PlaceNames.ENGLISH.nameOf(belgorod, "name")).isEqualTo("Belgorod");
    }

    @Test
    void withoutOneACyrillicMapTakesTheCyrillicLocalNameBeforeTheEnglish() {
        MapFeature valuyki = place(Map.of("name", "Valuyki", "name_local", "Валуйки", "name_ru", "Валуйки"));

        assertThat(PlaceNames.UKRAINIAN.nameOf(valuyki, "name")).isEqualTo("Валуйки");
    }

    @Test
    void aLocalNameInAnotherScriptIsNotTakenForCyrillic() {
        MapFeature omdurman = place(Map.of("name", "Omdurman", "name_local", "أم درمان"));

        assertThat(PlaceNames.RUSSIAN.nameOf(omdurman, "name")).isEqualTo("Omdurman");
        assertThat(PlaceNames.LOCAL.nameOf(omdurman, "name")).isEqualTo("أم درمان");
    }
}
