package org.sitmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the user changed in a briefing's legend: entries renamed, hidden or moved. Each {@link Item} names an entry
 * by its key (the look it explains, see {@code LegendEntry.key()}); {@code order} lists keys in the order the user
 * put the entries in, and entries it does not name follow in their usual order. Immutable; every change returns a
 * new value.
 *
 * @param items the renamed or hidden entries; no key twice
 * @param order keys in the user's order, empty when the user never moved an entry; no key twice
 */
public record LegendEdits(List<Item> items, List<String> order) {
    /** No edits: the legend as generated. */
    public static final LegendEdits NONE = new LegendEdits(List.of(), List.of());

    /**
     * One edited entry.
     *
     * @param key    the entry's key
     * @param label  the user's wording, or null for the generated one
     * @param hidden left out of the legend
     */
    public record Item(String key, String label, boolean hidden) {
        public Item {
            Objects.requireNonNull(key, "key");
            label = label == null || label.isBlank() ? null : label.strip();
        }
    }

    public LegendEdits {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        order = List.copyOf(Objects.requireNonNull(order, "order"));
        if (items.stream().map(Item::key).distinct().count() != items.size()) {
            throw new IllegalArgumentException("A legend entry is edited twice: " + items);
        }
        if (order.stream().distinct().count() != order.size()) {
            throw new IllegalArgumentException("A legend entry is placed twice: " + order);
        }
    }

    /** The item of {@code key}, or null when that entry is unedited. */
    public Item item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
    }

    /** These edits with {@code key}'s entry worded {@code label} (blank: back to the generated wording). */
    public LegendEdits renamed(String key, String label) {
        Item old = item(key);
        return with(new Item(key, label, old != null && old.hidden()));
    }

    /** These edits with {@code key}'s entry hidden or shown. */
    public LegendEdits hidden(String key, boolean hide) {
        Item old = item(key);
        return with(new Item(key, old == null ? null : old.label(), hide));
    }

    /** These edits with the entries in the order of {@code keys} (entries not named follow). */
    public LegendEdits ordered(List<String> keys) {
        return new LegendEdits(items, keys);
    }

    private LegendEdits with(Item changed) {
        List<Item> out = new ArrayList<>(items);
        int at = out.indexOf(item(changed.key()));
        if (at < 0) {
            out.add(changed);
        } else {
            out.set(at, changed);
        }
        return new LegendEdits(out, order);
    }
}
