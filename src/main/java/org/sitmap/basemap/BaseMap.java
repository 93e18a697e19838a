package org.sitmap.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.AntimeridianCut;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.geo.LoadResult;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * The bundled offline base map: countries of the world, regions of the theatre and populated places, read from
 * the derived Natural Earth / GeoNames files packed inside the application (see {@code data/README.md}).
 *
 * <p>Thread-safe: {@link #load} builds new layers on each call and may run on any thread.
 */
public final class BaseMap {
    /** What every map and export must credit for the base data. */
    public static final String ATTRIBUTION = "Borders: Natural Earth (public domain). Places: GeoNames (CC BY 4.0)."
            + " Water: GSHHG/WDBII (LGPL).";

    /** The theatre of the worked example: Ukraine, western Russia and the neighbours, lon/lat degrees. */
    public static final Envelope THEATRE = new Envelope(23.0, 48.0, 44.3, 56.6);

    /**
     * The bundled files. The border lines are derived from the polygons at build time ({@link #deriveBorders}, run by
     * {@code data/build.sh}): deriving them at every start took more than a second.
     */
    static final String[] FILES = {"admin0.geojson.gz", "admin1.geojson.gz", "admin0-borders.geojson.gz",
        "admin1-borders.geojson.gz", "places.geojson.gz", "lakes.geojson.gz", "rivers.geojson.gz"};

    static final String RESOURCE_FOLDER = "/org/sitmap/data/";

    /** Ids of the base layers, which {@link BaseMapStyles#restyle} recognises. */
    public static final String COUNTRIES_ID = "base-admin0";
    public static final String REGIONS_ID = "base-admin1";
    public static final String REGION_BORDERS_ID = "base-admin1-borders";
    public static final String COUNTRY_BORDERS_ID = "base-admin0-borders";
    public static final String PLACES_ID = "base-places";
    public static final String LAKES_ID = "base-lakes";
    /** Rivers by WDBII rank: the great rivers (ranks 1-2), major rivers (3) and other rivers (4). */
    public static final String RIVERS_MAJOR_ID = "base-rivers-major";
    public static final String RIVERS_ID = "base-rivers";
    public static final String STREAMS_ID = "base-streams";
    /** How many layers {@link #load} returns (windows wait for them all). */
    public static final int LAYER_COUNT = 9;

    private BaseMap() {
    }

    /** A base layer and the store's index of it. */
    public record Indexed(MapLayer layer, FeatureIndex index) {
    }

    /**
     * The base layers, bottom first: countries, regions, lakes, rivers (widest first), region borders, country
     * borders, places, in the default style sheet's looks ({@link BaseMapStyles#restyle} draws them in another's).
     * Read from the indexed store ({@link BaseStores}) as they are used; the first call of a process opens the
     * store, building it first if there is none to trust.
     *
     * @param progress receives 0..1 while the store is opened or built, may be null
     * @throws IllegalStateException if the bundled data is missing or damaged (a broken installation)
     */
    public static List<MapLayer> load(DoubleConsumer progress, BooleanSupplier cancelled) {
        return open(progress, cancelled).stream().map(Indexed::layer).toList();
    }

    /** {@link #load} with the store's index of each layer, ready to draw. */
    public static List<Indexed> open(DoubleConsumer progress, BooleanSupplier cancelled) {
        List<Indexed> layers = layers(BaseStores.shared(progress, cancelled));
        if (progress != null) {
            progress.accept(1.0);
        }
        return layers;
    }

    /** {@link #open} if the store is built already, else empty: opening never builds one. */
    public static Optional<List<Indexed>> openIfBuilt() {
        return BaseStores.sharedIfBuilt().map(BaseMap::layers);
    }

    private static List<Indexed> layers(BaseStore store) {
        StyleSheet sheet = StyleSheets.standard();
        List<Indexed> layers = new ArrayList<>(LAYER_COUNT);
        for (int k = 0; k < LAYER_COUNT; k++) {
            String id = ORDER[k];
            MapLayer layer = new MapLayer(id, NAMES[k], store.features(id), BaseMapStyles.forBaseLayer(id, sheet),
                    "bundled " + SOURCES[k]);
            layers.add(new Indexed(layer, store.index(id)));
        }
        return layers;
    }

    private static final String[] ORDER = {COUNTRIES_ID, REGIONS_ID, LAKES_ID, RIVERS_MAJOR_ID, RIVERS_ID, STREAMS_ID,
        REGION_BORDERS_ID, COUNTRY_BORDERS_ID, PLACES_ID};
    private static final String[] NAMES = {"Countries", "Regions", "Lakes and reservoirs", "Great rivers",
        "Major rivers", "Other rivers", "Region borders", "Country borders and coasts", "Places"};
    private static final String[] SOURCES = {FILES[0], FILES[1], FILES[5], FILES[6], FILES[6], FILES[6], FILES[3],
        FILES[2], FILES[4]};

    /**
     * Reads the base layers from the bundled GeoJSON, all in memory, in {@link #load}'s order: what the store is
     * built from.
     *
     * @param progress receives 0..1 over the whole read, may be null
     * @throws IllegalStateException if the bundled data is missing or damaged (a broken installation)
     */
    public static List<MapLayer> readBundled(DoubleConsumer progress, BooleanSupplier cancelled) {
        // Rough share of the load time each file takes, so the progress bar moves evenly.
        double[] weights = {0.28, 0.20, 0.17, 0.08, 0.17, 0.05, 0.05};
        List<LoadResult> read = new ArrayList<>();
        double done = 0;
        for (int k = 0; k < FILES.length; k++) {
            double base = done;
            double weight = weights[k];
            DoubleConsumer part = progress == null ? null : p -> progress.accept(base + weight * p);
            read.add(read(FILES[k], part, cancelled));
            done += weight;
        }
        // Borders are drawn once each from line layers; the polygons only fill and carry the names.
        StyleSheet sheet = StyleSheets.standard();
        List<MapFeature> rivers = read.get(6).features();
        List<List<MapFeature>> features = List.of(read.get(0).features(), read.get(1).features(),
                read.get(5).features(), ranked(rivers, 1, 2), ranked(rivers, 3, 3), ranked(rivers, 4, 4),
                read.get(3).features(), read.get(2).features(), read.get(4).features());
        List<MapLayer> layers = new ArrayList<>(LAYER_COUNT);
        for (int k = 0; k < LAYER_COUNT; k++) {
            layers.add(layer(ORDER[k], NAMES[k], features.get(k), sheet, SOURCES[k]));
        }
        if (progress != null) {
            progress.accept(1.0);
        }
        return layers;
    }

    private static MapLayer layer(String id, String name, List<MapFeature> features, StyleSheet sheet, String file) {
        return new MapLayer(id, name, features, BaseMapStyles.forBaseLayer(id, sheet), "bundled " + file);
    }

    /** The rivers whose WDBII rank is {@code first} to {@code last}. */
    private static List<MapFeature> ranked(List<MapFeature> rivers, int first, int last) {
        return rivers.stream().filter(f -> f.number("rank", 0) >= first && f.number("rank", 0) <= last).toList();
    }

    /** The layer of {@code id} among {@code layers}. */
    public static MapLayer layer(List<MapLayer> layers, String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No base layer " + id));
    }

    /** Border lines of the base map, each shared border once: country borders and coasts, and region borders. */
    public record Borders(List<MapFeature> countries, List<MapFeature> regions) {
    }

    /**
     * Derives the border lines from the country and region polygons: every border and coast once (countries), and
     * the borders between regions of the same country (regions). {@code data/build.sh} writes them out as the
     * bundled {@code admin0-borders} and {@code admin1-borders} files.
     */
    public static Borders deriveBorders(List<MapFeature> countries, List<MapFeature> regions) {
        return new Borders(cut(BorderMesh.lines(countries, (a, b) -> true)),
                cut(BorderMesh.lines(regions, BorderMesh::sameCountry)));
    }

    /** Lines cut at the antimeridian, as the loader would cut them (Antarctica's coast hops across it). */
    private static List<MapFeature> cut(List<MapFeature> lines) {
        List<MapFeature> out = new ArrayList<>(lines.size());
        for (MapFeature f : lines) {
            Geometry g = AntimeridianCut.cut(f.geometry());
            out.add(g == f.geometry() ? f : new MapFeature(g, f.properties()));
        }
        return out;
    }

    private static LoadResult read(String file, DoubleConsumer progress, BooleanSupplier cancelled) {
        String resource = RESOURCE_FOLDER + file;
        try (InputStream in = BaseMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled base map file " + file
                        + " is missing from the application; reinstall Sitmap or rebuild it with data/build.sh");
            }
            // The build repaired these files (data/build.sh runs `sitmap prepare`); BaseMapTest keeps them honest.
            return new GeoJsonLoader().checkPolygons(false).load(in, file, -1, progress, cancelled);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled base map file " + file, e);
        } catch (GeoJsonException e) {
            throw new IllegalStateException("The bundled base map is damaged: " + e.getMessage(), e);
        }
    }
}
