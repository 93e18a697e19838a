package org.sitmap.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lookup on a small sheet written here, so every expected value is the test's own. */
class StyleSheetTest {
    private static final String SHEET = """
            {"format": 1, "id": "test", "name": "Test",
             "sides": {"blue": {"colour": "#0000FF", "affiliation": "friend"},
                       "red": {"colour": "#FF0000", "affiliation": "hostile"}},
             "affiliations": {"friend": "#0000AA", "hostile": "#AA0000", "neutral": "#00AA00",
                              "unknown": "#777777"},
             "annotations": [
               {"style": {"fill": "side", "stroke": "side", "width": 1}},
               {"when": {"kind": "zone"}, "style": {"fill-opacity": 0.5, "width": 2}},
               {"when": {"kind": "zone", "status": "claimed"}, "style": {"hatch": "darken(side, 0.5)",
                 "hatch-angle": 45}},
               {"when": {"kind": "zone", "tentative": true}, "style": {"dash": [4, 2]}},
               {"when": {"kind": "zone", "affiliation": "hostile"}, "style": {"width": 3}},
               {"when": {"kind": "zone", "confidence": ["reported", "unconfirmed"], "side": "red"},
                "style": {"stroke": "#123456"}}
             ],
             "basemap": {%s}, "frame": {%s}}
            """;

    private static StyleSheet sheet() throws StyleSheetException {
        StringBuilder basemap = new StringBuilder();
        for (String layer : StyleSheetLoader.BASEMAP_LAYERS) {
            basemap.append(basemap.length() == 0 ? "" : ",").append('"').append(layer).append("\": {}");
        }
        StringBuilder frame = new StringBuilder();
        for (String part : StyleSheetLoader.FRAME_PARTS) {
            frame.append(frame.length() == 0 ? "" : ",").append('"').append(part).append("\": {\"width\": 0.5}");
        }
        String text = SHEET.formatted(basemap, frame);
        return StyleSheetLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void laterMatchingRulesOverrideEarlierOnes() throws Exception {
        Style s = sheet().lookup(StyleKey.of("zone", "blue"));
        assertEquals(2, s.number(StyleProperty.WIDTH));
        assertEquals(0x800000FF, s.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb());
        assertNull(s.dash());
        Style line = sheet().lookup(StyleKey.of("frontline", "blue"));
        assertEquals(1, line.number(StyleProperty.WIDTH));
        assertEquals(0xFF0000FF, line.paint(StyleProperty.FILL, StyleProperty.FILL_OPACITY).argb());
    }

    @Test
    void sideColoursAreFilledInAndDarkened() throws Exception {
        Style s = sheet().lookup(StyleKey.of("zone", "red").withStatus("claimed"));
        assertEquals(0xFFFF0000, s.colour(StyleProperty.STROKE).argb());
        assertEquals(0xFF7F0000, s.colour(StyleProperty.HATCH).argb());
        assertEquals(45, s.number(StyleProperty.HATCH_ANGLE));
    }

    @Test
    void selectorsOnAffiliationConfidenceAndTentative() throws Exception {
        StyleSheet sheet = sheet();
        assertEquals(3, sheet.lookup(StyleKey.of("zone", "red")).number(StyleProperty.WIDTH));
        StyleKey reported = StyleKey.of("zone", "red").withConfidence("reported").withTentative(true);
        Style s = sheet.lookup(reported);
        assertArrayEquals(new float[] {4, 2}, s.dash());
        assertEquals(0xFF123456, s.colour(StyleProperty.STROKE).argb());
        assertEquals(0xFF0000FF, sheet.lookup(StyleKey.of("zone", "blue").withConfidence("reported"))
                .colour(StyleProperty.STROKE).argb());
    }

    @Test
    void aSideTheSheetDoesNotNameTakesItsAffiliationsColour() throws Exception {
        StyleSheet sheet = sheet();
        assertEquals(0xFF00AA00, sheet.sideColour("belarus", "neutral").argb());
        assertEquals(0xFF777777, sheet.sideColour("belarus").argb());
        assertEquals(0xFF777777, sheet.lookup(StyleKey.of("zone", "belarus")).colour(StyleProperty.FILL).argb());
        assertEquals(0xFFFF0000, sheet.sideColour("red", "friend").argb());
    }

    @Test
    void eachDistinctKeyIsResolvedOnce() throws Exception {
        StyleSheet sheet = sheet();
        Style a = sheet.lookup(StyleKey.of("zone", "blue").withStatus("claimed"));
        assertSame(a, sheet.lookup(StyleKey.of("zone", "blue").withStatus("claimed")));
        assertNotEquals(a, sheet.lookup(StyleKey.of("zone", "red").withStatus("claimed")));
    }

    @Test
    void askingForWhatTheSheetLeavesUnsetNamesTheSheetAndTheProperty() throws Exception {
        Style s = sheet().lookup(StyleKey.of("marker", "blue"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.number(StyleProperty.HEAD_WIDTH));
        assertTrue(e.getMessage().contains("test.json") && e.getMessage().contains("head-width"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sheet().frame("compass"));
        assertEquals(0.5, sheet().frame("legend").number(StyleProperty.WIDTH));
    }

    @Test
    void colourNotationRoundTrips() {
        assertEquals("#1F5FBF", StyleColour.parse("#1f5fbf").toString());
        assertEquals("#FFFFFFDC", StyleColour.parse("#FFFFFFDC").toString());
        assertEquals(0xDC, StyleColour.parse("#FFFFFFDC").alpha());
        assertThrows(IllegalArgumentException.class, () -> StyleColour.parse("blue"));
    }
}
