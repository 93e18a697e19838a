package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.WebMercator;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/** The rivers of the base map are drawn where they flow, in the sheet's water colour, at theatre scale. */
class RiverRenderTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    /** How far from a point on the river (in pixels, about 6 km here) its line may be drawn: the data's accuracy. */
    private static final int SEARCH = 4;

    /** The whole theatre in a large window, as the app opens it. */
    private static Viewport theatre() {
        return Viewport.fitting(MERC, MERC.forward(BaseMap.THEATRE), 1600, 1000);
    }

    private static BufferedImage paint(Viewport v, List<RenderLayer> layers) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        RenderOptions noLabels = new RenderOptions(96, RenderOptions.SEA, false, List.of(), false);
        new MapRenderer().paint(img, v, layers, List.of(), noLabels, () -> false);
        return img;
    }

    /** Whether a pixel within {@link #SEARCH} of lon/lat has the colour {@code argb} (anti-aliasing allowed). */
    private static boolean colourNear(BufferedImage img, Viewport v, double lon, double lat, int argb) {
        double[] c = new double[2];
        MERC.forward(lon, lat, c);
        int cx = (int) Math.round(v.worldToScreenX(c[0]));
        int cy = (int) Math.round(v.worldToScreenY(c[1]));
        Color want = new Color(argb);
        for (int y = cy - SEARCH; y <= cy + SEARCH; y++) {
            for (int x = cx - SEARCH; x <= cx + SEARCH; x++) {
                Color got = new Color(img.getRGB(x, y));
                int d = Math.abs(got.getRed() - want.getRed()) + Math.abs(got.getGreen() - want.getGreen())
                        + Math.abs(got.getBlue() - want.getBlue());
                if (d <= 24) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int riverColour(String rank) {
        StyleSheet sheet = StyleSheets.standard();
        return sheet.basemap(rank).colour(StyleProperty.STROKE).argb();
    }

    @Test
    void theDniproAtKyivAndTheSeymAtKurskAreDrawnInTheRiverColour() {
        Viewport v = theatre();
        assertThat(v.resolution() / Viewport.STANDARD_PIXEL_METRES).as("scale denominator").isBetween(5e6, 8e6);
        BufferedImage img = paint(v, KurskFrames.layers());
        int great = riverColour("rivers_major");
        int major = riverColour("rivers");
        // The Dnipro through Kyiv, above and below the city.
        assertThat(colourNear(img, v, 30.57, 50.45, great)).as("Dnipro at Kyiv").isTrue();
        assertThat(colourNear(img, v, 30.75, 50.25, great)).as("Dnipro below Kyiv").isTrue();
        // The Seym past Kursk and Rylsk.
        assertThat(colourNear(img, v, 36.2, 51.67, major)).as("Seym at Kursk").isTrue();
        assertThat(colourNear(img, v, 34.68, 51.57, major)).as("Seym at Rylsk").isTrue();
        // The Siverskyi Donets at Izium.
        assertThat(colourNear(img, v, 37.26, 49.2, great)).as("Siverskyi Donets at Izium").isTrue();
    }

    @Test
    void theRiverColourComesFromTheRiverLayers() {
        // Without the river layers the same places show no river colour: the pixels above are the rivers'.
        Viewport v = theatre();
        List<RenderLayer> dry = KurskFrames.layers().stream()
                .filter(l -> !l.layer().id().startsWith("base-rivers") && !l.layer().id().equals(BaseMap.STREAMS_ID))
                .toList();
        BufferedImage img = paint(v, dry);
        assertThat(colourNear(img, v, 30.57, 50.45, riverColour("rivers_major"))).isFalse();
        assertThat(colourNear(img, v, 36.2, 51.67, riverColour("rivers"))).isFalse();
    }

    @Test
    void zoomedOutToTheWorldOnlyTheGreatRiversAreDrawn() {
        Viewport world = Viewport.fitting(MERC, MERC.forward(new Envelope(-170, 170, -60, 75)), 1600, 1000);
        BufferedImage img = paint(world, KurskFrames.layers());
        assertThat(colourNear(img, world, 32.53, 15.6, riverColour("rivers_major"))).as("Nile at Khartoum").isTrue();
        // The Seym (a major river, not a great one) is left out at this scale.
        List<RenderLayer> onlySeymRank = KurskFrames.layers().stream()
                .filter(l -> l.layer().id().equals(BaseMap.RIVERS_ID)).toList();
        BufferedImage seym = paint(world, onlySeymRank);
        assertThat(colourNear(seym, world, 36.2, 51.67, riverColour("rivers"))).isFalse();
    }
}
