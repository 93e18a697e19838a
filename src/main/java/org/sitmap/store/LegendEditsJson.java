package org.sitmap.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.model.LegendEdits;

/**
 * The {@code legend} value of {@code sitmap_briefing}: the user's legend edits as JSON, e.g.
 * {@code {"entries":[{"key":"zone/ukraine/claimed//dashed","label":"Kyiv's claim","hidden":false}],
 * "order":["zone/ukraine/claimed//dashed", ...]}}: renamed or hidden entries, and the user's order of entries.
 * Thread-safe.
 */
final class LegendEditsJson {
    static final String KEY = "legend";

    private LegendEditsJson() {
    }

    /** The JSON of {@code edits}, or null when there are none (the key is then left out of the file). */
    static String write(LegendEdits edits) {
        if (edits.items().isEmpty() && edits.order().isEmpty()) {
            return null;
        }
        List<Object> entries = new ArrayList<>();
        for (LegendEdits.Item i : edits.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", i.key());
            if (i.label() != null) {
                m.put("label", i.label());
            }
            m.put("hidden", i.hidden());
            entries.add(m);
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("entries", entries);
        all.put("order", new ArrayList<Object>(edits.order()));
        return JsonAttributes.write(all);
    }

    /**
     * The edits {@code json} holds; none for null. A hand-edited value that cannot be read leaves the legend as
     * generated rather than making the briefing unreadable.
     */
    static LegendEdits read(String json) {
        if (json == null || json.isBlank()) {
            return LegendEdits.NONE;
        }
        try {
            List<LegendEdits.Item> items = new ArrayList<>();
            Map<String, Object> all = JsonAttributes.read(json);
            if (all.get("entries") instanceof List<?> entries) {
                for (Object o : entries) {
                    if (o instanceof Map<?, ?> m && m.get("key") instanceof String key
                            && items.stream().noneMatch(i -> i.key().equals(key))) {
                        items.add(new LegendEdits.Item(key, m.get("label") instanceof String s ? s : null,
                                Boolean.TRUE.equals(m.get("hidden"))));
                    }
                }
            }
            List<String> order = new ArrayList<>();
            if (all.get("order") instanceof List<?> keys) {
                keys.stream().filter(String.class::isInstance).map(String.class::cast).distinct().forEach(order::add);
            }
            return new LegendEdits(items, order);
        } catch (IOException e) {
            return LegendEdits.NONE;
        }
    }
}
