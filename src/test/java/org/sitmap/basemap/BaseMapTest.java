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

    private static MapLayer layer(String id) {
        return BaseMap.layer(layers, id);
    }

    private static MapFeature region(String iso) {
        return layer(BaseMap.REGIONS_ID).features().stream().filter(f -> iso.equals(f.text("iso_3166_2"))).findFirst()
                .orElseThrow(() -> new AssertionError("no region " + iso));
    }

    private static MapFeature place(String name, double lon, double lat) {
        return layer(BaseMap.PLACES_ID).features().stream().filter(f -> name.equals(f.text("name")))
                .filter(f -> f.geometry().getCoordinate().distance(new Coordinate(lon, lat)) < 0.1).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " near " + lat + "N " + lon + "E"));
    }

    @Test
    void bundledBorderLinesAreTheMeshOfTheBundledPolygons() {
        // data/build.sh writes them with prepare-borders; a stale or hand-edited file would draw wrong borders.
        // The bundled files themselves: the store keeps them projected and cut at the antimeridian.
        List<MapLayer> files = BaseMap.readBundled(null, () -> false);
        BaseMap.Borders derived = BaseMap.deriveBorders(BaseMap.layer(files, BaseMap.COUNTRIES_ID).features(),
                BaseMap.layer(files, BaseMap.REGIONS_ID).features());
        assertSameLines(BaseMap.layer(files, BaseMap.COUNTRY_BORDERS_ID).features(), derived.countries());
        assertSameLines(BaseMap.layer(files, BaseMap.REGION_BORDERS_ID).features(), derived.regions());
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
        for (MapLayer l : layers) {
            for (MapFeature f : l.features()) {
                for (int p = 0; p < f.geometry().getNumGeometries(); p++) {
                    double width = f.geometry().getGeometryN(p).getEnvelopeInternal().getWidth();
                    if (width > 300) {
                        assertThat(f.geometry().getGeometryN(p).getEnvelopeInternal().getMaxY())
                                .as("%s part %d of %s is %.0f degrees wide", l.name(), p,
                                        f.text("name"), width)
                                .isLessThan(-60);
                    }
                }
            }
        }
    }

    @Test
    void regionsAreLeftOutOfTheWorldMap() {
        assertThat(layer(BaseMap.REGIONS_ID).style().drawnAtScale(110_000_000)).isFalse();
        assertThat(layer(BaseMap.REGION_BORDERS_ID).style().drawnAtScale(110_000_000)).isFalse();
        assertThat(layer(BaseMap.REGION_BORDERS_ID).style().drawnAtScale(4_500_000)).isTrue();
        assertThat(layer(BaseMap.COUNTRY_BORDERS_ID).style().drawnAtScale(110_000_000)).isTrue();
    }

    @Test
    void onlyTheGreatRiversAreDrawnOnTheWorldMapAndAllAtTheatreScale() {
        assertThat(layer(BaseMap.RIVERS_MAJOR_ID).style().drawnAtScale(110_000_000)).isTrue();
        assertThat(layer(BaseMap.RIVERS_ID).style().drawnAtScale(110_000_000)).isFalse();
        assertThat(layer(BaseMap.STREAMS_ID).style().drawnAtScale(110_000_000)).isFalse();
        // The theatre fills a 1280-pixel window at about 1:6,000,000.
        assertThat(layer(BaseMap.RIVERS_ID).style().drawnAtScale(6_000_000)).isTrue();
        assertThat(layer(BaseMap.STREAMS_ID).style().drawnAtScale(6_000_000)).isTrue();
        // The great rivers are drawn wider than the rest.
        assertThat(layer(BaseMap.RIVERS_MAJOR_ID).style().strokeWidth())
                .isGreaterThan(layer(BaseMap.RIVERS_ID).style().strokeWidth());
        assertThat(layer(BaseMap.RIVERS_ID).style().strokeWidth())
                .isGreaterThan(layer(BaseMap.STREAMS_ID).style().strokeWidth());
    }

    @Test
    void layersBottomFirstWaterUnderTheBorders() {
        assertThat(layers).extracting(MapLayer::name).containsExactly("Countries", "Regions",
                "Lakes and reservoirs", "Great rivers", "Major rivers", "Other rivers", "Region borders",
                "Country borders and coasts", "Places");
        assertThat(layer(BaseMap.COUNTRIES_ID).features()).hasSizeGreaterThan(240);
    }

    @Test
    void regionsAndTownsCoverTheWholeWorld() {
        Map<String, String> expected = Map.of("SD-KH", "Khartoum", "SD-DN", "North Darfur", "US-TX", "Texas",
                "BR-AM", "Amazonas", "MM-07", "Ayeyarwady");
        expected.forEach((iso, name) -> assertThat(region(iso).text("name")).contains(name));
        Point fasher = (Point) place("El Fasher", 25.35, 13.63).geometry();
        assertThat(region("SD-DN").geometry().contains(fasher)).isTrue();
        // A small town far from the theatre: every place of 1,000 people or more is there.
        assertThat(place("Sudzha", 35.27, 51.19)).isNotNull();
        assertThat(layer(BaseMap.PLACES_ID).features().stream()
                .filter(f -> f.geometry().getCoordinate().x < -30 && f.number("population", 0) < 5_000).count())
                .isGreaterThan(10_000);
    }

    @Test
    void sharedBordersAreDrawnOnceAndCountryBordersNotAsRegionBorders() {
        long ringSegments = layer(BaseMap.REGIONS_ID).features().stream().mapToLong(f -> f.geometry().getNumPoints()).sum();
        long meshSegments = layer(BaseMap.REGION_BORDERS_ID).features().stream().mapToLong(f -> f.geometry().getNumPoints() - 1)
                .sum();
        // Internal admin-1 borders only, each once: well under half of all ring segments.
        assertThat(meshSegments).isPositive().isLessThan(ringSegments / 2);
        // The Kursk-Sumy line is a country border: no region border line may run along it.
        org.locationtech.jts.geom.Geometry kursk = region("RU-KRS").geometry();
        org.locationtech.jts.geom.Geometry sumy = region("UA-59").geometry();
        org.locationtech.jts.geom.Geometry shared = kursk.intersection(sumy);
        assertThat(shared.getLength()).isGreaterThan(1.0);
        org.locationtech.jts.geom.Point mid = shared.getInteriorPoint();
        boolean regionLineThere = layer(BaseMap.REGION_BORDERS_ID).features().stream()
                .anyMatch(f -> f.geometry().distance(mid) < 1e-9);
        assertThat(regionLineThere).isFalse();
        boolean countryLineThere = layer(BaseMap.COUNTRY_BORDERS_ID).features().stream()
                .anyMatch(f -> f.geometry().distance(mid) < 0.02);
        assertThat(countryLineThere).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin0.geojson.gz", "admin1.geojson.gz", "admin0-borders.geojson.gz",
        "admin1-borders.geojson.gz", "places.geojson.gz", "lakes.geojson.gz", "rivers.geojson.gz"})
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
        Map<String, MapFeature> byName = layer(BaseMap.COUNTRIES_ID).features().stream()
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
