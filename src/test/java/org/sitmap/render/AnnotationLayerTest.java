package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.sitmap.command.ChangeAnnotationCommand;
import org.sitmap.command.ReorderAnnotationCommand;
import org.sitmap.command.UndoStack;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Briefing;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

/**
 * The window's renderer keeps its annotation shapes between frames and redraws only the boxes of what changed
 * ({@link AnnotationLayer}): every frame after an edit, an undo, a re-dating or a pan must show exactly what a
 * renderer that never saw an earlier frame shows, and the edit must really have been drawn by boxes.
 */
class AnnotationLayerTest {
    /** Held for the whole test: the kept base map is only reused for the very same layers. */
    private final List<RenderLayer> layers = KurskFrames.layers();
    private final Viewport view = KurskFrames.kursk();

    private BufferedImage frame(MapRenderer renderer, Viewport v, List<Annotation> shown) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        renderer.paint(img, v, layers, shown, RenderOptions.screen(), () -> false);
        return img;
    }

    /** What a window that just opened shows. */
    private BufferedImage fresh(Viewport v, List<Annotation> shown) {
        return frame(MapRenderer.forScreen(), v, shown);
    }

    private static long differing(BufferedImage a, BufferedImage b) {
        return FastPathTest.Pixels.compare(a, b, 0).changed();
    }

    /**
     * Pixels differing by more than a shade from a fresh renderer's. Kept shapes were drawn where the map was then:
     * a pan moves them by whole pixels, but the sums that place an edge round a little differently from the new
     * centre (and cached dashed arrows are cut where they first were), so anti-aliased edges may differ by a few
     * levels in 255; the same holds for the window's base map ({@link BaseFrameTest}).
     */
    private static long unlike(BufferedImage a, BufferedImage b) {
        return FastPathTest.Pixels.compare(a, b, SHADE).differing();
    }

    private static final int SHADE = 8;

    private static Briefing briefing() {
        Briefing b = new Briefing();
        KurskFrames.annotations().forEach(b::add);
        return b;
    }

    /** The first area of the briefing (zones knock out what lies under them). */
    private static Annotation firstOf(Briefing b, AnnotationKind kind) {
        return b.annotations().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    private static Annotation moved(Annotation a, double dLon, double dLat) {
        Geometry g = a.geometry().copy();
        g.apply(AffineTransformation.translationInstance(dLon, dLat));
        return a.withGeometry(g);
    }

    @Test
    void aMovedAnnotationRedrawsItsBoxesAndUndoRestoresThePixels() {
        Briefing b = briefing();
        UndoStack undo = new UndoStack();
        MapRenderer renderer = MapRenderer.forScreen();
        BufferedImage before = frame(renderer, view, b.snapshot());
        assertThat(differing(before, fresh(view, b.snapshot()))).as("first frame").isZero();

        Annotation zone = firstOf(b, AnnotationKind.ZONE);
        undo.push(new ChangeAnnotationCommand(b, zone, moved(zone, 0.12, -0.05), "Move"));
        BufferedImage after = frame(renderer, view, b.snapshot());
        assertThat(renderer.lastAnnotationBoxes()).as("boxes redrawn after the move").isPositive();
        assertThat(unlike(after, fresh(view, b.snapshot()))).as("against a fresh renderer").isZero();
        assertThat(differing(after, before)).as("the zone really moved").isPositive();

        undo.undo();
        BufferedImage undone = frame(renderer, view, b.snapshot());
        assertThat(renderer.lastAnnotationBoxes()).as("boxes redrawn after undo").isPositive();
        assertThat(differing(undone, before)).as("undo restores the pixels").isZero();
    }

    @Test
    void aReDatedAnnotationLeavesTheDayItNoLongerCovers() {
        Briefing b = briefing();
        UndoStack undo = new UndoStack();
        LocalDate day = LocalDate.of(2024, 8, 14);
        MapRenderer renderer = MapRenderer.forScreen();
        BufferedImage before = frame(renderer, view, validOn(b, day));

        Annotation arrow = firstOf(b, AnnotationKind.MOVEMENT);
        undo.push(new ChangeAnnotationCommand(b, arrow, arrow.withValidity(day.plusDays(1), null), "Dates"));
        BufferedImage after = frame(renderer, view, validOn(b, day));
        assertThat(renderer.lastAnnotationBoxes()).isPositive();
        assertThat(unlike(after, fresh(view, validOn(b, day)))).isZero();
        assertThat(differing(after, before)).as("the arrow is gone").isPositive();

        // The timeline moves on a day: the arrow is back.
        BufferedImage nextDay = frame(renderer, view, validOn(b, day.plusDays(1)));
        assertThat(unlike(nextDay, fresh(view, validOn(b, day.plusDays(1))))).isZero();

        undo.undo();
        assertThat(unlike(frame(renderer, view, validOn(b, day)), before)).as("undo").isZero();
    }

    @Test
    void aPanShiftsTheKeptShapesAndDrawsTheStripThatCameIntoView() {
        Briefing b = briefing();
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, view, b.snapshot());
        for (double[] pan : new double[][] {{37, 0}, {-12, 25}, {0, -80}}) {
            Viewport panned = view.pannedBy(pan[0], pan[1]);
            BufferedImage img = frame(renderer, panned, b.snapshot());
            assertThat(renderer.lastAnnotationBoxes()).as("pan %s", pan).isPositive();
            // The base map under them is shifted too, its lines thinned from another start where they cross into
            // the strip painted anew: there they may round a little further apart (BaseFrameTest).
            assertThat(FastPathTest.Pixels.compare(img, fresh(panned, b.snapshot()), 24).differing())
                    .as("pan %s", pan).isZero();
        }
    }

    @Test
    void aReorderedBriefingOrAnotherScaleIsDrawnWhole() {
        Briefing b = briefing();
        UndoStack undo = new UndoStack();
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, view, b.snapshot());

        Annotation zone = firstOf(b, AnnotationKind.ZONE);
        undo.push(new ReorderAnnotationCommand(b, zone.id(), b.size() - 1));
        BufferedImage reordered = frame(renderer, view, b.snapshot());
        assertThat(renderer.lastAnnotationBoxes()).as("order changes stacking: whole").isEqualTo(-1);
        assertThat(unlike(reordered, fresh(view, b.snapshot()))).isZero();

        Viewport zoomed = view.zoomedAt(1.5, 450, 300);
        BufferedImage z = frame(renderer, zoomed, b.snapshot());
        assertThat(renderer.lastAnnotationBoxes()).isEqualTo(-1);
        assertThat(unlike(z, fresh(zoomed, b.snapshot()))).isZero();

        // Nothing changed: no shape is drawn, the frame is the same.
        BufferedImage again = frame(renderer, zoomed, b.snapshot());
        assertThat(renderer.lastAnnotationBoxes()).isZero();
        assertThat(differing(again, z)).isZero();
    }

    @Test
    void aCrowdEditedAtRandomAlwaysLooksAsIfDrawnAfresh() {
        Random random = new Random(5);
        Briefing b = crowd(random, null);
        UndoStack undo = new UndoStack();
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, view, b.snapshot());
        for (int step = 0; step < 8; step++) {
            Annotation a = b.annotations().get(random.nextInt(b.size()));
            undo.push(new ChangeAnnotationCommand(b, a, moved(a, random.nextDouble() * 0.2 - 0.1,
                    random.nextDouble() * 0.1 - 0.05), "Move"));
            BufferedImage img = frame(renderer, view, b.snapshot());
            assertThat(renderer.lastAnnotationBoxes()).as("step %d", step).isPositive();
            assertThat(unlike(img, fresh(view, b.snapshot()))).as("step %d", step).isZero();
        }
    }

    @Test
    void theDayShownStaysKeptWhileTheNextDayIsPaintedAhead() {
        LocalDate day = LocalDate.of(2024, 8, 10);
        Briefing b = crowd(new Random(11), day);
        List<Annotation> today = validOn(b, day);
        List<Annotation> tomorrow = validOn(b, day.plusDays(1));
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, view, today);
        frame(renderer, view, tomorrow);
        assertThat(renderer.lastAnnotationBoxes()).as("a day brings too many changes for boxes").isEqualTo(-1);

        // Back on the day shown (the window painted the next one ahead): a pan still shifts its kept shapes.
        Viewport panned = view.pannedBy(30, -14);
        BufferedImage pan = frame(renderer, panned, today);
        assertThat(renderer.lastAnnotationBoxes()).as("pan of the day shown").isPositive();
        assertThat(unlike(pan, pannedAlone(view, panned, today))).isZero();
        // And the day painted ahead was kept as well: stepping to it after the pan shifts it too.
        BufferedImage next = frame(renderer, panned, tomorrow);
        assertThat(renderer.lastAnnotationBoxes()).as("step after the pan").isPositive();
        assertThat(unlike(next, pannedAlone(view, panned, tomorrow))).isZero();

        Annotation a = tomorrow.get(tomorrow.size() / 2);
        List<Annotation> edited = new java.util.ArrayList<>(tomorrow);
        edited.set(tomorrow.size() / 2, moved(a, 0.05, 0.02));
        BufferedImage edit = frame(renderer, panned, edited);
        assertThat(renderer.lastAnnotationBoxes()).as("an edit of the day shown").isPositive();
        MapRenderer alone = MapRenderer.forScreen();
        frame(alone, view, tomorrow);
        frame(alone, panned, tomorrow);
        assertThat(unlike(edit, frame(alone, panned, edited))).isZero();

        Viewport zoomed = panned.zoomedAt(1.5, 300, 200);
        assertThat(unlike(frame(renderer, zoomed, today), fresh(zoomed, today))).as("zoom").isZero();
        assertThat(renderer.lastAnnotationBoxes()).isEqualTo(-1);
    }

    /**
     * The window paints the timeline's days ahead one after another while the day shown stays on screen: however
     * many, they are drawn on the other kept layer, so a pan of the day shown still shifts its shapes.
     */
    @Test
    void daysPaintedAheadNeverTakeTheLayerOfTheDayShown() {
        LocalDate day = LocalDate.of(2024, 8, 10);
        Briefing b = crowd(new Random(11), day);
        List<Annotation> today = validOn(b, day);
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, view, today);
        BufferedImage ahead = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        for (int d : new int[] {1, -1, 2, -2}) {
            List<Annotation> other = validOn(b, day.plusDays(d));
            renderer.paintAhead(ahead, view, layers, other, RenderOptions.screen(), () -> false);
            assertThat(unlike(ahead, fresh(view, other))).as("day %+d painted ahead", d).isZero();
        }

        Viewport panned = view.pannedBy(30, -14);
        BufferedImage pan = frame(renderer, panned, today);
        assertThat(renderer.lastAnnotationBoxes()).as("pan of the day shown").isPositive();
        assertThat(unlike(pan, pannedAlone(view, panned, today))).isZero();
    }

    /**
     * A kept frame shown (the timeline went to a day painted ahead) leaves the renderer's layer on another day; the
     * window then paints the day shown once as a frame shown, and a pan of it shifts its shapes again.
     */
    @Test
    void afterAKeptFrameIsShownItsDayIsPaintedOnceSoAPanShiftsIt() {
        LocalDate day = LocalDate.of(2024, 8, 10);
        Briefing b = crowd(new Random(11), day);
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, view, validOn(b, day));
        PreparedFrames kept = new PreparedFrames(1L << 30);
        for (int d : new int[] {1, -1, 2}) {
            assertThat(kept.prepare(renderer, new PreparedFrames.Request(view, layers, validOn(b, day.plusDays(d)),
                    RenderOptions.screen()), d, Math::abs, () -> false)).isTrue();
        }
        List<Annotation> tomorrow = validOn(b, day.plusDays(1));
        PreparedFrames.Request shownNow = new PreparedFrames.Request(view, layers, tomorrow, RenderOptions.screen());
        assertThat(kept.take(1, shownNow)).isNotNull();
        assertThat(kept.paintShown(renderer, shownNow, () -> false)).isTrue();

        Viewport panned = view.pannedBy(30, -14);
        BufferedImage pan = frame(renderer, panned, tomorrow);
        assertThat(renderer.lastAnnotationBoxes()).as("pan of the day shown").isPositive();
        assertThat(unlike(pan, pannedAlone(view, panned, tomorrow))).isZero();
    }

    /**
     * A drag cancels frame after frame: the boxes of a pan are finished all the same, so the kept layer survives
     * (were it dropped, every frame of the drag would draw the whole crowd). A layer drawn whole gives way.
     */
    @Test
    void aCancelledFrameKeepsTheLayerItsBoxesWereDrawnInto() {
        // Markers all over the frame and a frame's width either side: a third of a frame holds some two hundred.
        Random random = new Random(3);
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> shown = new java.util.ArrayList<>();
        for (int i = 0; i < 1800; i++) {
            double[] lonLat = view.screenToLonLat((random.nextDouble() * 3 - 1) * view.width(),
                    random.nextDouble() * view.height());
            shown.add(Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(lonLat[0],
                    lonLat[1]))).build());
        }
        AnnotationLayer layer = new AnnotationLayer();
        AnnotationPainter painter = new AnnotationPainter();
        RenderOptions options = RenderOptions.screen();
        AnnotationLayer.ShapesPainter shapes = (s, v, visible, sprites, stop) -> painter.paintShapes(s, v, visible,
                options, sprites, stop);
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        layer.paintOver(img, view, shown, options, true, shapes, () -> false);

        // A third of the frame: more than enough shapes in the strip for a look at the cancel flag.
        Viewport panned = view.pannedBy(view.width() / 3.0, 0);
        layer.paintOver(img, panned, shown, options, true, shapes, () -> true);
        assertThat(layer.lastRedrawn()).as("the pan's strip, drawn though cancelled").isPositive();
        layer.paintOver(img, panned, shown, options, true, shapes, () -> false);
        assertThat(layer.lastRedrawn()).as("kept: nothing to draw").isZero();

        Viewport zoomed = view.zoomedAt(1.3, 200, 200);
        assertThatThrownBy(() -> layer.paintOver(img, zoomed, shown, options, true, shapes, () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        layer.paintOver(img, zoomed, shown, options, true, shapes, () -> false);
        assertThat(layer.lastRedrawn()).as("a layer left half drawn is drawn whole").isEqualTo(-1);
    }

    /**
     * A crowd's day drawn whole and then drawn over by other days is kept packed: going back to it at the same scale
     * unpacks it and shifts it by the pan since (it is kept again as it was left), never drawing the whole layer;
     * and it looks as a layer that only ever showed that day does.
     */
    @Test
    void aDayDrawnBeforeAtThisScaleIsUnpackedAndPanned() throws InterruptedException {
        LocalDate day = LocalDate.of(2024, 8, 10);
        Briefing b = crowd(new Random(11), day);
        List<Annotation> first = validOn(b, day);
        AnnotationPainter painter = new AnnotationPainter();
        RenderOptions options = RenderOptions.screen();
        AnnotationLayer.ShapesPainter shapes = (s, v, visible, sprites, stop) -> painter.paintShapes(s, v, visible,
                options, sprites, stop);
        AnnotationLayer layer = new AnnotationLayer(20, 1L << 30);
        for (int d = 0; d < 3; d++) {
            layer.paintOver(clear(view), view, validOn(b, day.plusDays(d)), options, true, shapes, () -> false);
            assertThat(layer.lastRedrawn()).as("day %d drawn whole", d).isEqualTo(-1);
        }
        layer.packed().awaitPacked();

        Viewport panned = view.pannedBy(30, -14);
        BufferedImage back = clear(panned);
        layer.paintOver(back, panned, first, options, true, shapes, () -> false);
        assertThat(layer.lastRedrawn()).as("unpacked, then the pan's strips").isEqualTo(2);
        AnnotationLayer alone = new AnnotationLayer(20, 0);
        alone.paintOver(clear(view), view, first, options, true, shapes, () -> false);
        BufferedImage expected = clear(panned);
        alone.paintOver(expected, panned, first, options, true, shapes, () -> false);
        assertThat(unlike(back, expected)).isZero();

        // Drawn over again after the pan, the day comes back as it was left there: nothing to draw.
        for (int d = 1; d < 3; d++) {
            layer.paintOver(clear(view), view, validOn(b, day.plusDays(d)), options, true, shapes, () -> false);
            layer.packed().awaitPacked();
        }
        BufferedImage again = clear(panned);
        layer.paintOver(again, panned, first, options, true, shapes, () -> false);
        assertThat(layer.lastRedrawn()).as("kept as left after the pan").isZero();
        assertThat(differing(again, back)).isZero();
    }

    private static BufferedImage clear(Viewport v) {
        return new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
    }

    /**
     * The frame of a window that showed {@code shown} on {@code from} and nothing else, then was panned to {@code to}:
     * the base map shifted the same way (a fresh frame's dashes may start elsewhere, {@link BaseFrameTest}).
     */
    private BufferedImage pannedAlone(Viewport from, Viewport to, List<Annotation> shown) {
        MapRenderer renderer = MapRenderer.forScreen();
        frame(renderer, from, shown);
        return frame(renderer, to, shown);
    }

    /**
     * 300 zones, arrows and markers around Kursk; with {@code firstDay}, each valid for 1 to 5 days of the week from
     * it (a day brings and drops dozens), else always valid.
     */
    private static Briefing crowd(Random random, LocalDate firstDay) {
        GeometryFactory gf = new GeometryFactory();
        Briefing b = new Briefing();
        ZoneStatus[] statuses = ZoneStatus.values();
        for (int i = 0; i < 300; i++) {
            double lon = 34.2 + random.nextDouble() * 2.0;
            double lat = 50.8 + random.nextDouble() * 1.1;
            Annotation.Builder a = switch (i % 3) {
                case 0 -> Annotation.builder(AnnotationKind.ZONE, box(gf, lon, lat, 0.05 + random.nextDouble() * 0.3))
                        .status(statuses[i % statuses.length]).side(i % 2 == 0 ? Side.UKRAINE : Side.RUSSIA);
                case 1 -> Annotation.builder(AnnotationKind.MOVEMENT, gf.createLineString(new Coordinate[] {
                    new Coordinate(lon, lat), new Coordinate(lon + 0.1, lat + 0.08), new Coordinate(lon + 0.2, lat)}))
                        .confidence(i % 5 == 1 ? Confidence.REPORTED : Confidence.CONFIRMED);
                default -> Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(lon, lat)));
            };
            if (firstDay != null) {
                LocalDate from = firstDay.plusDays(random.nextInt(7) - 3);
                a.validFrom(from).validTo(from.plusDays(random.nextInt(5)));
            }
            b.add(a.build());
        }
        return b;
    }

    private static Geometry box(GeometryFactory gf, double lon, double lat, double size) {
        return gf.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + size, lat),
            new Coordinate(lon + size, lat + size * 0.6), new Coordinate(lon, lat + size * 0.6),
            new Coordinate(lon, lat)});
    }

    private static List<Annotation> validOn(Briefing b, LocalDate day) {
        return b.annotations().stream().filter(a -> a.isValidOn(day)).toList();
    }
}
