package org.sitmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.model.LegendEdits;

/** The legend edits as the briefing file keeps them under the key {@code legend}. */
class LegendEditsJsonTest {
    @Test
    void editsSurviveTheRoundTrip() {
        LegendEdits edits = LegendEdits.NONE.renamed("marker/ukraine//star/solid", "Rear base \"Sumy\"")
                .hidden("marker/russia//dot/solid", true)
                .ordered(List.of("zone/ukraine/assessed_control//solid", "marker/ukraine//star/solid"));
        String json = LegendEditsJson.write(edits);
        assertThat(LegendEditsJson.read(json)).isEqualTo(edits);
        assertThat(json).contains("Rear base \\\"Sumy\\\"");
    }

    @Test
    void noEditsWriteNoValueAndABrokenValueReadsAsNone() {
        assertThat(LegendEditsJson.write(LegendEdits.NONE)).isNull();
        assertThat(LegendEditsJson.read("{\"entries\": [")).isEqualTo(LegendEdits.NONE);
        assertThat(LegendEditsJson.read(null)).isEqualTo(LegendEdits.NONE);
    }
}
