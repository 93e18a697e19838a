package org.sitmap.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.AntimeridianCut;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.geo.LoadResult;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.MapFeature;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapLayer;

/**
 * The bundled offline base map: countries of the world, regions of the theatre and populated places, read from
 * the derived Natural Earth / GeoNames files packed inside the application (see {@code data/README.md}).
 *
 * <p>Thread-safe: {@link #load} builds new layers on each call and may run on any thread.
 */
public final class BaseMap {
    /** What every map and export must credit for the base data. */
    public static final String ATTRIBUTION = "Borders: Natural Earth (public domain). Places: GeoNames (CC BY 4.0).";

    /** The theatre of the worked example: Ukraine, western Russia and the neighbours, lon/lat degrees. */
    public static final Envelope THEATRE = new Envelope(23.0, 48.0, 44.3, 56.6);

    /**
     * The bundled files. The border lines are derived from the polygons at build time ({@link #deriveBorders}, run by
     * {@code data/build.sh}): deriving them at every start took more than a second.
     */
    private static final String[] FILES = {"admin0.geojson.gz", "admin1.geojson.gz", "admin0-borders.geojson.gz",
        "admin1-borders.geojson.gz", "places.geojson.gz"};

    /** Land fill; coasts and borders are drawn over its edges by {@link #COUNTRY_BORDERS}. */
    public static final LayerStyle COUNTRIES = new LayerStyle(0xFFF3F0E7, 0x00000000, 0, null, 0, "name",
            LabelKind.COUNTRY, true);
    /**
     * Region (admin-1) names and borders are left out zoomed out beyond about 1:20,000,000, where a country is a
     * few hundred pixels wide and they would only clutter it (as on any atlas's world map).
     */
    public static final double REGIONS_MAX_SCALE = 20_000_000;
    public static final LayerStyle REGIONS = new LayerStyle(0x00000000, 0x00000000, 0, null, 0, "name",
            LabelKind.REGION).withMaxScale(REGIONS_MAX_SCALE);
    public static final LayerStyle COUNTRY_BORDERS = new LayerStyle(0x00000000, 0xFF6E665B, 0.85f, null, 0, null,
            LabelKind.NONE);
    public static final LayerStyle REGION_BORDERS = new LayerStyle(0x00000000, 0xFF9A9184, 0.5f,
            new float[] {2.5f, 1.6f}, 0, null, LabelKind.NONE).withMaxScale(REGIONS_MAX_SCALE);
    public static final LayerStyle PLACES = new LayerStyle(0x00000000, 0xFF26221E, 0.8f, null, 2f, "name",
            LabelKind.PLACE);

    private BaseMap() {
    }

    /**
     * Reads the base layers, bottom first: countries, regions, region borders, country borders, places.
     *
     * @param progress receives 0..1 over the whole load, may be null
     * @throws IllegalStateException if the bundled data is missing or damaged (a broken installation)
     */
    public static List<MapLayer> load(DoubleConsumer progress, BooleanSupplier cancelled) {
        // Rough share of the load time each file takes, so the progress bar moves evenly.
        double[] weights = {0.40, 0.18, 0.24, 0.12, 0.06};
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
        List<MapLayer> layers = List.of(
                new MapLayer("base-admin0", "Countries", read.get(0).features(), COUNTRIES, "bundled " + FILES[0]),
                new MapLayer("base-admin1", "Regions", read.get(1).features(), REGIONS, "bundled " + FILES[1]),
                new MapLayer("base-admin1-borders", "Region borders", read.get(3).features(), REGION_BORDERS,
                        "bundled " + FILES[3]),
                new MapLayer("base-admin0-borders", "Country borders and coasts", read.get(2).features(),
                        COUNTRY_BORDERS, "bundled " + FILES[2]),
                new MapLayer("base-places", "Places", read.get(4).features(), PLACES, "bundled " + FILES[4]));
        if (progress != null) {
            progress.accept(1.0);
        }
        return layers;
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
        String resource = "/org/sitmap/data/" + file;
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
