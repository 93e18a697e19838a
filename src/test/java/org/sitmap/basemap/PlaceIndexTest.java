package org.sitmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitmap.model.MapLayer;

/** Searches the bundled base map's towns and regions as the place search field does. */
class PlaceIndexTest {
    private static PlaceIndex index;

    @BeforeAll
    static void build() {
        List<MapLayer> layers = BaseMap.load(null, () -> false);
        MapLayer places = layers.stream().filter(l -> l.id().equals("base-places")).findFirst().orElseThrow();
        MapLayer regions = layers.stream().filter(l -> l.id().equals("base-admin1")).findFirst().orElseThrow();
        index = PlaceIndex.build(places.features(), regions.features());
    }

    @Test
    void cyrillicFindsATownGeoNamesOnlySpellsInLatin() {
        List<PlaceIndex.Place> found = index.search("Суджа", 5);
        assertThat(found).isNotEmpty();
        PlaceIndex.Place sudzha = found.get(0);
        assertThat(sudzha.name()).isEqualTo("Sudzha");
        assertThat(sudzha.kind()).isEqualTo(PlaceIndex.Kind.TOWN);
        assertThat(sudzha.at().x).isCloseTo(35.27, within(0.05));
        assertThat(sudzha.at().y).isCloseTo(51.20, within(0.05));
    }

    @Test
    void aTownIsFoundByItsRussianAndLocalNamesThatNoTransliterationGives() {
        // "Харьков" spells "khar'kov" in Latin letters, nowhere near "Kharkiv": only the town's Russian name finds it.
        assertThat(index.search("Харьков", 3).get(0).name()).isEqualTo("Kharkiv");
        // Khartoum by its Arabic (local) name.
        assertThat(index.search("خرطوم", 3)).extracting(PlaceIndex.Place::name).contains("Khartoum");
    }

    @Test
    void ukrainianSpellingFindsUkrainianTowns() {
        assertThat(index.search("Харків", 3).get(0).name()).isEqualTo("Kharkiv");
        assertThat(index.search("Київ", 3)).extracting(PlaceIndex.Place::name).contains("Kyiv");
        assertThat(index.search("Миколаїв", 3).get(0).name()).isEqualTo("Mykolayiv");
    }

    @Test
    void prefixMatchesComeFirstAndTheatreTownsBeforeBiggerOnesElsewhere() {
        List<PlaceIndex.Place> found = index.search("kur", 10);
        // Kurnool (India) has more people than Kursk, but the theatre comes first.
        assertThat(found.get(0).name()).isEqualTo("Kursk");
        assertThat(found.get(0).kind()).isEqualTo(PlaceIndex.Kind.TOWN);
        assertThat(found).extracting(PlaceIndex.Place::name).allMatch(n -> n.toLowerCase().startsWith("kur"));
        List<PlaceIndex.Place> towns = found.stream().filter(p -> p.kind() == PlaceIndex.Kind.TOWN).toList();
        for (int i = 1; i < towns.size(); i++) {
            if (towns.get(i).at().x > 23 && towns.get(i - 1).at().x > 23 && towns.get(i).at().x < 45) {
                assertThat(towns.get(i).population()).isLessThanOrEqualTo(towns.get(i - 1).population());
            }
        }
    }

    @Test
    void caseAccentsAndApostrophesAreIgnored() {
        assertThat(index.search("KURSK", 1).get(0).name()).isEqualTo("Kursk");
        assertThat(index.search("kuryanovo", 3)).extracting(PlaceIndex.Place::name).contains("Kur’yanovo");
    }

    @Test
    void regionsAreFoundByTheirRussianAndUkrainianNames() {
        PlaceIndex.Place kursk = index.search("Курская обл", 3).get(0);
        assertThat(kursk.kind()).isEqualTo(PlaceIndex.Kind.REGION);
        assertThat(kursk.name()).isEqualTo("Kursk");
        assertThat(kursk.extent().getWidth()).isGreaterThan(2);
        assertThat(kursk.extent().contains(36.19, 51.73)).isTrue();
        PlaceIndex.Place sumy = index.search("Сумська", 3).get(0);
        assertThat(sumy.kind()).isEqualTo(PlaceIndex.Kind.REGION);
        assertThat(sumy.name()).isEqualTo("Sumy");
    }

    @Test
    void aWordInsideTheNameMatchesAfterNamesThatStartWithIt() {
        List<PlaceIndex.Place> found = index.search("crimea", 5);
        assertThat(found).extracting(PlaceIndex.Place::name).contains("Autonomous Republic of Crimea");
        assertThat(index.search("", 5)).isEmpty();
        assertThat(index.search("qqxxzz", 5)).isEmpty();
    }
}
