package org.sitmap.geo;

/**
 * Sorts items (ints: indexes of segments, edges, features) by a double key each, in place, the two arrays moved
 * together; no boxing. Sweeps over geometry order their segments this way ({@link PolygonScreen}, the renderer's
 * hatching).
 *
 * <p>Stateless, thread-safe.
 */
public final class IndexSort {
    private IndexSort() {
    }

    /**
     * Sorts {@code items[from..to-1]} by {@code keys[from..to-1]}, ascending, moving each key with its item (a
     * quicksort; ties in any order).
     */
    public static void byKey(int[] items, double[] keys, int from, int to) {
        if (from < 0 || to > items.length || to > keys.length || from > to) {
            throw new IllegalArgumentException("Range " + from + ".." + to + " outside the arrays");
        }
        sort(items, keys, from, to - 1);
    }

    private static void sort(int[] items, double[] keys, int lo, int hi) {
        while (hi - lo > 16) {
            double pivot = median(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(items, keys, i++, j--);
                }
            }
            // Recurse into the smaller side, loop on the larger: the stack stays shallow on any input.
            if (j - lo < hi - i) {
                sort(items, keys, lo, j);
                lo = i;
            } else {
                sort(items, keys, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && keys[j - 1] > keys[j]; j--) {
                swap(items, keys, j - 1, j);
            }
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(int[] items, double[] keys, int i, int j) {
        double k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        int o = items[i];
        items[i] = items[j];
        items[j] = o;
    }
}
