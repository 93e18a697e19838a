package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class HatchingTest {
    /** A concave ring with a square hole, as an annotation's area path is built. */
    private static Path2D.Double ringWithHole(int windingRule) {
        Path2D.Double p = new Path2D.Double(windingRule);
        p.moveTo(40, 40);
        p.lineTo(360, 60);
        p.lineTo(300, 200);
        p.lineTo(360, 340);
        p.lineTo(60, 320);
        p.lineTo(140, 190);
        p.closePath();
        // The hole runs the other way round, so it is a hole under both winding rules.
        p.moveTo(180, 120);
        p.lineTo(180, 240);
        p.lineTo(260, 240);
        p.lineTo(260, 120);
        p.closePath();
        return p;
    }

    private static BufferedImage paint(java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        MapRenderer.applyHints(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        painter.accept(g);
        g.dispose();
        return img;
    }

    /** Whole lines clipped to the shape by Java2D: what hatching drew before, and the reference here. */
    private static void clippedLines(Graphics2D g, Shape shape, double angle, double spacing) {
        Rectangle2D big = new Rectangle2D.Double(-1000, -1000, 3000, 3000);
        Path2D.Double whole = Hatching.lines(new Rectangle2D.Double(-500, -500, 1400, 1400), big, angle, spacing,
                7, 3);
        g.clip(shape);
        g.draw(whole);
    }

    @Test
    void linesStopAtTheShapeAndSkipItsHoleUnderBothWindingRules() {
        for (int rule : new int[] {Path2D.WIND_EVEN_ODD, Path2D.WIND_NON_ZERO}) {
            Shape shape = ringWithHole(rule);
            Rectangle2D limit = new Rectangle2D.Double(0, 0, 400, 400);
            BufferedImage cut = paint(g -> Hatching.draw(g, shape, limit, 45, 6, 7, 3));
            BufferedImage clipped = paint(g -> clippedLines(g, shape, 45, 6));
            long inkCut = 0;
            long inkClipped = 0;
            int outside = 0;
            int far = 0;
            for (int y = 0; y < 400; y++) {
                for (int x = 0; x < 400; x++) {
                    int a = 255 - (cut.getRGB(x, y) & 0xFF);
                    int b = 255 - (clipped.getRGB(x, y) & 0xFF);
                    inkCut += a;
                    inkClipped += b;
                    // Well away from the outline (which a zone draws over its hatching), they agree.
                    boolean nearEdge = shape.intersects(x - 2, y - 2, 5, 5) && !shape.contains(x - 2, y - 2, 5, 5);
                    if (!nearEdge && Math.abs(a - b) > 40) {
                        far++;
                    }
                    if (!nearEdge && !shape.contains(x + 0.5, y + 0.5) && a > 0) {
                        outside++;
                    }
                }
            }
            assertThat(inkCut).as("rule %d", rule).isGreaterThan(100_000);
            assertThat((double) inkCut).isCloseTo(inkClipped, org.assertj.core.api.Assertions.within(inkClipped * 0.05));
            assertThat(far).as("pixels unlike Java2D's clip, rule %d", rule).isZero();
            assertThat(outside).as("ink outside the shape or in its hole, rule %d", rule).isZero();
        }
    }

    @Test
    void linesKeepTheirPlaceWhenTheShapeMoves() {
        // Hatching is anchored to the map: a shape panned by whole pixels gets the same lines, moved.
        Shape shape = ringWithHole(Path2D.WIND_EVEN_ODD);
        Shape moved = java.awt.geom.AffineTransform.getTranslateInstance(-30, 17).createTransformedShape(shape);
        Rectangle2D limit = new Rectangle2D.Double(-100, -100, 600, 600);
        BufferedImage a = paint(g -> Hatching.draw(g, shape, limit, 135, 4, 11, 5));
        BufferedImage b = paint(g -> Hatching.draw(g, moved, limit, 135, 4, 11 - 30, 5 + 17));
        int differ = 0;
        for (int y = 20; y < 380; y++) {
            for (int x = 40; x < 400; x++) {
                if (Math.abs((a.getRGB(x, y) & 0xFF) - (b.getRGB(x - 30, y + 17) & 0xFF)) > 2) {
                    differ++;
                }
            }
        }
        assertThat(differ).isZero();
    }

    @Test
    void spacingMustBePositive() {
        assertThatThrownBy(() -> Hatching.lines(ringWithHole(Path2D.WIND_EVEN_ODD),
                new Rectangle2D.Double(0, 0, 10, 10), 45, 0, 0, 0)).hasMessageContaining("spacing");
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB_PRE);
        assertThatThrownBy(() -> paint(g -> Hatching.drawDirectly(g, img, ringWithHole(Path2D.WIND_EVEN_ODD),
                new Rectangle2D.Double(0, 0, 10, 10), 45, -1, 0, 0))).hasMessageContaining("spacing");
    }

    @Test
    void linesWrittenStraightIntoAnImageLookLikeJava2dLines() {
        Shape shape = ringWithHole(Path2D.WIND_EVEN_ODD);
        Rectangle2D limit = new Rectangle2D.Double(0, 0, 400, 400);
        Color colour = new Color(0xC0, 0x30, 0x30, 0xD8);
        BufferedImage[] images = new BufferedImage[2];
        for (int k = 0; k < 2; k++) {
            BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            MapRenderer.applyHints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 400);
            g.setColor(colour);
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            (k == 0 ? DrawSurface.java2d(g) : DrawSurface.of(g, img)).hatch(shape, limit, 45, 6, 7, 3);
            g.dispose();
            images[k] = img;
        }
        long inkJava2d = 0;
        long inkDirect = 0;
        int far = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x++) {
                int a = 255 - (images[0].getRGB(x, y) & 0xFF);
                int b = 255 - (images[1].getRGB(x, y) & 0xFF);
                inkJava2d += a;
                inkDirect += b;
                far += Math.abs(a - b) > 96 ? 1 : 0;
            }
        }
        assertThat(inkJava2d).isGreaterThan(100_000);
        assertThat((double) inkDirect).isCloseTo(inkJava2d, org.assertj.core.api.Assertions.within(inkJava2d * 0.08));
        assertThat(far).as("pixels far apart").isLessThan(400 * 400 / 500);
        assertThat(images[1].getRGB(220, 180) & 0xFFFFFF).as("the hole stays empty").isEqualTo(0xFFFFFF);
    }
}
