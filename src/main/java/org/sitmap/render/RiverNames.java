package org.sitmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.Planar;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapFeature;
import org.sitmap.style.Style;
import org.sitmap.style.StyleProperty;

/**
 * Writes the names of rivers along their lines: on a stretch of the line in view that runs straight enough for the
 * whole name, as near the middle of what is shown as there is room, turned to the stretch's direction and set just
 * above the water. A name goes only where it meets no label placed before (annotations and towns come first), and
 * each river is named once per {@link #SPACING_PX} pixels, so a river cut into many lines is not named on each.
 *
 * <p>Thread-safe: holds nothing between frames.
 */
final class RiverNames {
    /** Pixels between two names of one river. */
    static final double SPACING_PX = 350;
    /** Stretches tried per line: enough to find room, few enough for long rivers at theatre scale. */
    private static final int TRIES = 150;

    private RiverNames() {
    }

    /** A name placed at (x, y), to keep the next one of the same river away. */
    private record Placed(String name, double x, double y) {
    }

    /** Places and draws the names of the visible river layers; returns how many were placed. */
    static int label(LabelCanvas canvas, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            LabelPlacer placer) {
        Style look = options.styleSheet().basemap("river_labels");
        double scale = options.pixelScale();
        Font font = Fonts.of(look, StyleProperty.FONT_SIZE, scale);
        Color fill = AnnotationStyles.colour(look, StyleProperty.TEXT);
        Color halo = AnnotationStyles.colour(look, StyleProperty.HALO);
        float haloWidth = (float) (look.number(StyleProperty.HALO_WIDTH) * scale);
        double s = 1 / viewport.resolution();
        double ox = viewport.width() / 2.0 - viewport.centerX() * s;
        double oy = viewport.height() / 2.0 + viewport.centerY() * s;
        Rectangle2D screen = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        Envelope view = viewport.worldEnvelope();
        List<Placed> placed = new ArrayList<>();
        for (RenderLayer rl : layers) {
            LayerStyle style = rl.layer().style();
            if (style.labels() != LabelKind.LINE || style.labelKey() == null
                    || !LayerBuilder.drawn(rl, viewport, options)) {
                continue;
            }
            List<MapFeature> features = rl.layer().features();
            List<Integer> inView = new ArrayList<>();
            rl.index().query(view, inView::add);
            inView.sort(null); // the layer's order, not the index's: frames stay the same
            for (int i : inView) {
                String name = Fonts.placeName(options.placeNames(), features.get(i), style.labelKey(), true);
                if (name == null || name.isBlank()) {
                    continue;
                }
                Geometry g = rl.index().geometry(i);
                for (int part = 0; part < g.getNumGeometries(); part++) {
                    double[] xy = screenPoints(g.getGeometryN(part).getCoordinates(), s, ox, oy);
                    Placement p = place(name, font, xy, screen, placed, placer, haloWidth);
                    if (p != null) {
                        canvas.rotatedText(name, font, p.x(), p.y(), p.angle(), fill, halo, haloWidth);
                        placed.add(new Placed(name, p.cx(), p.cy()));
                    }
                }
            }
        }
        return placed.size();
    }

    /** Where a name goes: its baseline origin, its angle, and the middle of its stretch. */
    private record Placement(double x, double y, double angle, double cx, double cy) {
    }

    private static double[] screenPoints(Coordinate[] cs, double s, double ox, double oy) {
        double[] xy = new double[cs.length * 2];
        int n = 0;
        for (Coordinate c : cs) {
            double x = c.x * s + ox;
            double y = oy - c.y * s;
            if (n > 0 && Math.abs(x - xy[n - 2]) < 0.5 && Math.abs(y - xy[n - 1]) < 0.5) {
                continue;
            }
            xy[n++] = x;
            xy[n++] = y;
        }
        return java.util.Arrays.copyOf(xy, n);
    }

    /**
     * The first stretch, starting nearest the middle of the line, that is on screen, straight within half of the
     * text's height, far from the river's other names and free of other labels; null if there is none. Stretches
     * start a quarter of the name's length apart along the line, so a long river costs a few dozen tries, not one
     * per vertex (that was 5 ms of a 20 ms theatre frame).
     */
    private static Placement place(String name, Font font, double[] xy, Rectangle2D screen, List<Placed> placed,
            LabelPlacer placer, float halo) {
        int n = xy.length / 2;
        Rectangle2D b = TextPainter.bounds(name, font);
        double need = b.getWidth() + 4;
        double tolerance = Math.max(1.5, b.getHeight() / 2);
        // Start vertices a quarter of the name apart along the line.
        int[] starts = new int[n];
        int count = 0;
        double along = 0;
        double next = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                along += Planar.length(xy[2 * k] - xy[2 * k - 2], xy[2 * k + 1] - xy[2 * k - 1]);
            }
            if (along >= next) {
                starts[count++] = k;
                next = along + need / 4;
            }
        }
        int tries = 0;
        for (int c = 0; c < count && tries < TRIES; c++) {
            // From the middle outwards.
            int m = count / 2 + ((c & 1) == 0 ? c / 2 : -(c / 2 + 1));
            if (m < 0 || m >= count) {
                continue;
            }
            int i = starts[m];
            if (!screen.contains(xy[2 * i], xy[2 * i + 1])) {
                continue;
            }
            int j = i + 1;
            while (j < n && Planar.length(xy[2 * j] - xy[2 * i], xy[2 * j + 1] - xy[2 * i + 1]) < need) {
                j++;
            }
            if (j >= n) {
                continue;
            }
            tries++;
            if (!straight(xy, i, j, tolerance)) {
                continue;
            }
            Placement p = at(xy, i, j, b, halo);
            if (p == null || near(placed, name, p)) {
                continue;
            }
            Rectangle2D box = box(p, b, halo);
            if (screen.contains(box) && placer.tryPlace(box)) {
                return p;
            }
        }
        return null;
    }

    private static boolean straight(double[] xy, int i, int j, double tolerance) {
        double ax = xy[2 * i];
        double ay = xy[2 * i + 1];
        double dx = xy[2 * j] - ax;
        double dy = xy[2 * j + 1] - ay;
        double len = Planar.length(dx, dy);
        for (int k = i + 1; k < j; k++) {
            double off = Math.abs((xy[2 * k] - ax) * dy - (xy[2 * k + 1] - ay) * dx) / len;
            if (off > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** The name on the stretch i..j, reading left to right, its bottom just above the line. */
    private static Placement at(double[] xy, int i, int j, Rectangle2D b, float halo) {
        double x1 = xy[2 * i];
        double y1 = xy[2 * i + 1];
        double x2 = xy[2 * j];
        double y2 = xy[2 * j + 1];
        if (x2 < x1) {
            double t = x1;
            x1 = x2;
            x2 = t;
            t = y1;
            y1 = y2;
            y2 = t;
        }
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double cx = (x1 + x2) / 2;
        double cy = (y1 + y2) / 2;
        // In the text's own frame: centred on the stretch, the bottom of the letters a halo above the water.
        double tx = -b.getWidth() / 2 - b.getX();
        double ty = -(b.getY() + b.getHeight()) - halo - 1;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return new Placement(cx + tx * cos - ty * sin, cy + tx * sin + ty * cos, angle, cx, cy);
    }

    private static boolean near(List<Placed> placed, String name, Placement p) {
        for (Placed q : placed) {
            if (q.name().equals(name) && Planar.length(q.x() - p.cx(), q.y() - p.cy()) < SPACING_PX) {
                return true;
            }
        }
        return false;
    }

    /** The screen box around the turned name and its halo. */
    private static Rectangle2D box(Placement p, Rectangle2D b, float halo) {
        double cos = Math.cos(p.angle());
        double sin = Math.sin(p.angle());
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[][] corners = {{b.getMinX() - halo, b.getMinY() - halo}, {b.getMaxX() + halo, b.getMinY() - halo},
            {b.getMinX() - halo, b.getMaxY() + halo}, {b.getMaxX() + halo, b.getMaxY() + halo}};
        for (double[] c : corners) {
            double x = p.x() + c[0] * cos - c[1] * sin;
            double y = p.y() + c[0] * sin + c[1] * cos;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }
}
