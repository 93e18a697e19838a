package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.basemap.BaseMap;
import org.sitmap.model.PlaceNames;

/** The base map's towns in priority order, and where a frame may stop reading them. */
class PlaceListTest {
    @Test
    void theLeadingPlacesAreExactlyThoseOfAtLeastAPriority() {
        RenderLayer towns = KurskFrames.layers().stream().filter(l -> l.layer().id().equals(BaseMap.PLACES_ID))
                .findFirst().orElseThrow();
        PlaceList places;
        try (RenderCaches.Scope scope = new RenderCaches().enter()) {
            places = PlaceList.of(towns.index(), towns.layer().features(), towns.layer().style().labelKey(),
                    PlaceNames.ENGLISH);
        }
        assertThat(places.capitals).as("capitals").isNotEmpty();
        for (double p : List.of(0.0, 1.0, 24_000.0, 381_000.0, 5e6, 1e9)) {
            int leading = places.leadingAtLeast(p);
            for (int k = 0; k < places.size(); k++) {
                assertThat(places.priority(k) >= p).as("place %d of priority %f against %f", k, places.priority(k), p)
                        .isEqualTo(k < leading);
            }
        }
        for (int k : places.capitals) {
            assertThat(places.capital[k]).isTrue();
        }
        assertThat(places.capitals.length).isEqualTo(
                (int) java.util.stream.IntStream.range(0, places.size()).filter(k -> places.capital[k]).count());
    }
}
