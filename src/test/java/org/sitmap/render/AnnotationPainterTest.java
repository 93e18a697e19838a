package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.Geodesy;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.ArrowLook;
import org.sitmap.model.ArrowStyle;
import org.sitmap.model.Confidence;
import org.sitmap.model.MarkerSymbol;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.style.Style;
import org.sitmap.style.StyleKey;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheets;

class AnnotationPainterTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private static final int RUSSIA = StyleSheets.standard().sideColour(Side.RUSSIA.code()).argb();
    private static final int UKRAINE = StyleSheets.standard().sideColour(Side.UKRAINE.code()).argb();
    /** The standard sheet's marker title colour. */
    private static final int MARKER_TEXT = style("marker").colour(StyleProperty.TEXT).argb();
    private static final RenderOptions OPTIONS = new RenderOptions(96, Color.WHITE, true, List.of(), false);

    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(30, 40, 47, 54)), 600, 400);

    /** What the standard style sheet says an annotation of {@code kind} (nobody's side) looks like. */
    private static Style style(String kind) {
        return StyleSheets.standard().lookup(StyleKey.of(kind, "other"));
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Annotation.Builder build(AnnotationKind kind, String wkt) {
        return Annotation.builder(kind, wkt(wkt));
    }

    private static BufferedImage render(Viewport v, RenderOptions o, Annotation... annotations) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, v.width(), v.height());
        new AnnotationPainter().paint(DrawSurface.java2d(g), v, List.of(annotations), o, new LabelPlacer(v.width(), v.height()));
        g.dispose();
        return img;
    }

    private BufferedImage render(Annotation... annotations) {
        return render(view, OPTIONS, annotations);
    }

    private static int rgb(BufferedImage img, Point2D p) {
        return img.getRGB((int) Math.floor(p.getX()), (int) Math.floor(p.getY()));
    }

    /** Largest channel difference between two colours. */
    private static int distance(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)), Math.max(
                Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)), Math.abs((a & 255) - (b & 255))));
    }

    private static int blendOverWhite(int colour, double alpha) {
        int r = (int) Math.round(255 * (1 - alpha) + ((colour >> 16) & 255) * alpha);
        int g = (int) Math.round(255 * (1 - alpha) + ((colour >> 8) & 255) * alpha);
        int b = (int) Math.round(255 * (1 - alpha) + (colour & 255) * alpha);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int count(BufferedImage img, int x0, int y0, int x1, int y1, IntPredicate test) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
                if (test.test(img.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static IntPredicate near(int colour, int tolerance) {
        return c -> distance(c, colour) <= tolerance;
    }

    private static final IntPredicate WHITE = c -> distance(c, 0xFFFFFFFF) <= 3;

    @Test
    void assessedControlZoneIsATranslucentFillWithASolidOutline() {
        Annotation zone = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.RUSSIA).status(ZoneStatus.ASSESSED_CONTROL).build();
        BufferedImage img = render(zone);
        assertThat(distance(rgb(img, view.lonLatToScreen(35, 51)), blendOverWhite(RUSSIA, 0.30)))
                .isLessThanOrEqualTo(3);
        Point2D edge = view.lonLatToScreen(34, 51);
        int best = 255;
        for (int dx = -2; dx <= 2; dx++) {
            best = Math.min(best, distance(img.getRGB((int) edge.getX() + dx, (int) edge.getY()), RUSSIA));
        }
        assertThat(best).isLessThanOrEqualTo(12);
        assertThat(rgb(img, view.lonLatToScreen(33, 51))).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void assessedAdvanceIsLighterThanControl() {
        Annotation zone = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.UKRAINE).status(ZoneStatus.ASSESSED_ADVANCE).build();
        int centre = rgb(render(zone), view.lonLatToScreen(35, 51));
        assertThat(distance(centre, blendOverWhite(UKRAINE, 0.18))).isLessThanOrEqualTo(3);
    }

    @Test
    void claimedZoneIsHatchedNotFilled() {
        Annotation zone = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.RUSSIA).status(ZoneStatus.CLAIMED).build();
        BufferedImage img = render(zone);
        Point2D c = view.lonLatToScreen(35, 51);
        int x = (int) c.getX();
        int y = (int) c.getY();
        int hatch = count(img, x - 15, y - 15, x + 15, y + 15, near(RUSSIA, 60));
        int light = count(img, x - 15, y - 15, x + 15, y + 15, px -> ((px >> 8) & 255) > 225);
        assertThat(hatch).isGreaterThan(40);
        assertThat(light).isGreaterThan(200);
    }

    @Test
    void contestedZoneIsGreyWhateverTheSide() {
        Annotation zone = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.RUSSIA).status(ZoneStatus.CONTESTED).build();
        int centre = rgb(render(zone), view.lonLatToScreen(35, 51));
        assertThat(distance(centre, blendOverWhite(0x8A8A8A, 0.30))).isLessThanOrEqualTo(3);
    }

    @Test
    void heldBeforeZoneIsOnlyADottedOutline() {
        Annotation zone = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.UKRAINE).status(ZoneStatus.HELD_BEFORE).build();
        BufferedImage img = render(zone);
        assertThat(rgb(img, view.lonLatToScreen(35, 51))).isEqualTo(0xFFFFFFFF);
        Point2D a = view.lonLatToScreen(34, 50.2);
        Point2D b = view.lonLatToScreen(34, 51.8);
        int x = (int) a.getX();
        int dots = count(img, x - 2, (int) b.getY(), x + 3, (int) a.getY(), near(UKRAINE, 60));
        int gaps = 0;
        for (int y = (int) b.getY(); y < (int) a.getY(); y++) {
            if (count(img, x - 3, y, x + 4, y + 1, near(UKRAINE, 120)) == 0) {
                gaps++;
            }
        }
        assertThat(dots).isGreaterThan(10);
        assertThat(gaps).isGreaterThan(10);
    }

    private Annotation arrow(String style, Confidence confidence) {
        return build(AnnotationKind.MOVEMENT, "LINESTRING (32 50, 35 50, 38 50)").side(Side.UKRAINE)
                .attribute(Annotation.ARROW_STYLE, style).confidence(confidence).build();
    }

    @Test
    void aDashedArrowPannedByWholePixelsIsTheSameArrowMoved() {
        // Its outline is cut out once and moved on later frames: moved right, it must land where it is drawn.
        Annotation curved = build(AnnotationKind.MOVEMENT, "LINESTRING (32 49, 34.5 51.5, 37 50.5, 38 52)")
                .side(Side.RUSSIA).attribute(Annotation.ARROW_STYLE, "movement").confidence(Confidence.REPORTED)
                .build();
        BufferedImage first = render(curved);
        for (int[] d : new int[][] {{0, 0}, {37, -21}, {-50, 12}}) {
            Viewport panned = new Viewport(MERC, view.centerX() - d[0] * view.resolution(),
                    view.centerY() + d[1] * view.resolution(), view.resolution(), view.width(), view.height());
            BufferedImage moved = render(panned, OPTIONS, curved);
            int differ = 0;
            int inked = 0;
            for (int y = 60; y < 340; y++) {
                for (int x = 60; x < 540; x++) {
                    int a = first.getRGB(x, y);
                    int b = moved.getRGB(x + d[0], y + d[1]);
                    inked += distance(a, 0xFFFFFFFF) > 60 ? 1 : 0;
                    differ += distance(a, b) > 8 ? 1 : 0;
                }
            }
            assertThat(inked).isGreaterThan(500);
            assertThat(differ).as("pixels that differ after panning by %s", java.util.Arrays.toString(d))
                    .isLessThan(20);
        }
    }

    @Test
    void movementArrowHasAHeadAtItsLastPointAndNothingBeyond() {
        for (String style : List.of("movement", "axis", "attack")) {
            BufferedImage img = render(arrow(style, Confidence.CONFIRMED));
            Point2D tip = view.lonLatToScreen(38, 50);
            int x = (int) tip.getX();
            int y = (int) tip.getY();
            assertThat(count(img, x - 10, y - 2, x - 2, y + 3, near(UKRAINE, 40))).as(style).isGreaterThan(0);
            assertThat(count(img, x + 4, y - 20, x + 30, y + 20, near(UKRAINE, 120))).as(style).isZero();
            // The head is wider than the body: side colour well off the axis just behind the tip.
            int wide = count(img, x - 16, y - 12, x - 6, y - 4, near(UKRAINE, 60))
                    + count(img, x - 16, y + 4, x - 6, y + 12, near(UKRAINE, 60));
            assertThat(wide).as(style).isGreaterThan(0);
        }
    }

    @Test
    void tentativeArrowIsDashedAlongTheShaft() {
        for (String style : List.of("movement", "axis", "attack")) {
            BufferedImage solid = render(arrow(style, Confidence.LIKELY));
            BufferedImage dashed = render(arrow(style, Confidence.REPORTED));
            Point2D from = view.lonLatToScreen(32.5, 50);
            Point2D to = view.lonLatToScreen(36.5, 50);
            // The movement and attack bodies sit on the axis, the axis corridor's edges 5.5 pt off it.
            int y = (int) from.getY() + (style.equals("axis") ? (int) Math.round(5.5 * 4 / 3.0) : 0);
            int solidGaps = 0;
            int dashedGaps = 0;
            int dashedInk = 0;
            for (int x = (int) from.getX(); x < to.getX(); x++) {
                boolean s = count(solid, x, y - 1, x + 1, y + 2, near(UKRAINE, 90)) > 0;
                boolean d = count(dashed, x, y - 1, x + 1, y + 2, near(UKRAINE, 90)) > 0;
                solidGaps += s ? 0 : 1;
                dashedGaps += d ? 0 : 1;
                dashedInk += d ? 1 : 0;
            }
            assertThat(solidGaps).as(style).isZero();
            assertThat(dashedGaps).as(style).isGreaterThan(10);
            assertThat(dashedInk).as(style).isGreaterThan(20);
        }
    }

    @Test
    void plannedMovementIsDashedToo() {
        Annotation planned = build(AnnotationKind.MOVEMENT, "LINESTRING (32 50, 38 50)").side(Side.UKRAINE)
                .attribute(Annotation.ARROW_STYLE, "attack").attribute("planned", true).build();
        BufferedImage img = render(planned);
        Point2D from = view.lonLatToScreen(32.5, 50);
        Point2D to = view.lonLatToScreen(36.5, 50);
        int y = (int) from.getY();
        int gaps = 0;
        for (int x = (int) from.getX(); x < to.getX(); x++) {
            gaps += count(img, x, y - 1, x + 1, y + 2, near(UKRAINE, 90)) > 0 ? 0 : 1;
        }
        assertThat(gaps).isGreaterThan(10);
    }

    @Test
    void frontlineTeethAreOnTheChosenSideOnly() {
        for (String teeth : List.of("left", "right")) {
            // Drawn west to east: left of travel is north, up the screen.
            Annotation front = build(AnnotationKind.FRONTLINE, "LINESTRING (32 50, 38 50)").side(Side.RUSSIA)
                    .attribute(Annotation.TEETH, teeth).build();
            BufferedImage img = render(front);
            Point2D a = view.lonLatToScreen(32.5, 50);
            Point2D b = view.lonLatToScreen(37.5, 50);
            int y = (int) a.getY();
            int above = count(img, (int) a.getX(), y - 10, (int) b.getX(), y - 3, near(RUSSIA, 60));
            int below = count(img, (int) a.getX(), y + 4, (int) b.getX(), y + 11, near(RUSSIA, 60));
            if (teeth.equals("left")) {
                assertThat(above).isGreaterThan(50);
                assertThat(below).isZero();
            } else {
                assertThat(below).isGreaterThan(50);
                assertThat(above).isZero();
            }
        }
    }

    @Test
    void evacuationCircleCoversTheRadiusOnTheGround() {
        Viewport close = Viewport.fitting(MERC, MERC.forward(new Envelope(34.2, 35.8, 50.6, 51.4)), 600, 400);
        Annotation evac = build(AnnotationKind.EVACUATION, "POINT (35 51)").attribute(Annotation.RADIUS_KM, 20.0)
                .build();
        BufferedImage img = render(close, OPTIONS, evac);
        Polygon inner = Geodesy.circle(35, 51, 19, 8);
        Polygon outer = Geodesy.circle(35, 51, 25, 8);
        Style evacuation = style("evacuation");
        int orangeFill = blendOverWhite(evacuation.colour(StyleProperty.FILL).rgb(),
                evacuation.number(StyleProperty.FILL_OPACITY));
        for (int i = 0; i < 8; i++) {
            Coordinate in = inner.getCoordinates()[i];
            Coordinate out = outer.getCoordinates()[i];
            assertThat(distance(rgb(img, close.lonLatToScreen(in.x, in.y)), orangeFill)).as("19 km, vertex " + i)
                    .isLessThanOrEqualTo(4);
            assertThat(rgb(img, close.lonLatToScreen(out.x, out.y))).as("25 km, vertex " + i)
                    .isEqualTo(0xFFFFFFFF);
        }
    }

    @Test
    void evacuationLabelSaysHowManyPeopleLeft() {
        Annotation evac = build(AnnotationKind.EVACUATION, "POINT (35 51)").attribute(Annotation.RADIUS_KM, 20.0)
                .attribute(Annotation.EVACUATED, 130000).title("Sumy district").build();
        assertThat(EvacuationPainter.evacuatedText(evac)).isEqualTo("Evacuated: 130,000");
        BufferedImage img = render(evac);
        Point2D c = view.lonLatToScreen(35, 51);
        // Text wider than the 20 km circle, dark orange.
        int text = count(img, (int) c.getX() - 60, (int) c.getY() - 20, (int) c.getX() + 60, (int) c.getY() + 20,
                near(style("evacuation").colour(StyleProperty.TEXT).argb(), 50));
        assertThat(text).isGreaterThan(30);
    }

    @Test
    void declarationHasAnAmberBandInsideItsOutline() {
        Annotation decl = build(AnnotationKind.DECLARATION, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .attribute(Annotation.LEVEL, "regional").build();
        BufferedImage img = render(decl);
        Point2D edge = view.lonLatToScreen(34, 50.6);
        int justInside = img.getRGB((int) edge.getX() + 5, (int) edge.getY());
        int justOutside = img.getRGB((int) edge.getX() - 5, (int) edge.getY());
        // The band under the faint overall tint, both as the sheet gives them, over white.
        Style look = style("declaration");
        assertThat(distance(justInside, blendOverWhite(look.colour(StyleProperty.BAND).rgb(),
                1 - (1 - look.number(StyleProperty.BAND_OPACITY)) * (1 - look.number(StyleProperty.FILL_OPACITY)))))
                .isLessThanOrEqualTo(4);
        assertThat(distance(rgb(img, view.lonLatToScreen(35, 51.7)), blendOverWhite(look.colour(StyleProperty.FILL).rgb(),
                look.number(StyleProperty.FILL_OPACITY))))
                .isLessThanOrEqualTo(3);
        assertThat(justOutside).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void bufferIsHatched() {
        Annotation buffer = build(AnnotationKind.BUFFER, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))").build();
        BufferedImage img = render(buffer);
        Point2D c = view.lonLatToScreen(35, 51);
        int x = (int) c.getX();
        int y = (int) c.getY();
        int dark = count(img, x - 15, y - 15, x + 15, y + 15, px -> (px & 255) < 200);
        int light = count(img, x - 15, y - 15, x + 15, y + 15, px -> (px & 255) > 230);
        assertThat(dark).isGreaterThan(40);
        assertThat(light).isGreaterThan(200);
    }

    @Test
    void markerSymbolSitsOnItsPointWithItsNameToTheRight() {
        for (String symbol : List.of("dot", "star", "x", "pow")) {
            Annotation m = build(AnnotationKind.MARKER, "POINT (35 51)").side(Side.RUSSIA).title("Kupiansk")
                    .attribute(Annotation.SYMBOL, symbol).build();
            BufferedImage img = render(m);
            Point2D p = view.lonLatToScreen(35, 51);
            int x = (int) p.getX();
            int y = (int) p.getY();
            assertThat(count(img, x - 3, y - 3, x + 4, y + 4, near(RUSSIA, 40))).as(symbol).isGreaterThan(0);
            int textRight = count(img, x + 12, y - 8, x + 90, y + 8, near(MARKER_TEXT, 40));
            int textLeft = count(img, x - 90, y - 8, x - 12, y + 8, near(MARKER_TEXT, 40));
            assertThat(textRight).as(symbol).isGreaterThan(20);
            assertThat(textLeft).as(symbol).isZero();
        }
    }

    @Test
    void markerLabelsOverlapNeitherEachOtherNorTheOtherSymbol() {
        Annotation a = build(AnnotationKind.MARKER, "POINT (35 51)").title("Alpha").build();
        Annotation b = build(AnnotationKind.MARKER, "POINT (35.05 51)").title("Bravo").build();
        AnnotationPainter painter = new AnnotationPainter();
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        Map<String, Rectangle2D> boxes = painter.paint(DrawSurface.java2d(g), view, List.of(a, b), OPTIONS,
                new LabelPlacer(view.width(), view.height()));
        g.dispose();
        assertThat(boxes).containsKeys(a.id(), b.id());
        assertThat(boxes.get(a.id()).intersects(boxes.get(b.id()))).isFalse();
        // Alpha's right would cover Bravo's symbol: it goes elsewhere.
        assertThat(boxes.get(a.id()).contains(view.lonLatToScreen(35.05, 51))).isFalse();
        assertThat(boxes.get(b.id()).contains(view.lonLatToScreen(35, 51))).isFalse();
    }

    private static Rectangle2D inkBounds(BufferedImage img) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (distance(img.getRGB(x, y), 0xFFFFFFFF) > 40) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle2D.Double() : new Rectangle2D.Double(minX, minY, maxX - minX + 1,
                maxY - minY + 1);
    }

    @Test
    void labelRotatedNinetyDegreesIsTallerThanWide() {
        Annotation flat = build(AnnotationKind.LABEL, "POINT (35 51)").title("DNIPRO RIVER").build();
        Annotation turned = flat.withAttribute(Annotation.ROTATION, 90.0);
        Rectangle2D f = inkBounds(render(flat));
        Rectangle2D t = inkBounds(render(turned));
        assertThat(f.getWidth()).isGreaterThan(2 * f.getHeight());
        assertThat(t.getHeight()).isGreaterThan(2 * t.getWidth());
        Point2D p = view.lonLatToScreen(35, 51);
        assertThat(t.getCenterX()).isCloseTo(p.getX(), org.assertj.core.api.Assertions.within(3.0));
        assertThat(t.getCenterY()).isCloseTo(p.getY(), org.assertj.core.api.Assertions.within(3.0));
    }

    @Test
    void labelSizeIsInPoints() {
        Annotation small = build(AnnotationKind.LABEL, "POINT (35 51)").title("Hx").build();
        Annotation big = small.withAttribute(Annotation.SIZE, 24.0);
        assertThat(inkBounds(render(big)).getHeight()).isGreaterThan(1.6 * inkBounds(render(small)).getHeight());
        // The same label at 192 dpi is twice as tall in pixels.
        Viewport doubled = Viewport.fitting(MERC, MERC.forward(new Envelope(30, 40, 47, 54)), 1200, 800);
        double h2 = inkBounds(render(doubled, OPTIONS.withDpi(192), small)).getHeight();
        assertThat(h2).isCloseTo(2 * inkBounds(render(small)).getHeight(), org.assertj.core.api.Assertions.within(4.0));
    }

    @Test
    void vectorTextDrawsTheSameLabels() {
        Annotation m = build(AnnotationKind.MARKER, "POINT (35 51)").title("Kupiansk").build();
        RenderOptions vector = new RenderOptions(96, Color.WHITE, true, List.of(), true);
        Rectangle2D raster = inkBounds(render(m));
        Rectangle2D vec = inkBounds(render(view, vector, m));
        assertThat(vec.getWidth()).isCloseTo(raster.getWidth(), org.assertj.core.api.Assertions.within(3.0));
    }

    @Test
    void annotationsOutsideTheViewDrawNothing() {
        Annotation far = build(AnnotationKind.ZONE, "POLYGON ((-10 10, -8 10, -8 12, -10 12, -10 10))").build();
        Annotation farLine = build(AnnotationKind.FRONTLINE, "LINESTRING (100 10, 101 11)").build();
        assertThat(inkBounds(render(far, farLine)).isEmpty()).isTrue();
    }

    @Test
    void laterAnnotationsPaintOverEarlierOnes() {
        Annotation below = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.UKRAINE).build();
        Annotation above = build(AnnotationKind.MARKER, "POINT (35 51)").side(Side.RUSSIA).build();
        int centre = rgb(render(below, above), view.lonLatToScreen(35, 51));
        assertThat(distance(centre, RUSSIA)).isLessThanOrEqualTo(10);
    }

    @Test
    void legendListsEachLookOnceInAStableOrder() {
        Annotation zoneA = build(AnnotationKind.ZONE, "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")
                .side(Side.RUSSIA).status(ZoneStatus.CLAIMED).build();
        Annotation zoneB = zoneA.copyWithNewId();
        Annotation control = zoneA.withStatus(ZoneStatus.ASSESSED_CONTROL);
        Annotation ua = control.withSide(Side.UKRAINE);
        Annotation arrow = arrow("axis", Confidence.UNCONFIRMED);
        Annotation main = arrow.withAttribute("main_attack", true).withConfidence(Confidence.CONFIRMED);
        Annotation star = build(AnnotationKind.MARKER, "POINT (35 51)").attribute(Annotation.SYMBOL, "star")
                .side(Side.RUSSIA).build();
        Annotation text = build(AnnotationKind.LABEL, "POINT (35 51)").title("x").build();
        List<LegendEntry> legend = AnnotationPainter.legendFor(List.of(star, arrow, zoneA, text, main, zoneB, control,
                ua));
        assertThat(legend).extracting(LegendEntry::label).containsExactly(
                "Ukraine: assessed control",
                "Russia: assessed control",
                "Russia: claimed control or advance",
                "Ukraine: axis of advance (claimed)",
                "Ukraine: axis of advance, main attack",
                "Russia: captured town");
        assertThat(AnnotationPainter.legendFor(List.of(ua, main, control, zoneB, text, arrow, zoneA, star)))
                .isEqualTo(legend);
    }

    @Test
    void everySwatchDrawsInsideItsBox() {
        List<LegendEntry> entries = List.of(
                new LegendEntry(AnnotationKind.ZONE, Side.RUSSIA, ZoneStatus.ASSESSED_CONTROL, false, null, "a"),
                new LegendEntry(AnnotationKind.ZONE, Side.RUSSIA, ZoneStatus.CLAIMED, false, null, "b"),
                new LegendEntry(AnnotationKind.ZONE, Side.UKRAINE, ZoneStatus.HELD_BEFORE, false, null, "c"),
                new LegendEntry(AnnotationKind.EVACUATION, Side.OTHER, null, false, null, "d"),
                new LegendEntry(AnnotationKind.DECLARATION, Side.OTHER, null, false, null, "e"),
                new LegendEntry(AnnotationKind.MOVEMENT, Side.UKRAINE, null, true, new ArrowLook(ArrowStyle.MOVEMENT, false), "f"),
                new LegendEntry(AnnotationKind.MOVEMENT, Side.UKRAINE, null, false, new ArrowLook(ArrowStyle.AXIS, false), "g"),
                new LegendEntry(AnnotationKind.MOVEMENT, Side.RUSSIA, null, false, new ArrowLook(ArrowStyle.AXIS, true), "g2"),
                new LegendEntry(AnnotationKind.FRONTLINE, Side.RUSSIA, null, false, null, "h"),
                new LegendEntry(AnnotationKind.BUFFER, Side.OTHER, null, false, null, "i"),
                new LegendEntry(AnnotationKind.MARKER, Side.RUSSIA, null, false, MarkerSymbol.FLAG, "j"),
                new LegendEntry(AnnotationKind.LABEL, Side.OTHER, null, false, null, "k"));
        for (LegendEntry e : entries) {
            BufferedImage img = new BufferedImage(100, 60, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 100, 60);
            AnnotationPainter.paintSwatch(g, e, new Rectangle2D.Double(30, 20, 40, 21), OPTIONS);
            g.dispose();
            Rectangle2D ink = inkBounds(img);
            assertThat(ink.isEmpty()).as(e.label()).isFalse();
            assertThat(new Rectangle2D.Double(29, 19, 42, 23).contains(ink)).as(e.label() + " " + ink).isTrue();
        }
    }
}
