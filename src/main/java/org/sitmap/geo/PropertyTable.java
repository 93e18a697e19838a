package org.sitmap.geo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The properties of a file's features, each feature's as a compact map whose names are shared with the features
 * before it that have the same names in the same order, as nearly every feature of a collection does. A Natural
 * Earth region has some 80 properties: a {@link LinkedHashMap} each cost about 4 KB of entries and tables per
 * feature, all fresh memory, where the values alone take a few hundred bytes.
 *
 * <p>Not thread-safe while reading a file; the maps it makes are immutable and may be read from any thread.
 */
final class PropertyTable {
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private Names last;

    /** Starts a feature's properties. */
    void begin() {
        names.clear();
        values.clear();
    }

    /** Adds a property; a repeated name keeps its first place and takes the last value, as a JSON reader does. */
    void put(String name, Object value) {
        names.add(name);
        values.add(value);
    }

    /** {@code base} (made here, or null) with {@code name} added after the rest, or set where it was. */
    Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        begin();
        if (base != null) {
            base.forEach(this::put);
        }
        put(name, value);
        return build();
    }

    /** The properties added since {@link #begin()}, as an insertion-ordered, unmodifiable map. */
    Map<String, Object> build() {
        int n = names.size();
        Names shared = last;
        if (shared == null || !shared.matches(names)) {
            shared = Names.of(names);
            if (shared == null) {
                // Repeated names: the ordinary map sorts them out.
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(names.get(i), values.get(i));
                }
                return map;
            }
            last = shared;
        }
        return new CompactMap(shared, values.toArray());
    }

    /** One order of property names and where each is. */
    private static final class Names {
        final String[] keys;
        final Map<String, Integer> index;

        private Names(String[] keys, Map<String, Integer> index) {
            this.keys = keys;
            this.index = index;
        }

        /** The names in this order, or null if one repeats. */
        static Names of(List<String> names) {
            String[] keys = names.toArray(String[]::new);
            Map<String, Integer> index = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                if (index.put(keys[i], i) != null) {
                    return null;
                }
            }
            return new Names(keys, index);
        }

        boolean matches(List<String> names) {
            if (names.size() != keys.length) {
                return false;
            }
            for (int i = 0; i < keys.length; i++) {
                String a = keys[i];
                String b = names.get(i);
                // The JSON parser hands out one String per distinct name, so identity nearly always decides.
                if (a != b && !a.equals(b)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** An immutable map over shared names and its own values, in the names' order; null values allowed. */
    private static final class CompactMap extends AbstractMap<String, Object> {
        private final Names names;
        private final Object[] values;

        CompactMap(Names names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return names.index.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            Integer i = names.index.get(key);
            return i == null ? null : values[i];
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return values.length;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < values.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= values.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(names.keys[i], values[i]);
                        }
                    };
                }
            };
        }

    }
}
