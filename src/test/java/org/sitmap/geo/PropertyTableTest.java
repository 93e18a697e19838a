package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyTableTest {
    private static Map<String, Object> read(PropertyTable table, Object... pairs) {
        table.begin();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put((String) pairs[i], pairs[i + 1]);
        }
        return table.build();
    }

    @Test
    void mapsKeepOrderNullsAndEqualOrdinaryMaps() {
        PropertyTable table = new PropertyTable();
        Map<String, Object> a = read(table, "name", "Kursk", "population", 440000L, "note", null);
        Map<String, Object> b = read(table, "name", "Sumy", "population", 265000L, "note", "x");

        assertThat(a.keySet()).containsExactly("name", "population", "note");
        assertThat(a.get("name")).isEqualTo("Kursk");
        assertThat(b.get("name")).isEqualTo("Sumy");
        assertThat(a.containsKey("note")).isTrue();
        assertThat(a.get("note")).isNull();
        assertThat(a.get("missing")).isNull();
        assertThat(a.containsKey("missing")).isFalse();
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("name", "Kursk");
        plain.put("population", 440000L);
        plain.put("note", null);
        assertThat(a).isEqualTo(plain);
        assertThat(a.hashCode()).isEqualTo(plain.hashCode());
        assertThatThrownBy(() -> a.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRepeatedNameKeepsItsFirstPlaceAndTakesTheLastValue() {
        PropertyTable table = new PropertyTable();
        Map<String, Object> m = read(table, "a", 1L, "b", 2L, "a", 3L);
        assertThat(m.keySet()).containsExactly("a", "b");
        assertThat(m.get("a")).isEqualTo(3L);
    }

    @Test
    void anIdIsAddedAtTheEndOrFillsAnEmptyOne() {
        PropertyTable table = new PropertyTable();
        Map<String, Object> m = table.with(read(table, "name", "Kursk"), "id", "RU-KRS");
        assertThat(m.keySet()).containsExactly("name", "id");
        assertThat(m.get("id")).isEqualTo("RU-KRS");
        Map<String, Object> filled = table.with(read(table, "id", null, "name", "Kursk"), "id", "RU-KRS");
        assertThat(filled.keySet()).containsExactly("id", "name");
        assertThat(filled.get("id")).isEqualTo("RU-KRS");
        assertThat(table.with(null, "id", 7L)).containsExactly(Map.entry("id", 7L));
    }
}
