package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.style.StyleKey;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * A buffer zone and a claimed zone of the same side, side by side, tell apart at a glance: the hatch lines run
 * another way (measured from the pixels) and the outline is of another weight (measured across the edge), in
 * every shipped sheet.
 */
class BufferVersusClaimTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    /** 300 dpi, so an outline's width spans several pixels and can be measured. */
    private static final double DPI = 300;
    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(33, 39, 49, 53)), 900, 600);

    static List<StyleSheet> sheets() {
        return StyleSheets.all();
    }

    private static Annotation area(AnnotationKind kind, String wkt) throws ParseException {
        Annotation.Builder b = Annotation.builder(kind, new WKTReader().read(wkt)).side(Side.RUSSIA)
                .confidence(Confidence.CONFIRMED);
        if (kind == AnnotationKind.ZONE) {
            b.status(ZoneStatus.CLAIMED);
        }
        return b.build();
    }

    private BufferedImage render(StyleSheet sheet, List<Annotation> annotations) {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        RenderOptions o = new RenderOptions(DPI, Color.WHITE, false, List.of(), false).withStyleSheet(sheet);
        new AnnotationPainter().paint(DrawSurface.java2d(g), view, annotations, o, null);
        g.dispose();
        return img;
    }

    private static int luminance(int argb) {
        return (((argb >> 16) & 255) * 3 + ((argb >> 8) & 255) * 6 + (argb & 255)) / 10;
    }

    /**
     * The direction of the hatch lines around (cx, cy), in degrees counter-clockwise from east (0, 45, 90 or 135):
     * the one along which neighbouring pixels differ least.
     */
    private static int hatchDirection(BufferedImage img, int cx, int cy) {
        int[][] steps = {{3, 0}, {3, -3}, {0, -3}, {-3, -3}};
        int best = -1;
        long bestScore = Long.MAX_VALUE;
        for (int k = 0; k < steps.length; k++) {
            long score = 0;
            for (int y = cy - 40; y < cy + 40; y++) {
                for (int x = cx - 40; x < cx + 40; x++) {
                    score += Math.abs(luminance(img.getRGB(x, y))
                            - luminance(img.getRGB(x + steps[k][0], y + steps[k][1])));
                }
            }
            if (score < bestScore) {
                bestScore = score;
                best = k * 45;
            }
        }
        return best;
    }

    /**
     * How wide the outline is, in pixels: across the left edge at x = {@code edgeX}, the run of dark pixels that
     * holds the edge, the median over the rows between {@code y0} and {@code y1} that have one (a dash gap leaves
     * a row without, a dash's soft end makes a row's run shorter, a hatch line meeting the edge longer).
     */
    private static int outlineWidth(BufferedImage img, int edgeX, int y0, int y1) {
        List<Integer> runs = new java.util.ArrayList<>();
        for (int y = y0; y < y1; y++) {
            if (luminance(img.getRGB(edgeX, y)) >= 160) {
                continue;
            }
            int left = edgeX;
            while (left > edgeX - 30 && luminance(img.getRGB(left - 1, y)) < 160) {
                left--;
            }
            int right = edgeX;
            while (right < edgeX + 30 && luminance(img.getRGB(right + 1, y)) < 160) {
                right++;
            }
            runs.add(right - left + 1);
        }
        assertThat(runs).as("rows crossing an outline").isNotEmpty();
        java.util.Collections.sort(runs);
        return runs.get(runs.size() / 2);
    }

    private static double sheetNumber(StyleSheet sheet, String kind, String status, StyleProperty p) {
        return sheet.lookup(StyleKey.of(kind, Side.RUSSIA.code()).withStatus(status).withConfidence("confirmed"))
                .number(p);
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void hatchDirectionAndOutlineWeightDiffer(StyleSheet sheet) throws ParseException {
        Annotation buffer = area(AnnotationKind.BUFFER, "POLYGON ((33.5 49.5, 35.8 49.5, 35.8 52.5, 33.5 52.5, 33.5 49.5))");
        Annotation claim = area(AnnotationKind.ZONE, "POLYGON ((36.2 49.5, 38.5 49.5, 38.5 52.5, 36.2 52.5, 36.2 49.5))");
        BufferedImage img = render(sheet, List.of(buffer, claim));
        Point2D b = view.lonLatToScreen(34.65, 51);
        Point2D c = view.lonLatToScreen(37.35, 51);
        int bufferAngle = hatchDirection(img, (int) b.getX(), (int) b.getY());
        int claimAngle = hatchDirection(img, (int) c.getX(), (int) c.getY());

        assertThat(bufferAngle).as("buffer hatch as the sheet says")
                .isEqualTo((int) sheetNumber(sheet, "buffer", null, StyleProperty.HATCH_ANGLE) % 180);
        assertThat(claimAngle).as("claim hatch as the sheet says")
                .isEqualTo((int) sheetNumber(sheet, "zone", "claimed", StyleProperty.HATCH_ANGLE) % 180);
        assertThat(bufferAngle).as("the hatch lines run another way").isNotEqualTo(claimAngle);

        Point2D top = view.lonLatToScreen(33.5, 52);
        Point2D bottom = view.lonLatToScreen(33.5, 50);
        int bufferEdge = outlineWidth(img, (int) Math.round(top.getX()), (int) top.getY(), (int) bottom.getY());
        int claimEdge = outlineWidth(img, (int) Math.round(view.lonLatToScreen(36.2, 51).getX()), (int) top.getY(),
                (int) bottom.getY());
        assertThat(claimEdge).as("the claim's outline is heavier than the buffer's (%d px)", bufferEdge)
                .isGreaterThanOrEqualTo(bufferEdge + 2);
    }
}
