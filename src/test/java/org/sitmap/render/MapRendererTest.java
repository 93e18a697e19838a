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
}
