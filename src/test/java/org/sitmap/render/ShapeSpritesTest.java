package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.render.raster.IntRaster;

/**
 * The window's kept annotation layer copies arrows, markers and area outlines from sprites ({@link ShapeSprites})
 * instead of drawing them again: the pixels must be those of the shapes drawn directly, but for a level or two of
 * rounding at anti-aliased edges, and a date change must copy what it drew before rather than draw it again.
 */
class ShapeSpritesTest {
    private static final LocalDate DAY = LocalDate.of(2024, 8, 14);
    private final Viewport view = KurskFrames.kursk();
    private final AnnotationPainter painter = new AnnotationPainter();

    /** A crowd over the Kursk frame: zones of every status, arrows solid and dashed, markers; valid some days. */
    private static List<Annotation> crowd(int n) {
        Random random = new Random(11);
        GeometryFactory gf = new GeometryFactory();
        ZoneStatus[] statuses = ZoneStatus.values();
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double lon = 34.2 + random.nextDouble() * 2.0;
            double lat = 50.8 + random.nextDouble() * 1.1;
            Side side = i % 2 == 0 ? Side.UKRAINE : Side.RUSSIA;
            Annotation.Builder b = switch (i % 3) {
                case 0 -> Annotation.builder(AnnotationKind.ZONE, gf.createPolygon(new Coordinate[] {
                    new Coordinate(lon, lat), new Coordinate(lon + 0.2, lat), new Coordinate(lon + 0.2, lat + 0.1),
                    new Coordinate(lon, lat + 0.1), new Coordinate(lon, lat)})).status(statuses[i % statuses.length]);
                case 1 -> Annotation.builder(AnnotationKind.MOVEMENT, gf.createLineString(new Coordinate[] {
                    new Coordinate(lon, lat), new Coordinate(lon + 0.1, lat + 0.08), new Coordinate(lon + 0.2, lat)}))
                        .confidence(i % 5 == 1 ? Confidence.REPORTED : Confidence.CONFIRMED);
                default -> Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(lon, lat)));
            };
            LocalDate from = DAY.minusDays(random.nextInt(6));
            out.add(b.side(side).validFrom(from).validTo(from.plusDays(2 + random.nextInt(6))).build());
        }
        return out;
    }

    private static List<Annotation> validOn(List<Annotation> all, LocalDate day) {
        return all.stream().filter(a -> a.isValidOn(day)).toList();
    }

    /** A frame of the layer over white, shapes from sprites or not. */
    private BufferedImage frame(AnnotationLayer layer, List<Annotation> shown, boolean useSprites) {
        return frame(layer, view, shown, useSprites);
    }

    private BufferedImage frame(AnnotationLayer layer, Viewport view, List<Annotation> shown, boolean useSprites) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Arrays.fill(IntRaster.of(img).pixels(), 0xFFFFFFFF);
        RenderOptions options = RenderOptions.screen();
        layer.paintOver(img, view, shown, options, true,
                (s, v, visible, sprites, stop) -> painter.paintShapes(s, v, visible, options,
                        useSprites ? sprites : null, stop), () -> false);
        return img;
    }

    @Test
    void spritesLookLikeShapesDrawnDirectly() {
        List<Annotation> all = crowd(300);
        List<Annotation> shown = validOn(all, DAY);
        // In one band each: bands are aLayerDrawnInBandsLooksLikeOneDrawnInOneGo's.
        AnnotationLayer layer = new AnnotationLayer(Integer.MAX_VALUE);
        frame(layer, validOn(all, DAY.plusDays(3)), true);
        assertThat(layer.sprites().counts()).as("the first frame at a scale makes none").containsExactly(0, 0);
        BufferedImage copied = frame(layer, shown, true);
        int[] counts = layer.sprites().counts();
        BufferedImage direct = frame(new AnnotationLayer(Integer.MAX_VALUE), shown, false);

        assertThat(layer.lastRedrawn()).as("a date change draws the layer whole").isEqualTo(-1);
        assertThat(counts[0]).as("sprites made").isGreaterThan(shown.size() / 2);
        FastPathTest.Pixels diff = FastPathTest.Pixels.compare(copied, direct, 3);
        assertThat(diff.changed()).as("the shapes are there").isLessThan((long) view.width() * view.height() / 10);
        assertThat(diff.differing()).as("pixels off by more than 3 levels").isZero();
        assertThat(FastPathTest.Pixels.compare(copied, frame(new AnnotationLayer(), List.of(), false), 0).changed())
                .as("something was drawn").isGreaterThan(10_000);
    }

    @Test
    void aDateChangeCopiesWhatItDrewBefore() {
        List<Annotation> all = crowd(300);
        AnnotationLayer layer = new AnnotationLayer();
        frame(layer, validOn(all, DAY), true);
        BufferedImage first = frame(layer, validOn(all, DAY.plusDays(3)), true);
        // Two days are kept whole (the day shown and the one painted ahead): a third is drawn.
        frame(layer, validOn(all, DAY.plusDays(6)), true);
        int[] twoDays = layer.sprites().counts();
        frame(layer, validOn(all, DAY), true);
        // Counts reset: only the next frame's are wanted.
        layer.sprites().counts();
        BufferedImage back = frame(layer, validOn(all, DAY.plusDays(3)), true);
        int[] backAgain = layer.sprites().counts();
        assertThat(layer.lastRedrawn()).as("neither kept layer was that day").isEqualTo(-1);

        assertThat(twoDays[1]).as("sprites reused on the next day").isPositive();
        assertThat(backAgain[0]).as("sprites made going back a day").isZero();
        assertThat(backAgain[1]).as("sprites reused going back a day").isPositive();
        assertThat(FastPathTest.Pixels.compare(back, first, 0).changed()).as("the day looks as it did").isZero();
    }

    /**
     * An area reaching far beyond the frame has its outline cut short there for that frame: kept as a sprite, the
     * cut would show once the map is panned (a notch in its border became a straight line).
     */
    @Test
    void anAreaReachingFarOffTheFrameShowsItsWholeBorderWhenPannedIntoView() {
        Viewport k = KurskFrames.kursk();
        Viewport before = new Viewport(k.projection(), k.centerX(), k.centerY(), k.resolution(), 800, 300);
        // A long zone reaching 600 px west of the frame, with a notch out there.
        double[][] px = {{-600, 100}, {780, 100}, {780, 200}, {-600, 200}, {-600, 180}, {-400, 180}, {-400, 120},
            {-600, 120}, {-600, 100}};
        Coordinate[] ring = new Coordinate[px.length];
        for (int i = 0; i < px.length; i++) {
            double[] lonLat = before.screenToLonLat(px[i][0], px[i][1]);
            ring[i] = new Coordinate(lonLat[0], lonLat[1]);
        }
        ring[px.length - 1] = ring[0];
        Annotation zone = Annotation.builder(AnnotationKind.ZONE, new GeometryFactory().createPolygon(ring))
                .side(Side.RUSSIA).build();
        Viewport after = new Viewport(k.projection(), k.centerX() - 500 * k.resolution(), k.centerY(),
                k.resolution(), 800, 300);
        AnnotationLayer layer = new AnnotationLayer();
        frame(layer, before, List.of(), true);
        // The zone comes in on a date change: the layer is drawn whole at the same scale, where sprites are made.
        frame(layer, before, List.of(zone), true);
        BufferedImage panned = frame(layer, after, List.of(zone), true);
        BufferedImage direct = frame(new AnnotationLayer(), after, List.of(zone), false);
        assertThat(FastPathTest.Pixels.compare(panned, direct, 3).differing()).as("pixels off by more than 3 levels")
                .isZero();
    }

    @Test
    void switchedOffTheLayerDrawsEveryShape() {
        List<Annotation> all = crowd(300);
        AnnotationLayer layer = new AnnotationLayer();
        frame(layer, validOn(all, DAY), true);
        String before = System.getProperty(ShapeSprites.PROPERTY);
        System.setProperty(ShapeSprites.PROPERTY, "false");
        try {
            frame(layer, validOn(all, DAY.plusDays(3)), true);
        } finally {
            if (before == null) {
                System.clearProperty(ShapeSprites.PROPERTY);
            } else {
                System.setProperty(ShapeSprites.PROPERTY, before);
            }
        }
        assertThat(layer.sprites().counts()).as("made, reused").containsExactly(0, 0);
        frame(layer, validOn(all, DAY.plusDays(6)), true);
        assertThat(layer.sprites().counts()[0]).as("made once on again").isPositive();
    }

    /**
     * A crowd's layer drawn whole is drawn in bands side by side ({@link FrameBands}): no seam, no shape lost
     * at a band's edge, against the same layer drawn by one thread in one go.
     */
    @Test
    void aLayerDrawnInBandsLooksLikeOneDrawnInOneGo() {
        List<Annotation> all = crowd(1200);
        List<Annotation> shown = validOn(all, DAY);
        assertThat(shown.size()).as("enough shapes for bands").isGreaterThan(AnnotationLayer.BANDED_FROM);
        BufferedImage[] frames = new BufferedImage[2];
        for (int i = 0; i < 2; i++) {
            AnnotationLayer layer = i == 0 ? new AnnotationLayer() : new AnnotationLayer(Integer.MAX_VALUE);
            // The first frame at a scale, then a date change: drawn whole, shapes from sprites made then.
            frame(layer, validOn(all, DAY.plusDays(3)), true);
            frames[i] = frame(layer, shown, true);
            assertThat(layer.lastRedrawn()).as("drawn whole").isEqualTo(-1);
        }
        // A band's shapes are drawn through a viewport cut to it, whose coordinates round a little differently:
        // a few levels at anti-aliased edges; a seam or a shape cut at a band's edge is far more.
        FastPathTest.Pixels diff = FastPathTest.Pixels.compare(frames[0], frames[1], 8);
        assertThat(diff.differing()).as("pixels off by more than 8 levels").isZero();
        assertThat(diff.changed()).as("pixels off at all").isLessThan(frames[0].getWidth() * frames[0].getHeight()
                / 200);
        assertThat(FastPathTest.Pixels.compare(frames[0], frame(new AnnotationLayer(), List.of(), false), 0)
                .changed()).as("something was drawn").isGreaterThan(10_000);
    }

    /**
     * A zone's interior less the zones above it is kept for the next date change, but only for the same zones
     * above: with another one above it, the other's area is knocked out of it instead.
     */
    @Test
    void aKeptInteriorIsUsedOnlyUnderTheSameAreas() {
        GeometryFactory gf = new GeometryFactory();
        Annotation low = zone(gf, 34.6, 51.2, 0.8, 0.4, ZoneStatus.CLAIMED, Side.UKRAINE, DAY, DAY.plusDays(2));
        Annotation east = zone(gf, 35.1, 51.3, 0.5, 0.5, ZoneStatus.ASSESSED_CONTROL, Side.RUSSIA, DAY, DAY);
        Annotation west = zone(gf, 34.4, 51.1, 0.5, 0.3, ZoneStatus.ASSESSED_CONTROL, Side.RUSSIA, DAY.plusDays(1),
                DAY.plusDays(1));
        Annotation north = zone(gf, 34.9, 51.5, 0.3, 0.4, ZoneStatus.ASSESSED_CONTROL, Side.RUSSIA, DAY.plusDays(2),
                DAY.plusDays(2));
        List<Annotation> all = List.of(low, east, west, north);
        AnnotationLayer layer = new AnnotationLayer();
        frame(layer, List.of(), true);
        // Two days are kept whole: the third day makes the first be drawn again, its interiors from those kept.
        for (int d : new int[] {0, 1, 2, 0, 1, 2}) {
            List<Annotation> shown = validOn(all, DAY.plusDays(d));
            BufferedImage kept = frame(layer, shown, true);
            BufferedImage direct = frame(new AnnotationLayer(), shown, false);
            assertThat(FastPathTest.Pixels.compare(kept, direct, 3).differing()).as("day %d: off by more than 3", d)
                    .isZero();
        }
        assertThat(layer.sprites().interiorsReused()).as("interiors kept and used again").isPositive();
    }

    private static Annotation zone(GeometryFactory gf, double lon, double lat, double w, double h, ZoneStatus status,
            Side side, LocalDate from, LocalDate to) {
        return Annotation.builder(AnnotationKind.ZONE, gf.createPolygon(new Coordinate[] {new Coordinate(lon, lat),
            new Coordinate(lon + w, lat), new Coordinate(lon + w, lat + h), new Coordinate(lon, lat + h),
            new Coordinate(lon, lat)})).status(status).side(side).validFrom(from).validTo(to).build();
    }

    /**
     * A large dashed area outline (too large for a sprite, drawn directly) crossing every band of a crowd's layer:
     * each band draws it in the whole frame's pixels, so its dashes fall where one band puts them (a band's own
     * path left out other runs off its edge, and the dashes restarted elsewhere).
     */
    @Test
    void aDashedOutlineAcrossTheBandsKeepsItsDashes() {
        Viewport k = KurskFrames.kursk();
        Viewport tall = new Viewport(k.projection(), k.centerX(), k.centerY(), k.resolution(), 1000, 1080);
        GeometryFactory gf = new GeometryFactory();
        for (AnnotationKind kind : List.of(AnnotationKind.EVACUATION, AnnotationKind.BUFFER)) {
            int n = 400;
            Coordinate[] ring = new Coordinate[n + 1];
            for (int i = 0; i < n; i++) {
                double t = 2 * Math.PI * i / n;
                double[] ll = tall.screenToLonLat(500 + 460 * Math.cos(t), 540 + 470 * Math.sin(t));
                ring[i] = new Coordinate(ll[0], ll[1]);
            }
            ring[n] = ring[0];
            List<Annotation> shown = new ArrayList<>();
            shown.add(Annotation.builder(kind, gf.createPolygon(ring)).side(Side.UKRAINE).build());
            for (int i = 0; i < AnnotationLayer.BANDED_FROM + 10; i++) {
                double[] ll = tall.screenToLonLat(5 + i % 3, 5 + i % 2);
                shown.add(Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(ll[0], ll[1])))
                        .side(Side.RUSSIA).build());
            }
            BufferedImage banded = frame(new AnnotationLayer(), tall, shown, true);
            BufferedImage oneBand = frame(new AnnotationLayer(Integer.MAX_VALUE), tall, shown, true);
            assertThat(FastPathTest.Pixels.compare(banded, oneBand, 8).differing()).as("%s: off by more than 8", kind)
                    .isZero();
        }
    }

    /**
     * A zone in two parts, one far beyond the frame (left out of its path), under a zone: its interior is not kept
     * without that part, so when a pan brings the part into view it is filled.
     */
    @Test
    void aZonePartFarOffTheFrameIsFilledWhenPannedIntoView() {
        Viewport k = KurskFrames.kursk();
        Viewport before = new Viewport(k.projection(), k.centerX(), k.centerY(), k.resolution(), 800, 300);
        GeometryFactory gf = new GeometryFactory();
        org.locationtech.jts.geom.Polygon near = box(gf, before, 100, 100, 300, 200);
        org.locationtech.jts.geom.Polygon far = box(gf, before, 1100, 100, 1300, 200);
        Annotation zone = Annotation.builder(AnnotationKind.ZONE, gf.createMultiPolygon(
                new org.locationtech.jts.geom.Polygon[] {near, far})).status(ZoneStatus.CLAIMED).side(Side.UKRAINE)
                .build();
        // Over the near part and half the far one: it stays above the far part once that is in view.
        Annotation above = Annotation.builder(AnnotationKind.ZONE, box(gf, before, 150, 50, 1200, 250))
                .status(ZoneStatus.ASSESSED_CONTROL).side(Side.RUSSIA).build();
        List<Annotation> shown = List.of(zone, above);
        Viewport after = new Viewport(k.projection(), k.centerX() + 700 * k.resolution(), k.centerY(),
                k.resolution(), 800, 300);
        AnnotationLayer layer = new AnnotationLayer();
        frame(layer, before, List.of(), true);
        frame(layer, before, shown, true);
        BufferedImage panned = frame(layer, after, shown, true);
        BufferedImage direct = frame(new AnnotationLayer(), after, shown, false);
        assertThat(FastPathTest.Pixels.compare(panned, direct, 3).differing()).as("pixels off by more than 3 levels")
                .isZero();
    }

    private static org.locationtech.jts.geom.Polygon box(GeometryFactory gf, Viewport v, double x0, double y0,
            double x1, double y1) {
        double[][] px = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
        Coordinate[] ring = new Coordinate[px.length];
        for (int i = 0; i < px.length; i++) {
            double[] ll = v.screenToLonLat(px[i][0], px[i][1]);
            ring[i] = new Coordinate(ll[0], ll[1]);
        }
        return gf.createPolygon(ring);
    }
}
