package org.sitmap.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map that keeps at most {@link #capacity()} entries, forgetting the least recently used first. A capacity of 0
 * keeps nothing: every {@link #get} computes afresh (what painters get outside a renderer's frame).
 *
 * <p>Thread-safe. The value is computed outside the lock, so two threads asking for the same missing key at once
 * may both compute it; the values must be interchangeable (they are pure functions of the key).
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("A cache's capacity must be zero or more: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for {@code key}: the kept one, else {@code compute}'s, kept for next time. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (capacity == 0) {
            return compute.apply(key);
        }
        synchronized (entries) {
            V kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    /** The kept value for {@code key}, or null. */
    public V peek(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps {@code value} for {@code key} (nothing when the capacity is 0). */
    public void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public int capacity() {
        return capacity;
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
