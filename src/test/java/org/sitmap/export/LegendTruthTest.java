package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.render.AnnotationPainter;
import org.sitmap.render.LegendEntry;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.Viewport;
import org.sitmap.store.BriefingFile;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheetLoader;
import org.sitmap.style.StyleSheets;

/** The legend tells the truth: one entry per look, worded from what the annotations say, drawn as the map draws. */
class LegendTruthTest {
    static final Path KURSK = Path.of("data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg");

    static List<Annotation> kursk() throws Exception {
        try (BriefingFile f = BriefingFile.openReadOnly(KURSK)) {
            return f.briefing().snapshot();
        }
    }

    private static List<String> labels(List<LegendEntry> legend) {
        return legend.stream().map(LegendEntry::label).toList();
    }

    @Test
    void theKurskLegendNeverSaysOneThingTwice() throws Exception {
        ExportSpec spec = ExportSpec.of(new Envelope(33.2, 38.6, 46.8, 54.6), PageSize.hd(), ExportFormat.PNG);
        MapComposer all = new MapComposer(spec, new ExportContent(List.of(), kursk(), List.of(), List.of()));
        assertThat(all.annotationsInView()).hasSize(kursk().size());
        assertThat(labels(all.layout().legendEntries())).doesNotHaveDuplicates().isNotEmpty();
        MapComposer day = new MapComposer(spec.withSituationDate(LocalDate.of(2024, 8, 14)),
                new ExportContent(List.of(), kursk(), List.of(), List.of()));
        assertThat(labels(day.layout().legendEntries())).doesNotHaveDuplicates();
    }

    @Test
    void greyZonesAndEvacuationsOfBothSidesShareOneEntry() throws Exception {
        WKTReader wkt = new WKTReader();
        List<Annotation> shown = new ArrayList<>();
        for (Side side : List.of(Side.UKRAINE, Side.RUSSIA)) {
            shown.add(Annotation.builder(AnnotationKind.ZONE, wkt.read("POLYGON ((35 50, 36 50, 36 51, 35 50))"))
                    .side(side).status(ZoneStatus.CONTESTED).build());
            shown.add(Annotation.builder(AnnotationKind.EVACUATION, wkt.read("POLYGON ((35 50, 36 50, 36 51, 35 50))"))
                    .side(side).build());
        }
        List<String> legend = labels(AnnotationPainter.legendFor(shown, StyleSheets.standard()));
        assertThat(legend).containsExactly("Contested / grey zone", "Evacuation area");
    }

    @Test
    void theSumyStarSaysWhatItMarksNotWhatItLooksLike() throws Exception {
        ExportSpec spec = ExportSpec.of(new Envelope(33.2, 38.6, 49.6, 52.4), PageSize.hd(), ExportFormat.PNG)
                .withSituationDate(LocalDate.of(2024, 8, 14));
        MapComposer c = new MapComposer(spec, new ExportContent(List.of(), kursk(), List.of(), List.of()));
        List<String> legend = labels(c.layout().legendEntries());
        assertThat(legend).contains("Ukraine: staging area");
        assertThat(legend).noneMatch(l -> l.toLowerCase().contains("captured town"));
    }

    @Test
    void everyKurskSwatchIsDrawnInTheColoursOfItsFeatureOnTheMap() throws Exception {
        for (Annotation a : kursk()) {
            if (a.kind().descriptor().inLegend()) {
                assertSwatchLooksLikeMap(a, StyleSheets.standard());
            }
        }
    }

    @Test
    void aSheetThatDrawsConfirmedZonesApartGetsItsOwnSwatchColour() throws Exception {
        String json = "{\"format\": 1, \"id\": \"test\", \"name\": \"Test\", \"description\": \"confidence colours\","
                + "\"annotations\": [{\"when\": {\"kind\": \"zone\", \"confidence\": \"confirmed\"},"
                + "\"style\": {\"fill\": \"#0A9A2A\", \"fill-opacity\": 1}}]}";
        StyleSheet sheet = loadOver(json);
        Annotation confirmed = Annotation.builder(AnnotationKind.ZONE,
                new WKTReader().read("POLYGON ((35 50, 36 50, 36 51, 35 51, 35 50))")).side(Side.UKRAINE)
                .confidence(Confidence.CONFIRMED).build();
        assertThat(Pixels.near(assertSwatchLooksLikeMap(confirmed, sheet), new Color(0x0A9A2A), 4))
                .as("the sheet draws the confirmed zone green").isTrue();
        assertSwatchLooksLikeMap(confirmed.withConfidence(Confidence.LIKELY), sheet);
    }

    /** The classic sheet with {@code json}'s annotation rules added after its own. */
    private static StyleSheet loadOver(String json) throws Exception {
        String classic;
        try (var in = StyleSheets.class.getResourceAsStream("classic.json")) {
            classic = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rules = json.substring(json.indexOf("[{") + 1, json.lastIndexOf(']'));
        String merged = classic.replace("\"id\": \"classic\"", "\"id\": \"test\"")
                .replace("\n  ],\n  \"basemap\"", ",\n" + rules + "\n  ],\n  \"basemap\"");
        return StyleSheetLoader.load(new ByteArrayInputStream(merged.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    /** The colour most of the feature's pixels have on the map is a colour of its legend swatch. */
    private static int assertSwatchLooksLikeMap(Annotation a, StyleSheet sheet) {
        Annotation bare = a.withTitle("").withAttribute(Annotation.UNIT, null);
        Envelope box = new Envelope(bare.geometry().getEnvelopeInternal());
        box.expandBy(Math.max(0.05, box.getWidth() * 0.1), Math.max(0.05, box.getHeight() * 0.1));
        Viewport v = Viewport.fitting(org.sitmap.export.MapLayout.PROJECTION,
                org.sitmap.export.MapLayout.PROJECTION.forward(box), 300, 300);
        RenderOptions o = new RenderOptions(144, Color.WHITE, false, List.of(), false, sheet);
        BufferedImage map = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D mg = map.createGraphics();
        mg.setColor(Color.WHITE);
        mg.fillRect(0, 0, 300, 300);
        mg.dispose();
        new MapRenderer().paint(map, v, List.of(), List.of(bare), o, () -> false);
        BufferedImage swatch = new BufferedImage(72, 36, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = swatch.createGraphics();
        sg.setColor(Color.WHITE);
        sg.fillRect(0, 0, 72, 36);
        LegendEntry entry = AnnotationPainter.legendFor(List.of(a), sheet).get(0);
        AnnotationPainter.paintSwatch(sg, entry, new Rectangle2D.Double(0, 0, 72, 36), o);
        sg.dispose();
        int main = mostFrequentInk(map);
        assertThat(share(swatch, main))
                .as("%s (%s): the map's main colour %06X in its swatch", a.id(), entry.label(), main & 0xFFFFFF)
                .isGreaterThan(0.03);
        return main;
    }

    private static int mostFrequentInk(BufferedImage img) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) | 0xFF000000;
                if (rgb != 0xFFFFFFFF) {
                    counts.merge(rgb, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Share of the swatch's inked pixels within 6 per channel of {@code rgb}. */
    private static double share(BufferedImage img, int rgb) {
        Color c = new Color(rgb);
        long inked = 0;
        long near = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y) | 0xFF000000;
                if (p != 0xFFFFFFFF) {
                    inked++;
                    near += Pixels.near(p, c, 6) ? 1 : 0;
                }
            }
        }
        return inked == 0 ? 0 : (double) near / inked;
    }
}
