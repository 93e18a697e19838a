package org.sitmap.basemap;

import java.text.NumberFormat;
import java.util.ArrayList;
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
 * <p>Immutable and thread-safe once built; build it off the UI thread (about 10,000 names, some tens of ms).
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

    private record Entry(Place place, String[] keys, boolean inTheatre, long weight) {
    }

    private final List<Entry> entries;

    private PlaceIndex(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * An index of the base map's places (name, name_local, name_uk, name_ru, population, country) and admin-1 regions
     * (name, name_ru, name_uk).
     */
    public static PlaceIndex build(List<MapFeature> places, List<MapFeature> regions) {
        List<Entry> entries = new ArrayList<>(places.size() + regions.size());
        // String.format took a quarter of a millisecond a call here: ten thousand of them were seconds.
        NumberFormat people = NumberFormat.getIntegerInstance(Locale.ROOT);
        for (MapFeature f : places) {
            String name = f.text("name");
            if (name == null || f.geometry().isEmpty()) {
                continue;
            }
            long population = (long) f.number("population", 0);
            Coordinate at = f.geometry().getCoordinate();
            String country = f.text("country");
            String detail = "town" + (country == null ? "" : ", " + country)
                    + (population > 0 ? ", " + people.format(population) + " people" : "");
            Place p = new Place(name, detail, Kind.TOWN, at, new Envelope(at), population);
            // Found by any of its names: the local, Ukrainian and Russian ones the data carries too.
            entries.add(new Entry(p, keys(name, f.text("name_local"), f.text("name_uk"), f.text("name_ru")),
                    BaseMap.THEATRE.contains(at), population));
        }
        for (int i = 0; i < regions.size(); i++) {
            MapFeature f = regions.get(i);
            String name = f.text("name");
            // From the store only the bounds are read: decoding every region's outline took seconds.
            Envelope extent = regions instanceof StoredFeatures stored ? stored.lonLatEnvelope(i)
                    : f.geometry().getEnvelopeInternal();
            if (name == null || extent.isNull()) {
                continue;
            }
            // The centre of its bounds: only said in the status bar; an interior point costs seconds for them all.
            Coordinate at = extent.centre();
            String type = f.text("type_en") == null ? "region" : f.text("type_en").toLowerCase(Locale.ROOT);
            String detail = type + (f.text("admin") == null ? "" : " of " + f.text("admin"));
            Place p = new Place(name, detail, Kind.REGION, at, extent, 0);
            entries.add(new Entry(p, keys(name, f.text("name_ru"), f.text("name_uk")),
                    BaseMap.THEATRE.intersects(extent), REGION_WEIGHT));
        }
        return new PlaceIndex(List.copyOf(entries));
    }

    private static String[] keys(String... names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                keys.add(Transliteration.fold(n));
            }
        }
        return keys.toArray(String[]::new);
    }

    public int size() {
        return entries.size();
    }

    /** The best {@code limit} matches for what was typed, best first; none for a blank query. */
    public List<Place> search(String typed, int limit) {
        if (typed == null || typed.isBlank() || limit <= 0) {
            return List.of();
        }
        List<String> queries = Transliteration.keys(typed);
        record Hit(Entry entry, int match) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int best = Integer.MAX_VALUE;
            for (String key : e.keys()) {
                for (String q : queries) {
                    best = Math.min(best, match(key, q));
                }
            }
            if (best != Integer.MAX_VALUE) {
                hits.add(new Hit(e, best));
            }
        }
        hits.sort(Comparator.<Hit>comparingInt(h -> h.match())
                .thenComparing(h -> !h.entry().inTheatre())
                .thenComparing(h -> -h.entry().weight())
                .thenComparing(h -> h.entry().place().name()));
        return hits.stream().limit(limit).map(h -> h.entry().place()).toList();
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
