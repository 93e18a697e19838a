package org.sitmap.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;
import org.sitmap.store.OgrInfo;

/** The base-map store: what it holds against the bundled GeoJSON, what a view reads, and when it is rebuilt. */
class BaseStoreTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayerStyle STYLE = new LayerStyle(0, 0xFF000000, 1f, null, 0, null, LayerStyle.LabelKind.NONE);
    private static List<MapLayer> bundled;
    private static List<BaseMap.Indexed> stored;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        stored = BaseMap.open(null, () -> false);
        bundled = BaseMap.readBundled(null, () -> false);
    }

    @Test
    void storeHoldsEveryBundledFeatureWithItsPropertiesAndGeometry() {
        assertThat(stored).hasSameSizeAs(bundled);
        for (int k = 0; k < bundled.size(); k++) {
            assertThat(stored.get(k).layer().id()).isEqualTo(bundled.get(k).id());
            assertThat(stored.get(k).layer().features()).as(bundled.get(k).id())
                    .hasSameSizeAs(bundled.get(k).features());
        }
        MapLayer regions = BaseMap.layer(bundled, BaseMap.REGIONS_ID);
        List<MapFeature> storedRegions = BaseMap.layer(BaseMap.load(null, () -> false), BaseMap.REGIONS_ID).features();
        int sumy = -1;
        for (int i = 0; i < regions.features().size(); i++) {
            if ("UA-59".equals(regions.features().get(i).text("iso_3166_2"))) {
                sumy = i;
            }
        }
        assertThat(sumy).isNotNegative();
        MapFeature original = regions.features().get(sumy);
        MapFeature read = storedRegions.get(sumy);
        assertThat(read.properties()).isEqualTo(withoutNulls(original.properties()));
        // Stored projected: back in degrees it is the same outline to well under a metre.
        assertThat(read.geometry().getNumPoints()).isEqualTo(original.geometry().getNumPoints());
        assertThat(read.geometry().equalsExact(original.geometry(), 1e-7)).isTrue();
        MapFeature town = BaseMap.layer(BaseMap.load(null, () -> false), BaseMap.PLACES_ID).features().get(0);
        assertThat(town.properties()).isEqualTo(withoutNulls(BaseMap.layer(bundled, BaseMap.PLACES_ID).features()
                .get(0).properties()));
        assertThat(town.properties().get("population")).isInstanceOf(Long.class);
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> p) {
        Map<String, Object> out = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void rtreeQueryFindsExactlyTheFeaturesWhoseEnvelopeMeetsTheBox() {
        for (String id : List.of(BaseMap.REGIONS_ID, BaseMap.RIVERS_ID, BaseMap.PLACES_ID)) {
            LayerIndex memory = LayerIndex.build(BaseMap.layer(bundled, id).features(), WebMercator.INSTANCE);
            StoreLayerIndex store = index(id);
            for (Envelope lonLat : List.of(new Envelope(33, 36, 50, 52.5), new Envelope(-10, 40, 35, 60),
                    new Envelope(179, 180, -20, -15), new Envelope(10.123, 10.124, 50.55, 50.5501))) {
                Envelope box = WebMercator.INSTANCE.forward(lonLat);
                int[] expected = brute(memory, box);
                assertThat(store.queryRtree(box)).as(id + " " + lonLat).containsExactly(expected);
                assertThat(store.query(box)).as(id + " " + lonLat).containsExactly(expected);
            }
        }
    }

    private static int[] brute(LayerIndex index, Envelope box) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (index.geometry(i).getEnvelopeInternal().intersects(box)) {
                hits.add(i);
            }
        }
        return hits.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theatreViewReadsOnlyTheRowsInViewAtItsBand() throws Exception {
        Path file = BaseStores.shared(null, () -> false).file();
        try (BaseStore fresh = BaseStore.open(file, BaseStores.sourceKey())) {
            StoreLayerIndex regions = fresh.index(BaseMap.REGIONS_ID);
            Envelope theatre = WebMercator.INSTANCE.forward(BaseMap.THEATRE);
            double resolution = theatre.getWidth() / 1920;
            int[] hits = regions.query(theatre);
            var geometries = regions.geometries(hits, 0, hits.length, resolution);
            assertThat(fresh.rowsRead()).isEqualTo(hits.length).isLessThan(regions.size() / 10);
            // The band's copy: simplified as the in-memory index simplifies, far fewer vertices than full detail.
            LayerIndex memory = LayerIndex.build(BaseMap.layer(bundled, BaseMap.REGIONS_ID).features(),
                    WebMercator.INSTANCE);
            long drawn = 0;
            long full = 0;
            for (int k = 0; k < hits.length; k++) {
                assertThat(geometries[k].equalsExact(memory.geometry(hits[k], resolution), 1e-6)).isTrue();
                drawn += geometries[k].getNumPoints();
                full += memory.geometry(hits[k]).getNumPoints();
            }
            assertThat(drawn).isLessThan(full / 2);
            // A second frame of the same view reads nothing: the decoded geometry is cached.
            regions.geometries(hits, 0, hits.length, resolution);
            assertThat(fresh.rowsRead()).isEqualTo(hits.length);
        }
    }

    @Test
    void aTheatreFrameReadsOnlyRowsOfFeaturesInView() throws Exception {
        Path file = BaseStores.shared(null, () -> false).file();
        try (BaseStore fresh = BaseStore.open(file, BaseStores.sourceKey())) {
            List<org.sitmap.render.RenderLayer> layers = new ArrayList<>();
            long total = 0;
            for (BaseMap.Indexed b : stored) {
                String id = b.layer().id();
                layers.add(new org.sitmap.render.RenderLayer(new MapLayer(id, b.layer().name(), fresh.features(id),
                        b.layer().style(), "test"), fresh.index(id)));
                total += fresh.index(id).size();
            }
            org.sitmap.render.Viewport theatre = org.sitmap.render.Viewport.fitting(WebMercator.INSTANCE,
                    WebMercator.INSTANCE.forward(BaseMap.THEATRE), 1920, 1080);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1920, 1080,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
            org.sitmap.render.MapRenderer.forScreen().paint(image, theatre, layers,
                    org.sitmap.render.RenderOptions.screen(), () -> false);
            // Every row read is of a feature whose envelope meets the frame (with its margin); towns cost none.
            Envelope margin = theatre.worldEnvelope();
            margin.expandBy(8 * theatre.resolution());
            long inView = 0;
            for (BaseMap.Indexed b : stored) {
                if (!b.layer().id().equals(BaseMap.PLACES_ID)) {
                    inView += fresh.index(b.layer().id()).query(margin).length;
                }
            }
            assertThat(fresh.rowsRead()).isPositive().isLessThanOrEqualTo(inView).isLessThan(total / 20);
            // Drawn: land, not an empty sea.
            int land = 0;
            for (int x = 0; x < 1920; x += 40) {
                for (int y = 0; y < 1080; y += 40) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xFF) > ((rgb) & 0xFF)) {
                        land++;
                    }
                }
            }
            assertThat(land).isGreaterThan(500);
        }
    }

    private static StoreLayerIndex index(String id) {
        return (StoreLayerIndex) stored.stream().filter(b -> b.layer().id().equals(id)).findFirst().orElseThrow()
                .index();
    }

    // ---- small stores, built in the test ----------------------------------------------------------------------

    private static List<MapLayer> tiny() {
        List<MapFeature> areas = List.of(
                new MapFeature(GF.createPolygon(ring(30, 50, 2)), Map.of("name", "West", "pop", 5L, "ok", true)),
                new MapFeature(GF.createPolygon(ring(34, 50, 1)), Map.of("name", "East", "pop", 2.5)));
        List<MapFeature> points = List.of(new MapFeature(GF.createPoint(new Coordinate(31, 51)),
                Map.of("name", "Town", "fid", "x")));
        return List.of(new MapLayer("base-admin1", "Regions", areas, STYLE, "test"),
                new MapLayer("base-places", "Places", points, STYLE, "test"));
    }

    private static Coordinate[] ring(double lon, double lat, double size) {
        return new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + size, lat),
            new Coordinate(lon + size, lat + size), new Coordinate(lon, lat + size), new Coordinate(lon, lat)};
    }

    private BaseStore openOrBuild(Path file, String key, int[] builds) {
        return BaseStores.openOrBuild(List.of(file), file, key, p -> {
            builds[0]++;
            return tiny();
        }, null, () -> false);
    }

    @Test
    void damagedOrStaleStoreIsRebuiltNotTrusted() throws Exception {
        Path file = dir.resolve("base.gpkg");
        int[] builds = {0};
        try (BaseStore s = openOrBuild(file, "key-1", builds)) {
            assertThat(s.features("base-admin1").get(0).text("name")).isEqualTo("West");
        }
        try (BaseStore s = openOrBuild(file, "key-1", builds)) {
            assertThat(builds[0]).as("a good store is opened as it is").isEqualTo(1);
        }
        try (BaseStore s = openOrBuild(file, "key-2", builds)) {
            assertThat(builds[0]).as("made from other sources").isEqualTo(2);
        }
        // Cut short: the last pages (and the feature rows in them) are gone.
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> BaseStore.open(file, "key-2")).isInstanceOf(BaseStore.UnusableStoreException.class);
        try (BaseStore s = openOrBuild(file, "key-2", builds)) {
            assertThat(builds[0]).isEqualTo(3);
            assertThat(s.index("base-admin1").queryRtree(new Envelope(-1e9, 1e9, -1e9, 1e9))).containsExactly(0, 1);
        }
        Files.writeString(file, "not a database at all");
        assertThatThrownBy(() -> BaseStore.open(file, "key-2")).isInstanceOf(BaseStore.UnusableStoreException.class)
                .hasMessageContaining(file.toString());
        try (BaseStore s = openOrBuild(file, "key-2", builds)) {
            assertThat(builds[0]).isEqualTo(4);
            MapFeature town = s.features("base-places").get(0);
            assertThat(town.properties()).isEqualTo(Map.of("name", "Town", "fid", "x"));
            assertThat(town.geometry().getCoordinate().distance(new Coordinate(31, 51))).isLessThan(1e-9);
            // A property holding whole and fractional numbers is a REAL column: its whole numbers read as doubles.
            assertThat(s.features("base-admin1").get(0).properties()).isEqualTo(Map.of("name", "West", "pop", 5.0,
                    "ok", true));
            assertThat(s.features("base-admin1").get(1).properties()).isEqualTo(Map.of("name", "East", "pop", 2.5));
        }
    }

    @Test
    void gdalOpensTheStoreAsAGeoPackage() throws Exception {
        Path ogrinfo = OgrInfo.find();
        assumeTrue(ogrinfo != null, "ogrinfo (gdal-bin) is not installed");
        Path file = dir.resolve("base.gpkg");
        openOrBuild(file, "key", new int[1]).close();
        String out = OgrInfo.run(ogrinfo, "-ro", "-so", file.toString(), "admin1");
        assertThat(out).doesNotContain("ERROR").doesNotContain("Warning");
        assertThat(out).contains("Layer name: admin1", "Feature Count: 2", "name: String", "pop: Real",
                "ok: Integer(Boolean)", "EPSG\",3857");
        String all = OgrInfo.run(ogrinfo, "-ro", file.toString());
        assertThat(all).contains(": admin1\n", ": admin1_b4\n", ": admin1_b13\n", ": places\n")
                .doesNotContain("admin1_b3");
        String features = OgrInfo.run(ogrinfo, "-ro", "-spat", "3300000", "6400000", "3400000", "6500000", file.toString(),
                "admin1");
        assertThat(features).contains("name (String) = West").doesNotContain("East").doesNotContain("ERROR");
    }
}
