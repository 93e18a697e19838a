package org.sitmap.basemap;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.MapFeature;

/**
 * Finds towns and regions of the base map by name as the analyst types, offline: names are matched folded (no
 * case, accents or apostrophes) and Cyrillic queries also by their GeoNames Latin spellings
 * ({@link Transliteration}), so "Суджа" finds Sudzha although GeoNames has no Cyrillic name for it, and regions by
 * their Russian and Ukrainian names too. Names that start with the query come first, then names with a word that
 * starts with it, then names that contain it; within each, places in the theatre before the rest of the world, then
 * by population (a region counts as a town of {@link #REGION_WEIGHT}, so big cities come before their oblast and the
 * oblast before small towns).
 *
 * <pre>{@code
 * PlaceIndex index = PlaceIndex.build(placesLayer.features(), regionsLayer.features());
 * PlaceIndex.Place first = index.search("Курск", 10).get(0);   // Kursk, the town
 * }</pre>
 *
 * <p>Immutable and thread-safe once built (as the feature lists it keeps are); build it off the UI thread.
 */
public final class PlaceIndex {
    /** How much a region weighs against a town's population in the ranking. */
    static final long REGION_WEIGHT = 100_000;

    /** What was found: a town (a point) or a region (an area). */
    public enum Kind { TOWN, REGION }

    /**
     * A place found.
     *
     * @param name   the name to show (the base map's Latin name)
     * @param detail what it is and where, for the list ("town, RU, 6,940 people", "region of Russia")
     * @param at     lon/lat of the town, or the centre of the region's bounds
     * @param extent lon/lat extent: the town's point, or the region's bounds
     */
    public record Place(String name, String detail, Kind kind, Coordinate at, Envelope extent, long population) {
        @Override
        public String toString() {
            return name + " — " + detail;
        }
    }

    /** The separator of an entry's folded names in its one key string; folding leaves no control characters. */
    private static final char SEPARATOR = '\n';

    /*
     * One entry per place, in columns: 117,000 towns as objects (a record, its coordinate, envelope, detail text
     * and an array of keys each) took some 40 MB of the window's heap; a place is made only when it is found.
     * Entry e is place feature[e] when e < towns, else region feature[e].
     */
    private final List<MapFeature> places;
    private final List<MapFeature> regions;
    private final int towns;
    private final int[] feature;
    private final String[] keys;
    private final int[] weight;
    private final boolean[] inTheatre;

    private PlaceIndex(List<MapFeature> places, List<MapFeature> regions, int towns, int[] feature, String[] keys,
            int[] weight, boolean[] inTheatre) {
        this.places = places;
        this.regions = regions;
        this.towns = towns;
        this.feature = feature;
        this.keys = keys;
        this.weight = weight;
        this.inTheatre = inTheatre;
    }

    /**
     * An index of the base map's places (name, name_local, name_uk, name_ru, population, country) and admin-1 regions
     * (name, name_ru, name_uk). Keeps the two lists, to make the places found.
     */
    public static PlaceIndex build(List<MapFeature> places, List<MapFeature> regions) {
        int capacity = places.size() + regions.size();
        int[] feature = new int[capacity];
        String[] keys = new String[capacity];
        int[] weight = new int[capacity];
        boolean[] inTheatre = new boolean[capacity];
        int n = 0;
        for (int i = 0; i < places.size(); i++) {
            MapFeature f = places.get(i);
            String name = f.text("name");
            if (name == null || f.geometry().isEmpty()) {
                continue;
            }
            feature[n] = i;
            // Found by any of its names: the local, Ukrainian and Russian ones the data carries too.
            keys[n] = keys(name, f.text("name_local"), f.text("name_uk"), f.text("name_ru"));
            weight[n] = (int) Math.min(Integer.MAX_VALUE, (long) f.number("population", 0));
            inTheatre[n++] = BaseMap.THEATRE.contains(f.geometry().getCoordinate());
        }
        int towns = n;
        for (int i = 0; i < regions.size(); i++) {
            MapFeature f = regions.get(i);
            String name = f.text("name");
            Envelope extent = extent(regions, i);
            if (name == null || extent.isNull()) {
                continue;
            }
            feature[n] = i;
            keys[n] = keys(name, f.text("name_ru"), f.text("name_uk"));
            weight[n] = (int) REGION_WEIGHT;
            inTheatre[n++] = BaseMap.THEATRE.intersects(extent);
        }
        return new PlaceIndex(places, regions, towns, Arrays.copyOf(feature, n), Arrays.copyOf(keys, n),
                Arrays.copyOf(weight, n), Arrays.copyOf(inTheatre, n));
    }

    /** A region's lon/lat bounds; from the store only the bounds are read (decoding every outline took seconds). */
    private static Envelope extent(List<MapFeature> regions, int i) {
        return regions instanceof StoredFeatures stored ? stored.lonLatEnvelope(i)
                : regions.get(i).geometry().getEnvelopeInternal();
    }

    private static String keys(String... names) {
        Set<String> folded = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                folded.add(Transliteration.fold(n));
            }
        }
        return String.join(String.valueOf(SEPARATOR), folded);
    }

    public int size() {
        return keys.length;
    }

    /** The best {@code limit} matches for what was typed, best first; none for a blank query. */
    public List<Place> search(String typed, int limit) {
        if (typed == null || typed.isBlank() || limit <= 0) {
            return List.of();
        }
        List<String> queries = Transliteration.keys(typed);
        record Hit(int entry, int match) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int e = 0; e < keys.length; e++) {
            int best = bestMatch(keys[e], queries);
            if (best != Integer.MAX_VALUE) {
                hits.add(new Hit(e, best));
            }
        }
        // Ties go by the first (English) name as folded: the order of the names shown.
        hits.sort(Comparator.<Hit>comparingInt(h -> h.match())
                .thenComparing(h -> !inTheatre[h.entry()])
                .thenComparing(h -> -weight[h.entry()])
                .thenComparing(h -> firstKey(h.entry())));
        return hits.stream().limit(limit).map(h -> place(h.entry())).toList();
    }

    private static int bestMatch(String joined, List<String> queries) {
        int best = Integer.MAX_VALUE;
        int from = 0;
        while (from <= joined.length()) {
            int to = joined.indexOf(SEPARATOR, from);
            String key = joined.substring(from, to < 0 ? joined.length() : to);
            for (String q : queries) {
                best = Math.min(best, match(key, q));
            }
            if (to < 0) {
                break;
            }
            from = to + 1;
        }
        return best;
    }

    private String firstKey(int e) {
        int to = keys[e].indexOf(SEPARATOR);
        return to < 0 ? keys[e] : keys[e].substring(0, to);
    }

    private Place place(int e) {
        if (e < towns) {
            MapFeature f = places.get(feature[e]);
            long population = (long) f.number("population", 0);
            Coordinate at = f.geometry().getCoordinate();
            String country = f.text("country");
            // String.format took a quarter of a millisecond a call: fine for ten places, not for all.
            String detail = "town" + (country == null ? "" : ", " + country)
                    + (population > 0 ? ", " + NumberFormat.getIntegerInstance(Locale.ROOT).format(population)
                    + " people" : "");
            return new Place(f.text("name"), detail, Kind.TOWN, at, new Envelope(at), population);
        }
        MapFeature f = regions.get(feature[e]);
        Envelope extent = extent(regions, feature[e]);
        String type = f.text("type_en") == null ? "region" : f.text("type_en").toLowerCase(Locale.ROOT);
        String detail = type + (f.text("admin") == null ? "" : " of " + f.text("admin"));
        // The centre of its bounds: only said in the status bar; an interior point costs seconds for them all.
        return new Place(f.text("name"), detail, Kind.REGION, extent.centre(), extent, 0);
    }

    /** 0: the name starts with the query; 1: one of its words does; 2: it contains it; MAX_VALUE: no match. */
    private static int match(String key, String query) {
        if (key.startsWith(query)) {
            return 0;
        }
        int at = key.indexOf(query);
        if (at < 0) {
            return Integer.MAX_VALUE;
        }
        if (key.contains(" " + query)) {
            return 1;
        }
        return query.length() >= 3 ? 2 : Integer.MAX_VALUE;
    }
}
