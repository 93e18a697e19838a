package org.sitmap.render;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.model.MapFeature;
import org.sitmap.model.PlaceNames;

/**
 * A place layer's label facts in flat arrays, projected and sorted most important first, built once per layer.
 *
 * <p>Why: choosing which towns to label scanned every place in view through its attribute map (three hash
 * lookups each, about 5,000 places on a theatre frame) and then sorted them, every frame; that was most of the
 * label time. With the facts in arrays in priority order a frame reads a few thousand doubles.
 *
 * <p>Thread-safe: immutable once built; {@link #of} may be called from any render thread. Kept in the frame's
 * {@link RenderCaches}.
 */
final class PlaceList {
    final String labelKey;
    final double[] x;
    final double[] y;
    final double[] population;
    final boolean[] capital;
    final String[] text;
    /** Where the capitals are in the list, in order. */
    final int[] capitals;

    private PlaceList(String labelKey, double[] x, double[] y, double[] population, boolean[] capital,
            String[] text) {
        this.labelKey = labelKey;
        this.x = x;
        this.y = y;
        this.population = population;
        this.capital = capital;
        this.text = text;
        int count = 0;
        for (boolean c : capital) {
            count += c ? 1 : 0;
        }
        this.capitals = new int[count];
        for (int k = 0, j = 0; k < capital.length; k++) {
            if (capital[k]) {
                capitals[j++] = k;
            }
        }
    }

    int size() {
        return text.length;
    }

    /** A place's priority, by which the list is sorted (highest first): its population, four times a capital's. */
    double priority(int k) {
        return population[k] * (capital[k] ? 4 : 1);
    }

    /**
     * How many places lead the list with a priority of at least {@code p}: a frame that labels no town under a
     * population reads only those (and the capitals) instead of all 112,000 places of the world.
     */
    int leadingAtLeast(double p) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (priority(mid) >= p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The place list of a layer labelled by {@code labelKey}, its places named in {@code names}, from the frame's
     * caches or built now.
     */
    static PlaceList of(FeatureIndex index, List<MapFeature> features, String labelKey, PlaceNames names) {
        return (PlaceList) RenderCaches.current().places.get(new Key(index, labelKey, names),
                k -> build(index, features, labelKey, names));
    }

    /**
     * A layer (by identity: its index is built once per layer), the attribute its places are named by and the
     * language.
     */
    private record Key(FeatureIndex index, String labelKey, PlaceNames names) {
    }

    private static PlaceList build(FeatureIndex index, List<MapFeature> features, String labelKey,
            PlaceNames names) {
        record Place(double x, double y, double population, boolean capital, String text, double priority) {
        }
        Place[] places = new Place[features.size()];
        int n = 0;
        for (int i = 0; i < features.size(); i++) {
            MapFeature f = features.get(i);
            String text = Fonts.placeName(names, f, labelKey, false);
            if (text == null || text.isBlank()) {
                continue;
            }
            double pop = f.number("population", 0);
            boolean capital = "PPLC".equals(f.text("feature_code"));
            Coordinate c = index.geometry(i).getCoordinate();
            if (c == null) {
                continue;
            }
            places[n++] = new Place(c.x, c.y, pop, capital, text, pop * (capital ? 4 : 1));
        }
        Place[] sorted = Arrays.copyOf(places, n);
        // Stable, so equal priorities keep the layer's order and frames never flicker between two towns.
        Arrays.sort(sorted, Comparator.comparingDouble(Place::priority).reversed());
        double[] x = new double[n];
        double[] y = new double[n];
        double[] population = new double[n];
        boolean[] capital = new boolean[n];
        String[] text = new String[n];
        for (int k = 0; k < n; k++) {
            x[k] = sorted[k].x();
            y[k] = sorted[k].y();
            population[k] = sorted[k].population();
            capital[k] = sorted[k].capital();
            text[k] = sorted[k].text();
        }
        return new PlaceList(labelKey, x, y, population, capital, text);
    }
}
