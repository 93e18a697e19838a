package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;

class MapRendererTest {
    private static final int RED = 0xFFFF0000;
    private final WebMercator merc = WebMercator.INSTANCE;

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private RenderLayer layer(LayerStyle style, MapFeature... features) {
        MapLayer l = new MapLayer("t", "test", List.of(features), style, "test");
        return new RenderLayer(l, LayerIndex.build(l.features(), merc));
    }

    private BufferedImage render(Viewport v, RenderOptions options, RenderLayer... layers) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MapRenderer().paint(g, v, List.of(layers), options, () -> false);
        g.dispose();
        return img;
    }

    @Test
    void polygonFillAppearsAtItsProjectedPlace() {
        LayerStyle fillOnly = new LayerStyle(RED, 0, 0, null, 0, null, LabelKind.NONE);
        RenderLayer square = layer(fillOnly, new MapFeature(wkt("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"),
                Map.of()));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 400, 300);
        BufferedImage img = render(v, RenderOptions.screen(), square);

        Point2D inside = v.lonLatToScreen(35, 51);
        Point2D west = v.lonLatToScreen(33.5, 51);
        Point2D north = v.lonLatToScreen(35, 52.5);
        assertThat(img.getRGB((int) inside.getX(), (int) inside.getY())).isEqualTo(RED);
        assertThat(img.getRGB((int) west.getX(), (int) west.getY())).isEqualTo(RenderOptions.SEA.getRGB());
        assertThat(img.getRGB((int) north.getX(), (int) north.getY())).isEqualTo(RenderOptions.SEA.getRGB());

        // The edges land where the projection puts them, to the pixel.
        Point2D sw = v.lonLatToScreen(34, 50);
        Point2D ne = v.lonLatToScreen(36, 52);
        assertThat(img.getRGB((int) sw.getX() + 2, (int) sw.getY() - 2)).isEqualTo(RED);
        assertThat(img.getRGB((int) sw.getX() - 2, (int) sw.getY() + 2)).isNotEqualTo(RED);
        assertThat(img.getRGB((int) ne.getX() - 2, (int) ne.getY() + 2)).isEqualTo(RED);
        assertThat(img.getRGB((int) ne.getX() + 2, (int) ne.getY() - 2)).isNotEqualTo(RED);
    }

    @Test
    void hiddenLayersAndZeroOpacityDrawNothing() {
        LayerStyle fillOnly = new LayerStyle(RED, 0, 0, null, 0, null, LabelKind.NONE);
        RenderLayer square = layer(fillOnly, new MapFeature(wkt("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"),
                Map.of()));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 200, 150);
        Point2D inside = v.lonLatToScreen(35, 51);

        square.layer().setOpacity(0.5);
        int half = render(v, RenderOptions.screen(), square).getRGB((int) inside.getX(), (int) inside.getY());
        Color c = new Color(half);
        assertThat(c.getRed()).isBetween(220, 230);
        assertThat(c.getGreen()).isBetween(95, 120);

        square.layer().setVisible(false);
        int hidden = render(v, RenderOptions.screen(), square).getRGB((int) inside.getX(), (int) inside.getY());
        assertThat(hidden).isEqualTo(RenderOptions.SEA.getRGB());
    }

    @Test
    void linesAndPointsAreDrawn() {
        LayerStyle blue = new LayerStyle(0, 0xFF0000FF, 3f, null, 4f, null, LabelKind.NONE);
        RenderLayer l = layer(blue, new MapFeature(wkt("LINESTRING (31 49, 39 49)"), Map.of()),
                new MapFeature(wkt("POINT (35 53)"), Map.of()));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 400, 300);
        BufferedImage img = render(v, RenderOptions.screen(), l);
        Point2D onLine = v.lonLatToScreen(35, 49);
        Point2D onPoint = v.lonLatToScreen(35, 53);
        assertThat(img.getRGB((int) onLine.getX(), (int) Math.round(onLine.getY()))).isEqualTo(0xFF0000FF);
        assertThat(img.getRGB((int) onPoint.getX(), (int) onPoint.getY())).isEqualTo(0xFF0000FF);
    }

    @Test
    void aPointTakesTheRimItsStyleNames() {
        // A wide green rim around a blue dot: the ring just outside the dot is the style's rim colour.
        LayerStyle rimmed = new LayerStyle(0, 0xFF0000FF, 1f, null, 4f, null, LabelKind.NONE, false, 0, 0xFF00C000,
                4f);
        RenderLayer l = layer(rimmed, new MapFeature(wkt("POINT (35 51)"), Map.of()));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 400, 300);
        BufferedImage img = render(v, RenderOptions.screen(), l);
        Point2D at = v.lonLatToScreen(35, 51);
        double ppt = RenderOptions.screen().pixelsPerPoint();
        // The rim is stroked on the dot's edge: its outer half, 2 pt wide, lies outside the dot.
        double outside = 4 * ppt + ppt;
        int rim = img.getRGB((int) Math.round(at.getX() + outside), (int) Math.round(at.getY()));
        assertThat(new int[] {(rim >> 16) & 255, (rim >> 8) & 255, rim & 255}).as("green, give or take smoothing")
                .satisfies(c -> assertThat(c[0]).isLessThan(40), c -> assertThat(c[1]).isGreaterThan(170),
                        c -> assertThat(c[2]).isLessThan(40));
        assertThat(img.getRGB((int) at.getX(), (int) at.getY())).isEqualTo(0xFF0000FF);
    }

    @Test
    void strokeWidthScalesWithDpi() {
        LayerStyle line = new LayerStyle(0, 0xFF000000, 2f, null, 0, null, LabelKind.NONE);
        RenderLayer l = layer(line, new MapFeature(wkt("LINESTRING (30 51, 40 51)"), Map.of()));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 400, 300);
        int at96 = darkRows(render(v, RenderOptions.screen(), l), v.lonLatToScreen(35, 51));
        RenderOptions print = RenderOptions.screen().withDpi(288);
        int at288 = darkRows(render(v, print, l), v.lonLatToScreen(35, 51));
        assertThat(at96).isBetween(2, 4);
        assertThat(at288).isBetween(3 * at96 - 2, 3 * at96 + 2);
    }

    private static int darkRows(BufferedImage img, Point2D at) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            if ((img.getRGB((int) at.getX(), y) & 0xFF) < 100) {
                n++;
            }
        }
        return n;
    }

    @Test
    void placeLabelsNeverOverlapAndBiggerPlacesWin() {
        // Two towns a few pixels apart: only the bigger one can be labelled.
        RenderLayer places = layer(new LayerStyle(0, 0xFF000000, 1, null, 2, "name", LabelKind.PLACE),
                new MapFeature(wkt("POINT (35.000 51.000)"), Map.of("name", "Smallville", "population", 5000L)),
                new MapFeature(wkt("POINT (35.0008 51.0003)"), Map.of("name", "Bigtown", "population", 900000L)));
        double[] c = new double[2];
        merc.forward(35, 51, c);
        Viewport v = new Viewport(merc, c[0], c[1], 50, 400, 200);
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        RenderStats stats = new MapRenderer().paint(g, v, List.of(places), RenderOptions.screen(), () -> false);
        g.dispose();
        assertThat(stats.labelsPlaced()).isEqualTo(1);
    }

    @Test
    void cancelledRenderStops() {
        RenderLayer square = layer(new LayerStyle(RED, 0, 0, null, 0, null, LabelKind.NONE),
                new MapFeature(wkt("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"), Map.of()));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 100, 100);
        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        assertThatThrownBy(() -> new MapRenderer().paint(g, v, List.of(square), RenderOptions.screen(), () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aLayerIsLeftOutBeyondItsScaleLimit() {
        LayerStyle fill = new LayerStyle(RED, 0, 0, null, 0, null, LabelKind.NONE).withMaxScale(10_000_000);
        RenderLayer square = layer(fill, new MapFeature(wkt("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"),
                Map.of()));
        Viewport near = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 400, 300);
        Viewport far = Viewport.fitting(merc, merc.forward(new Envelope(-150, 150, -60, 70)), 400, 300);
        assertThat(near.scaleDenominator()).isLessThan(10_000_000);
        assertThat(far.scaleDenominator()).isGreaterThan(10_000_000);

        Point2D nearInside = near.lonLatToScreen(35, 51);
        Point2D farInside = far.lonLatToScreen(35, 51);
        assertThat(render(near, RenderOptions.screen(), square).getRGB((int) nearInside.getX(),
                (int) nearInside.getY())).isEqualTo(RED);
        assertThat(render(far, RenderOptions.screen(), square).getRGB((int) farInside.getX(),
                (int) farInside.getY())).isEqualTo(RenderOptions.SEA.getRGB());
    }

    @Test
    void framesPaintedIntoImagesLookLikeFramesPaintedThroughGraphics() {
        // Images take shortcuts (thin lines straight into the pixels, label and dot sprites): they must not show.
        LayerStyle borders = new LayerStyle(0, 0xFF6E665B, 0.85f, null, 0, null, LabelKind.NONE);
        LayerStyle dashed = new LayerStyle(0, 0xFF9A9184, 0.5f, new float[] {2.5f, 1.6f}, 0, null, LabelKind.NONE);
        LayerStyle towns = new LayerStyle(0, 0xFF26221E, 0.8f, null, 2f, "name", LabelKind.PLACE);
        RenderLayer solid = layer(borders, new MapFeature(wkt("LINESTRING (31 49, 33 53, 36 50.5, 39 52)"), Map.of()));
        RenderLayer dash = layer(dashed, new MapFeature(wkt("LINESTRING (31 52, 39 49.5)"), Map.of()));
        RenderLayer places = layer(towns,
                new MapFeature(wkt("POINT (36.25 50.0)"), Map.of("name", "Kharkiv", "population", 1430000L)),
                new MapFeature(wkt("POINT (36.19 51.73)"), Map.of("name", "Kursk", "population", 440000L)),
                new MapFeature(wkt("POINT (34.8 50.91)"), Map.of("name", "Sumy", "population", 265000L)));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 480, 320);
        List<RenderLayer> layers = List.of(solid, dash, places);

        BufferedImage viaGraphics = new BufferedImage(480, 320, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = viaGraphics.createGraphics();
        RenderStats a = new MapRenderer().paint(g, v, layers, RenderOptions.screen(), () -> false);
        g.dispose();
        BufferedImage viaImage = new BufferedImage(480, 320, BufferedImage.TYPE_INT_ARGB_PRE);
        RenderStats b = new MapRenderer().paint(viaImage, v, layers, RenderOptions.screen(), () -> false);

        assertThat(b.labelsPlaced()).isEqualTo(a.labelsPlaced()).isEqualTo(3);
        long inkA = 0;
        long inkB = 0;
        int far = 0;
        for (int y = 0; y < 320; y++) {
            for (int x = 0; x < 480; x++) {
                int da = 255 - (viaGraphics.getRGB(x, y) & 0xFF);
                int db = 255 - (viaImage.getRGB(x, y) & 0xFF);
                inkA += Math.max(0, da - (255 - RenderOptions.SEA.getBlue()));
                inkB += Math.max(0, db - (255 - RenderOptions.SEA.getBlue()));
                if (Math.abs(da - db) > 96) {
                    far++;
                }
            }
        }
        assertThat((double) inkB).isCloseTo(inkA, org.assertj.core.api.Assertions.within(inkA * 0.08));
        assertThat(far).as("pixels far apart").isLessThan(480 * 320 / 300);
    }

    @Test
    void aFrameCancelledWhileItsLayersAreBuiltStopsAndTheNextOneIsWhole() {
        // Strips are painted by helper threads while this thread is still building layers: a cancel in between
        // must wake the helpers waiting for a layer, and leave none stuck for the next frame.
        List<RenderLayer> layers = new java.util.ArrayList<>();
        for (int k = 0; k < 6; k++) {
            layers.add(layer(new LayerStyle(RED, 0xFF000000, 0.75f, null, 0, null, LabelKind.NONE),
                    new MapFeature(wkt("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"), Map.of())));
        }
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 400, 300);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        for (int after = 0; after < 12; after++) {
            int limit = after;
            checks.set(0);
            BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB_PRE);
            assertThatThrownBy(() -> new MapRenderer().paint(img, v, layers, RenderOptions.screen(),
                    () -> checks.incrementAndGet() > limit)).isInstanceOf(CancellationException.class);
        }
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB_PRE);
        new MapRenderer().paint(img, v, layers, RenderOptions.screen(), () -> false);
        Point2D inside = v.lonLatToScreen(35, 51);
        assertThat(img.getRGB((int) inside.getX(), (int) inside.getY())).isEqualTo(RED);
        Point2D bottom = v.lonLatToScreen(35, 50.2);
        assertThat(img.getRGB((int) bottom.getX(), (int) bottom.getY())).as("the lower strip is painted too")
                .isEqualTo(RED);
    }

    @Test
    void aFrameCancelledOnAHelperThreadWhilePaintingAStripStopsEveryThread() {
        // Labels are copied into each strip after it is painted, by whichever thread comes to it: when the thread
        // painting a strip sees the cancel and stops, a thread waiting to copy labels into that strip must stop too.
        List<RenderLayer> layers = List.of(layer(new LayerStyle(RED, 0xFF000000, 0.75f, null, 0, "name",
                LabelKind.GENERIC), new MapFeature(wkt("POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))"),
                Map.of("name", "Square"))));
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 800, 1200);
        java.util.function.BooleanSupplier helperCancels =
                () -> Thread.currentThread().getName().startsWith("sitmap-strip-painter");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            for (int frame = 0; frame < 40; frame++) {
                BufferedImage img = new BufferedImage(800, 1200, BufferedImage.TYPE_INT_ARGB_PRE);
                try {
                    new MapRenderer().paint(img, v, layers, RenderOptions.screen(), helperCancels);
                } catch (CancellationException expected) {
                    // the helper saw the cancel
                }
            }
        });
        BufferedImage img = new BufferedImage(800, 1200, BufferedImage.TYPE_INT_ARGB_PRE);
        new MapRenderer().paint(img, v, layers, RenderOptions.screen(), () -> false);
        Point2D inside = v.lonLatToScreen(35, 50.2);
        assertThat(img.getRGB((int) inside.getX(), (int) inside.getY())).isEqualTo(RED);
    }
    /** A layer of 2,500 small squares over the theatre, outlined: big enough to be built in pieces. */
    private RenderLayer manySquares() {
        List<MapFeature> squares = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 50; j++) {
                double lon = 30 + i * 0.2;
                double lat = 48 + j * 0.12;
                squares.add(new MapFeature(wkt("POLYGON ((" + lon + " " + lat + ", " + (lon + 0.15) + " " + lat + ", "
                        + (lon + 0.15) + " " + (lat + 0.08) + ", " + lon + " " + (lat + 0.08) + ", " + lon + " " + lat
                        + "))"), Map.of()));
            }
        }
        MapLayer l = new MapLayer("sq", "squares", squares,
                new LayerStyle(0xFFE0D8C8, 0xFF6E665B, 0.75f, null, 0, null, LabelKind.NONE), "test");
        return new RenderLayer(l, LayerIndex.build(l.features(), merc));
    }

    private static int[] pixels(MapRenderer renderer, Viewport v, List<RenderLayer> layers) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        renderer.paint(img, v, layers, RenderOptions.screen(), () -> false);
        return img.getRGB(0, 0, v.width(), v.height(), null, 0, v.width());
    }

    @Test
    void aRendererKeepingItsBuffersPaintsEachFrameAsANewRendererWould() {
        // A renderer builds every frame into the arrays of its last one: nothing of the last frame may show, after
        // a larger frame, a smaller one, or a frame that was cancelled half built.
        List<RenderLayer> layers = List.of(manySquares());
        Viewport whole = Viewport.fitting(merc, merc.forward(new Envelope(29, 41, 47, 55)), 600, 400);
        Viewport corner = Viewport.fitting(merc, merc.forward(new Envelope(33, 35, 50, 51.5)), 600, 400);
        MapRenderer kept = new MapRenderer();
        int[] wholeFresh = pixels(new MapRenderer(), whole, layers);
        int[] cornerFresh = pixels(new MapRenderer(), corner, layers);
        assertThat(cornerFresh).isNotEqualTo(wholeFresh);

        assertThat(pixels(kept, whole, layers)).isEqualTo(wholeFresh);
        assertThat(pixels(kept, corner, layers)).as("after a frame with more shapes").isEqualTo(cornerFresh);
        assertThat(pixels(kept, whole, layers)).as("after a frame with fewer").isEqualTo(wholeFresh);
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> kept.paint(new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB_PRE), corner,
                layers, RenderOptions.screen(), () -> checks.incrementAndGet() > 2))
                .isInstanceOf(CancellationException.class);
        assertThat(pixels(kept, whole, layers)).as("after a cancelled frame").isEqualTo(wholeFresh);
        assertThat(pixels(kept, corner, layers)).isEqualTo(cornerFresh);
    }

    @Test
    void theScreensRendererPaintsTheSameFramesWithFewerThreads() {
        List<RenderLayer> layers = List.of(manySquares());
        Viewport whole = Viewport.fitting(merc, merc.forward(new Envelope(29, 41, 47, 55)), 600, 400);
        assertThat(pixels(MapRenderer.forScreen(), whole, layers)).isEqualTo(pixels(new MapRenderer(), whole, layers));
    }
}
