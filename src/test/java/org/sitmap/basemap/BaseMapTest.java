package org.sitmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.geo.LoadResult;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;

class BaseMapTest {
    private static List<MapLayer> layers;

    @BeforeAll
    static void load() {
        layers = BaseMap.load(null, () -> false);
    }

    private static MapFeature region(String iso) {
        return layers.get(1).features().stream().filter(f -> iso.equals(f.text("iso_3166_2"))).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + iso));
    }

    private static MapFeature place(String name, double lon, double lat) {
        return layers.get(4).features().stream().filter(f -> name.equals(f.text("name")))
                .filter(f -> f.geometry().getCoordinate().distance(new Coordinate(lon, lat)) < 0.1).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " near " + lat + "N " + lon + "E"));
    }

    @Test
    void bundledBorderLinesAreTheMeshOfTheBundledPolygons() {
        // data/build.sh writes them with prepare-borders; a stale or hand-edited file would draw wrong borders.
        BaseMap.Borders derived = BaseMap.deriveBorders(layers.get(0).features(), layers.get(1).features());
        assertSameLines(layers.get(3).features(), derived.countries());
        assertSameLines(layers.get(2).features(), derived.regions());
    }

    private static void assertSameLines(List<MapFeature> bundled, List<MapFeature> derived) {
        assertThat(bundled).hasSameSizeAs(derived);
        for (int i = 0; i < derived.size(); i++) {
            // Written with six decimals: points the antimeridian cut added are rounded.
            assertThat(bundled.get(i).geometry().equalsExact(derived.get(i).geometry(), 1e-6)).as("line %d", i)
                    .isTrue();
        }
    }

    @Test
    void onlyAntarcticaSpansTheWorld() {
        // Russia and Fiji cross the antimeridian; uncut they were drawn as bands round the world at world zoom.
        for (int k = 0; k < 4; k++) {
            for (MapFeature f : layers.get(k).features()) {
                for (int p = 0; p < f.geometry().getNumGeometries(); p++) {
                    double width = f.geometry().getGeometryN(p).getEnvelopeInternal().getWidth();
                    if (width > 300) {
                        assertThat(f.geometry().getGeometryN(p).getEnvelopeInternal().getMaxY())
                                .as("%s part %d of %s is %.0f degrees wide", layers.get(k).name(), p,
                                        f.text("name"), width)
                                .isLessThan(-60);
                    }
                }
            }
        }
    }

    @Test
    void regionsAreLeftOutOfTheWorldMap() {
        assertThat(layers.get(1).style().drawnAtScale(110_000_000)).isFalse();
        assertThat(layers.get(2).style().drawnAtScale(110_000_000)).isFalse();
        assertThat(layers.get(2).style().drawnAtScale(4_500_000)).isTrue();
        assertThat(layers.get(3).style().drawnAtScale(110_000_000)).isTrue();
    }

    @Test
    void fiveLayersBottomFirst() {
        assertThat(layers).extracting(MapLayer::name).containsExactly("Countries", "Regions", "Region borders",
                "Country borders and coasts", "Places");
        assertThat(layers.get(0).features()).hasSizeGreaterThan(240);
    }

    @Test
    void sharedBordersAreDrawnOnceAndCountryBordersNotAsRegionBorders() {
        long ringSegments = layers.get(1).features().stream().mapToLong(f -> f.geometry().getNumPoints()).sum();
        long meshSegments = layers.get(2).features().stream().mapToLong(f -> f.geometry().getNumPoints() - 1)
                .sum();
        // Internal admin-1 borders only, each once: well under half of all ring segments.
        assertThat(meshSegments).isPositive().isLessThan(ringSegments / 2);
        // The Kursk-Sumy line is a country border: no region border line may run along it.
        org.locationtech.jts.geom.Geometry kursk = region("RU-KRS").geometry();
        org.locationtech.jts.geom.Geometry sumy = region("UA-59").geometry();
        org.locationtech.jts.geom.Geometry shared = kursk.intersection(sumy);
        assertThat(shared.getLength()).isGreaterThan(1.0);
        org.locationtech.jts.geom.Point mid = shared.getInteriorPoint();
        boolean regionLineThere = layers.get(2).features().stream()
                .anyMatch(f -> f.geometry().distance(mid) < 1e-9);
        assertThat(regionLineThere).isFalse();
        boolean countryLineThere = layers.get(3).features().stream()
                .anyMatch(f -> f.geometry().distance(mid) < 0.02);
        assertThat(countryLineThere).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin0.geojson.gz", "admin1.geojson.gz", "admin0-borders.geojson.gz",
        "admin1-borders.geojson.gz", "places.geojson.gz"})
    void bundledFilesAreValidSoTheAppMaySkipChecks(String file) throws Exception {
        try (InputStream in = BaseMap.class.getResourceAsStream("/org/sitmap/data/" + file)) {
            LoadResult r = new GeoJsonLoader().load(in, file, -1, null, null);
            assertThat(r.issues()).as("repairs needed in bundled %s", file).isEmpty();
        }
    }

    @Test
    void theatreRegionsAreThereWithTheirNames() {
        Map<String, String> expected = Map.of("RU-KRS", "Kursk", "RU-BEL", "Belgorod", "RU-BRY", "Bryansk",
                "UA-59", "Sumy", "UA-63", "Kharkiv", "UA-14", "Donetsk", "UA-23", "Zaporizhzhia",
                "UA-12", "Dnipropetrovsk");
        expected.forEach((iso, name) -> assertThat(region(iso).text("name")).contains(name));
    }

    @Test
    void sudzhaLiesInKurskOblastAndSumyInSumyOblast() {
        Point sudzha = (Point) place("Sudzha", 35.27, 51.19).geometry();
        assertThat(region("RU-KRS").geometry().contains(sudzha)).isTrue();
        Point sumy = (Point) place("Sumy", 34.8, 50.9).geometry();
        assertThat(region("UA-59").geometry().contains(sumy)).isTrue();
        Point pokrovsk = (Point) place("Pokrovsk", 37.18, 48.28).geometry();
        assertThat(region("UA-14").geometry().contains(pokrovsk)).isTrue();
    }

    @Test
    void crimeaIsDrawnInsideUkraine() {
        Map<String, MapFeature> byName = layers.get(0).features().stream()
                .collect(Collectors.toMap(f -> String.valueOf(f.text("name")), f -> f, (a, b) -> a));
        Point simferopol = (Point) place("Simferopol", 34.10, 44.95).geometry();
        assertThat(byName.get("Ukraine").geometry().contains(simferopol)).isTrue();
        assertThat(byName.get("Russia").geometry().contains(simferopol)).isFalse();
    }

    @Test
    void placesCarryPopulationForLabelPriority() {
        assertThat(place("Kharkiv", 36.25, 50.0).number("population", 0)).isGreaterThan(1_000_000);
        assertThat(place("Sudzha", 35.27, 51.19).number("population", 0)).isBetween(3_000.0, 10_000.0);
    }
}
