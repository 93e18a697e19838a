package org.sitmap.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

class StyleSheetLoaderTest {

    private static String classicText() throws IOException {
        try (InputStream in = StyleSheets.class.getResourceAsStream("classic.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static StyleSheet load(String text, String file) throws StyleSheetException {
        return StyleSheetLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file);
    }

    /** The classic sheet with the first {@code from} replaced by {@code to}. */
    private static String classicWith(String from, String to) throws IOException {
        String text = classicText();
        assertTrue(text.contains(from), "the shipped sheet no longer contains " + from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void everyShippedSheetLoads() {
        assertFalse(StyleSheets.all().isEmpty());
        assertEquals(StyleSheets.DEFAULT_ID, StyleSheets.standard().id());
        for (StyleSheet s : StyleSheets.all()) {
            assertTrue(s.file().endsWith(".json"), s.file());
            assertFalse(s.name().isBlank());
        }
    }

    /** What the default sheet sets for a key, every shipped sheet sets too: no painter meets a missing value. */
    @Test
    void everyShippedSheetSetsWhatTheDefaultSets() {
        StyleSheet standard = StyleSheets.standard();
        List<StyleKey> keys = new ArrayList<>();
        for (AnnotationKind kind : AnnotationKind.values()) {
            for (Side side : List.of(Side.UKRAINE, Side.RUSSIA, Side.OTHER)) {
                for (String variant : new String[] {null, "movement", "axis", "attack", "dot", "star", "flag", "x",
                    "pow"}) {
                    for (boolean tentative : new boolean[] {false, true}) {
                        StyleKey k = StyleKey.of(kind.code(), side.code()).withVariant(variant)
                                .withTentative(tentative);
                        keys.add(k);
                        for (ZoneStatus status : ZoneStatus.values()) {
                            keys.add(k.withStatus(status.code()));
                        }
                    }
                }
            }
        }
        for (StyleSheet sheet : StyleSheets.all()) {
            for (StyleKey k : keys) {
                Set<StyleProperty> missing = EnumSet.noneOf(StyleProperty.class);
                missing.addAll(standard.lookup(k).properties());
                missing.removeAll(sheet.lookup(k).properties());
                assertEquals(Set.of(), missing, sheet.file() + " for " + k);
            }
            for (String layer : StyleSheetLoader.BASEMAP_LAYERS) {
                assertTrue(sheet.basemap(layer).properties().containsAll(standard.basemap(layer).properties()),
                        sheet.file() + " basemap." + layer);
            }
            for (String part : StyleSheetLoader.FRAME_PARTS) {
                assertTrue(sheet.frame(part).properties().containsAll(standard.frame(part).properties()),
                        sheet.file() + " frame." + part);
            }
        }
    }

    @Test
    void theShippedSheetsLookDifferent() {
        assertTrue(StyleSheets.all().size() >= 2);
        StyleSheet a = StyleSheets.all().get(0);
        StyleSheet b = StyleSheets.all().get(1);
        assertNotEquals(a.id(), b.id());
        assertNotEquals(a.sideColour(Side.RUSSIA.code()), b.sideColour(Side.RUSSIA.code()));
        assertNotEquals(a.basemap("water").colour(StyleProperty.FILL), b.basemap("water").colour(StyleProperty.FILL));
        assertSame(b, StyleSheets.byId(b.id()));
        assertSame(StyleSheets.standard(), StyleSheets.byId("no-such-sheet"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"width\": 1.8|\"width\": -1|annotations[4].style.width",
        "\"width\": 1.8|\"wdith\": 1.8|annotations[4].style.wdith",
        "\"hatch-angle\": 45|\"hatch-angle\": \"steep\"|annotations[4].style.hatch-angle",
        "\"fill\": \"#8A8A8A\"|\"fill\": \"grey\"|annotations[5].style.fill",
        "\"dash\": [5, 3]|\"dash\": [5]|annotations[3].style.dash",
        "\"symbol\": \"star\"|\"symbol\": \"banana\"|annotations[19].style.symbol",
        "\"status\": \"assessed_advance\"|\"state\": \"assessed_advance\"|annotations[2].when.state",
        "\"tentative\": true|\"tentative\": \"yes\"|annotations[3].when.tentative",
        "\"affiliation\": \"hostile\"|\"affiliation\": \"enemy\"|sides.russia.affiliation",
        "\"fill\": \"#C9DDE8\"|\"fill\": \"side\"|basemap.water.fill",
        "\"neat_line\": {|\"neatline\": {|frame.neatline",
        "\"water\": {\"fill\": \"#C9DDE8\"},||basemap.water: missing",
        "\"format\": 1|\"format\": 2|format",
    })
    void aBadSheetIsRefusedInOneLineNamingTheSheetAndThePlace(String from, String to, String place)
            throws IOException {
        String bad = classicWith(from, to == null ? "" : to);
        StyleSheetException e = assertThrows(StyleSheetException.class, () -> load(bad, "mine.json"));
        String m = e.getMessage();
        assertTrue(m.startsWith("mine.json, "), m);
        assertTrue(m.contains(place), m + " should name " + place);
        assertFalse(m.contains("\n"), m);
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() throws IOException {
        String bad = classicWith("\"format\": 1,", "\"format\": 1,,");
        StyleSheetException e = assertThrows(StyleSheetException.class, () -> load(bad, "mine.json"));
        assertTrue(e.getMessage().matches("mine\\.json, line \\d+, column \\d+: not valid JSON.*"), e.getMessage());
    }

    @Test
    void aRepeatedPropertyIsRefused() throws IOException {
        String bad = classicWith("\"width\": 1.8,", "\"width\": 1.8, \"width\": 2,");
        StyleSheetException e = assertThrows(StyleSheetException.class, () -> load(bad, "mine.json"));
        assertTrue(e.getMessage().contains("width"), e.getMessage());
    }

    @Test
    void theDefaultSheetLoadsFromItsOwnTextUnderAnyName() throws Exception {
        StyleSheet s = load(classicText(), "copy.json");
        assertEquals(StyleSheets.standard().id(), s.id());
        assertEquals("copy.json", s.file());
    }
}
