package org.sitmap.render;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map that keeps at most {@link #capacity()} entries, forgetting the least recently used first. A capacity of 0
 * keeps nothing: every {@link #get} computes afresh (what painters get outside a renderer's frame).
 *
 * <p>Entries are softly held: when memory runs short the collector may drop a whole cache.
 *
 * <p>Thread-safe. The value is computed outside the lock, so two threads asking for the same missing key at once
 * may both compute it; the values must be interchangeable (they are pure functions of the key).
 */
public final class BoundedCache<K, V> {
    private final int capacity;
    /**
     * The entries, softly held: a cache must never be why the application runs out of memory (a window's renderer
     * may keep tens of megabytes of sprites), so the collector may drop them all when memory runs short.
     */
    private SoftReference<Map<K, V>> entries = new SoftReference<>(null);

    public BoundedCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("A cache's capacity must be zero or more: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The entries, made afresh when there were none or the collector took them. Call holding the lock. */
    private Map<K, V> entries() {
        Map<K, V> map = entries.get();
        if (map == null) {
            map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
            entries = new SoftReference<>(map);
        }
        return map;
    }

    /** The value for {@code key}: the kept one, else {@code compute}'s, kept for next time. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (capacity == 0) {
            return compute.apply(key);
        }
        synchronized (this) {
            V kept = entries().get(key);
            if (kept != null) {
                return kept;
            }
        }
        V value = compute.apply(key);
        synchronized (this) {
            entries().put(key, value);
        }
        return value;
    }

    /** The kept value for {@code key}, or null. */
    public synchronized V peek(K key) {
        return entries().get(key);
    }

    /** Keeps {@code value} for {@code key} (nothing when the capacity is 0). */
    public synchronized void put(K key, V value) {
        entries().put(key, value);
    }

    public synchronized int size() {
        Map<K, V> map = entries.get();
        return map == null ? 0 : map.size();
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void clear() {
        entries = new SoftReference<>(null);
    }
}
