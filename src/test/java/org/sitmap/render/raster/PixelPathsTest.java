package org.sitmap.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelPathsTest {

    /** Every edge a walk hands over, as {x0, y0, x1, y1} in frame rows (the walk's top added back). */
    private static List<double[]> edges(PixelPaths paths, int top, int height, double reach, boolean close) {
        List<double[]> out = new ArrayList<>();
        paths.walk(top, height, reach, close, new PixelPaths.EdgeSink() {
            @Override
            public void start(double distance) {
            }

            @Override
            public void edge(double x0, double y0, double x1, double y1) {
                out.add(new double[] {x0, y0 + top, x1, y1 + top});
            }
        });
        return out;
    }

    private static PixelPaths circle(double cx, double cy, double r, int n) {
        PixelPaths p = new PixelPaths();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            if (i == 0) {
                p.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                p.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    @Test
    void aRingOfManyChunksIsWalkedWholeAndClosed() {
        int n = 10 * PixelPaths.CHUNK + 37;
        PixelPaths ring = circle(500, 500, 400, n);

        List<double[]> all = edges(ring, 0, 1000, 1, false);

        assertThat(all).hasSize(n);
        double perimeter = 0;
        for (int k = 0; k < all.size(); k++) {
            double[] e = all.get(k);
            double[] next = all.get((k + 1) % all.size());
            assertThat(next[0]).as("edge %d ends where the next starts", k).isEqualTo(e[2]);
            assertThat(next[1]).isEqualTo(e[3]);
            perimeter += Math.hypot(e[2] - e[0], e[3] - e[1]);
        }
        assertThat(perimeter).isCloseTo(2 * Math.PI * 400, within(1.0));
    }

    @Test
    void aStripGetsEveryEdgeThatReachesItsRowsAndSkipsWholeChunksThatDoNot() {
        PixelPaths ring = circle(500, 500, 400, 20 * PixelPaths.CHUNK);
        List<double[]> all = edges(ring, 0, 1000, 1, false);
        int top = 300;
        int height = 60;
        double reach = 1.5;

        List<double[]> strip = edges(ring, top, height, reach, false);

        for (double[] e : all) {
            boolean meets = Math.max(e[1], e[3]) >= top - reach && Math.min(e[1], e[3]) <= top + height + reach;
            if (meets) {
                assertThat(strip).as("an edge crossing the strip").anySatisfy(s -> assertThat(s).containsExactly(e));
            }
        }
        // The circle crosses rows 300-360 twice, in about two chunks each side; the rest is never looked at.
        assertThat(strip.size()).isLessThan(6 * PixelPaths.CHUNK).isLessThan(all.size() / 3);
    }

    @Test
    void aClosingEdgeIsWalkedInTheStripItCrossesEvenWhenItsChunkIsSkipped() {
        // A line that runs down the left, across the bottom and up the right; its closing edge runs along the top,
        // far from the rows of its last chunk.
        PixelPaths p = new PixelPaths();
        p.moveTo(10, 5);
        for (int y = 6; y < 900; y++) {
            p.lineTo(10, y);
        }
        p.lineTo(500, 900);
        for (int y = 899; y > 500; y--) {
            p.lineTo(500, y);
        }
        p.closePath();

        List<double[]> topStrip = edges(p, 0, 20, 1, false);

        assertThat(topStrip).anySatisfy(e -> assertThat(e).containsExactly(500, 501, 10, 5));
    }

    @Test
    void openLinesAreClosedOnlyForFills() {
        PixelPaths p = new PixelPaths();
        p.moveTo(0, 0);
        p.lineTo(10, 0);
        p.lineTo(10, 10);

        assertThat(edges(p, 0, 20, 1, false)).hasSize(2);
        assertThat(edges(p, 0, 20, 1, true)).hasSize(3);
    }

    @Test
    void javaTwoDPathsHoldTheSameVerticesAndClosures() {
        PixelPaths p = circle(50, 50, 20, 300);
        p.moveTo(0, 0);
        p.lineTo(5, 5);

        List<Path2D.Double> paths = p.paths();

        List<double[]> points = new ArrayList<>();
        int closes = 0;
        double[] c = new double[6];
        for (Path2D.Double path : paths) {
            assertThat(path.getWindingRule()).isEqualTo(Path2D.WIND_EVEN_ODD);
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                if (type == PathIterator.SEG_CLOSE) {
                    closes++;
                } else {
                    points.add(new double[] {c[0], c[1]});
                }
            }
        }
        assertThat(points).hasSize(302);
        assertThat(closes).isEqualTo(1);
        assertThat(points.get(301)).containsExactly(5, 5);
        assertThat(p.paths()).as("made once").isSameAs(paths);
    }

    @Test
    void aDashedLineKeepsItsPatternWhereAStripSkipsPartOfIt() {
        // Down 600 rows and back up a little to the right: a strip of the top rows skips the chunks of the long
        // excursion and must pick the dash pattern up where the line comes back, as the whole frame does.
        List<Path2D.Double> line = new ArrayList<>();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(20, 10.5);
        for (int y = 11; y <= 600; y++) {
            path.lineTo(20 + (y % 2) * 0.01, y + 0.5);
        }
        path.lineTo(60, 600.5);
        for (int y = 599; y >= 10; y--) {
            path.lineTo(60, y + 0.5);
        }
        path.lineTo(200, 10.5);
        line.add(path);
        float[] dash = {4, 3};

        BufferedImage whole = new BufferedImage(240, 640, BufferedImage.TYPE_INT_ARGB_PRE);
        ThinLineRaster.forCurrentThread().stroke(whole, line, 1.0, dash, 0xFF000000);
        BufferedImage frame = new BufferedImage(240, 640, BufferedImage.TYPE_INT_ARGB_PRE);
        BufferedImage topStrip = frame.getSubimage(0, 0, 240, 20);
        ThinLineRaster.forCurrentThread().stroke(topStrip, 0, line, 1.0, dash, 0xFF000000);

        int inked = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 240; x++) {
                assertThat(frame.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(whole.getRGB(x, y));
                inked += (whole.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        // The top run along row 10 is dashed: about 4 inked pixels in every 7 of its 140.
        assertThat(inked).isBetween(70, 100);
    }

    @Test
    void aDashPatternRunsOnAcrossChunksAsOverOneSegment() {
        // 600 one-pixel segments make several chunks; the dashes must fall where they do on one 600-pixel segment.
        Path2D.Double many = new Path2D.Double();
        many.moveTo(0, 10.5);
        for (int x = 1; x <= 600; x++) {
            many.lineTo(x, 10.5);
        }
        Path2D.Double one = new Path2D.Double();
        one.moveTo(0, 10.5);
        one.lineTo(600, 10.5);
        // A period of 9 pixels: restarting it at a chunk's start (vertex 128) would move the dashes by 2 pixels.
        float[] dash = {5, 4};

        BufferedImage a = new BufferedImage(610, 20, BufferedImage.TYPE_INT_ARGB_PRE);
        ThinLineRaster.forCurrentThread().stroke(a, List.of(many), 1.0, dash, 0xFF000000);
        BufferedImage b = new BufferedImage(610, 20, BufferedImage.TYPE_INT_ARGB_PRE);
        ThinLineRaster.forCurrentThread().stroke(b, List.of(one), 1.0, dash, 0xFF000000);

        // Joints cover their whole last pixel, so a dash may end a pixel later on the many segments; where dashes
        // start is the same.
        List<Integer> startsA = dashStarts(a);
        List<Integer> startsB = dashStarts(b);
        assertThat(startsA).hasSize(67).hasSameSizeAs(startsB);
        for (int k = 0; k < startsA.size(); k++) {
            assertThat((double) startsA.get(k)).as("dash %d", k).isCloseTo(startsB.get(k), within(1.0));
        }
    }

    /** Columns of row 10 where a dash starts: ink reaches half opacity after a column under it. */
    private static List<Integer> dashStarts(BufferedImage img) {
        List<Integer> starts = new ArrayList<>();
        boolean on = false;
        for (int x = 0; x < img.getWidth(); x++) {
            boolean inked = (img.getRGB(x, 10) >>> 24) >= 128;
            if (inked && !on) {
                starts.add(x);
            }
            on = inked;
        }
        return starts;
    }
}
