package org.sitmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapFeature;
import org.sitmap.render.raster.InkSprite;

/**
 * Names the base map: countries, regions and towns of every visible layer, most important first, each only where
 * it meets no label placed before (an annotation's own labels are placed first and win). Town dots are drawn with
 * their names, so a town without room for its name shows nothing.
 *
 * <p>Thread-safe: holds nothing between frames; sprites and place lists are in the frame's {@link RenderCaches}.
 */
final class BaseMapLabeller {
    private static final Color PLACE_TEXT = new Color(0x26221E);
    private static final Color REGION_TEXT = new Color(0x7A6E62);
    private static final Color COUNTRY_TEXT = new Color(0x4F4840);

    private BaseMapLabeller() {
    }

    /** Places and draws the labels of every visible layer onto the canvas; returns how many were placed. */
    static int label(LabelCanvas canvas, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            LabelPlacer placer) {
        return placeLabels(canvas, viewport, collectLabels(viewport, layers, options), options, placer);
    }

    /** A placer for a frame, with the option's reserved areas (legend, title block) already taken. */
    static LabelPlacer newPlacer(Viewport viewport, RenderOptions options) {
        LabelPlacer placer = new LabelPlacer(viewport.width(), viewport.height());
        options.reservedAreas().forEach(placer::reserve);
        return placer;
    }

    /** Label candidates of every visible layer, in no particular order. */
    private static List<LabelCandidate> collectLabels(Viewport viewport, List<RenderLayer> layers,
            RenderOptions options) {
        List<LabelCandidate> labels = new ArrayList<>();
        double res = viewport.resolution();
        double s = 1 / res;
        double ox = viewport.width() / 2.0 - viewport.centerX() * s;
        double oy = viewport.height() / 2.0 + viewport.centerY() * s;
        Envelope view = viewport.worldEnvelope();
        Envelope inset = new Envelope(view);
        inset.expandBy(-60 * res);
        double minPopulation = minPopulation(res);
        for (RenderLayer rl : layers) {
            LayerStyle style = rl.layer().style();
            LabelKind kind = style.labels();
            if (!LayerBuilder.drawn(rl, viewport, options) || style.labelKey() == null
                    || !kindVisibleAt(kind, res)) {
                continue;
            }
            List<MapFeature> features = rl.layer().features();
            if (kind == LabelKind.PLACE) {
                PlaceList places = PlaceList.of(rl.index(), features, style.labelKey());
                for (int k = 0; k < places.size(); k++) {
                    double pop = places.population[k];
                    boolean capital = places.capital[k];
                    if ((pop >= minPopulation || capital && res < 8000) && view.contains(places.x[k], places.y[k])) {
                        labels.add(new LabelCandidate(kind, pop * (capital ? 4 : 1), places.text[k],
                                places.x[k] * s + ox, oy - places.y[k] * s, capital, pop));
                    }
                }
                continue;
            }
            rl.index().query(view, i -> {
                MapFeature feature = features.get(i);
                String text = feature.text(style.labelKey());
                if (text == null || text.isBlank()) {
                    return;
                }
                Envelope env = rl.index().geometry(i).getEnvelopeInternal();
                double pixelArea = env.getArea() * s * s;
                double minPixels = kind == LabelKind.COUNTRY ? 2500 : 1500;
                if (pixelArea < minPixels && kind != LabelKind.GENERIC) {
                    return;
                }
                // Countries often reach beyond the screen (Russia always does): name the part that is shown.
                Coordinate anchor = kind == LabelKind.COUNTRY ? rl.index().labelAnchorWithin(i, inset, res)
                        : rl.index().labelAnchor(i);
                if (anchor == null || Double.isNaN(anchor.x)) {
                    return;
                }
                labels.add(new LabelCandidate(kind, pixelArea,
                        kind == LabelKind.COUNTRY ? text.toUpperCase(Locale.ROOT) : text, anchor.x * s + ox,
                        oy - anchor.y * s, false, 0));
            });
        }
        return labels;
    }

    /** Country names only zoomed out, region names only at regional scale: each where it helps reading. */
    private static boolean kindVisibleAt(LabelKind kind, double res) {
        return switch (kind) {
            case NONE -> false;
            case COUNTRY -> res >= 700;
            case REGION -> res >= 90 && res < 3000;
            case PLACE, GENERIC -> true;
        };
    }

    /**
     * Smallest population labelled at a resolution (map units per pixel). Collision removal decides the rest;
     * this keeps the candidate list short when zoomed out.
     */
    static double minPopulation(double res) {
        return res < 60 ? 0 : res * 12;
    }

    private static int placeLabels(LabelCanvas canvas, Viewport viewport, List<LabelCandidate> labels,
            RenderOptions options, LabelPlacer placer) {
        labels.sort(Comparator.comparingInt((LabelCandidate c) -> rank(c.kind()))
                .thenComparing(Comparator.comparingDouble(LabelCandidate::priority).reversed()));
        double scale = options.pixelScale();
        float halo = (float) (1.6 * scale);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        PlaceDots dots = new PlaceDots(scale, options.vectorText());
        int placed = 0;
        for (LabelCandidate c : labels) {
            if (!screen.contains(c.x(), c.y())) {
                continue;
            }
            if (c.kind() == LabelKind.PLACE) {
                placed += placePlace(canvas, c, placer, scale, halo, dots) ? 1 : 0;
            } else {
                Font font = switch (c.kind()) {
                    case COUNTRY -> Fonts.boldSpaced((float) (13.5 * scale), 0.12f);
                    case REGION -> Fonts.italic((float) (10.5 * scale));
                    default -> Fonts.regular((float) (11 * scale));
                };
                Color color = switch (c.kind()) {
                    case COUNTRY -> COUNTRY_TEXT;
                    case REGION -> REGION_TEXT;
                    default -> PLACE_TEXT;
                };
                Rectangle2D b = TextPainter.bounds(c.text(), font);
                double x = c.x() - b.getWidth() / 2 - b.getX();
                double y = c.y() + b.getHeight() / 2 - (b.getHeight() + b.getY());
                Rectangle2D box = new Rectangle2D.Double(x + b.getX() - halo, y + b.getY() - halo,
                        b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
                if (screen.contains(box) && placer.tryPlace(box)) {
                    canvas.text(c.text(), font, x, y, color, halo);
                    placed++;
                }
            }
        }
        dots.paint(canvas);
        return placed;
    }

    private static int rank(LabelKind kind) {
        return switch (kind) {
            case COUNTRY -> 0;
            case PLACE -> 1;
            case GENERIC -> 2;
            case REGION -> 3;
            case NONE -> 4;
        };
    }

    /** A town: dot plus name to its right, else left, above or below; both must be free. */
    private static boolean placePlace(LabelCanvas canvas, LabelCandidate c, LabelPlacer placer, double scale,
            float halo, PlaceDots dots) {
        double pop = c.population();
        Font font = pop >= 1_000_000 || c.capital() ? Fonts.bold((float) (12.5 * scale))
                : pop >= 100_000 ? Fonts.regular((float) (12 * scale)) : Fonts.regular((float) (10.5 * scale));
        double r = (pop >= 1_000_000 || c.capital() ? 3.4 : pop >= 100_000 ? 2.8 : 2.2) * scale;
        Rectangle2D dotBox = new Rectangle2D.Double(c.x() - r - 1, c.y() - r - 1, 2 * r + 2, 2 * r + 2);
        if (!placer.isFree(dotBox)) {
            return false;
        }
        Rectangle2D b = TextPainter.bounds(c.text(), font);
        double gap = r + 2.5 * scale;
        double[][] origins = {
            {c.x() + gap - b.getX(), c.y() - b.getY() - b.getHeight() / 2},
            {c.x() - gap - b.getWidth() - b.getX(), c.y() - b.getY() - b.getHeight() / 2},
            {c.x() - b.getWidth() / 2 - b.getX(), c.y() - gap - b.getY() - b.getHeight()},
            {c.x() - b.getWidth() / 2 - b.getX(), c.y() + gap - b.getY()},
        };
        for (double[] o : origins) {
            Rectangle2D box = new Rectangle2D.Double(o[0] + b.getX() - halo, o[1] + b.getY() - halo,
                    b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
            if (placer.isFree(box)) {
                // The dot and its label touch each other by design; both now block later labels.
                placer.reserve(box);
                placer.reserve(dotBox);
                dots.add(c, r);
                canvas.text(c.text(), font, o[0], o[1], PLACE_TEXT, halo);
                return true;
            }
        }
        return false;
    }

    /**
     * Town dots of a frame. On vector targets they are gathered into three paths so they cost three fills instead
     * of three per town; on images each is blitted from a small pre-drawn sprite (per size and quarter-pixel
     * offset), since rasterising hundreds of tiny anti-aliased circles cost several milliseconds a frame.
     */
    private static final class PlaceDots {
        private final Path2D.Double rings = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final Path2D.Double discs = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final Path2D.Double holes = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final List<LabelCandidate> places = new ArrayList<>();
        private final List<Double> radii = new ArrayList<>();
        private final double outline;
        private final boolean vector;

        PlaceDots(double scale, boolean vector) {
            this.outline = 1.2 * scale;
            this.vector = vector;
        }

        void add(LabelCandidate c, double r) {
            if (!vector) {
                places.add(c);
                radii.add(r);
                return;
            }
            double o = r + outline;
            rings.append(new Ellipse2D.Double(c.x() - o, c.y() - o, 2 * o, 2 * o), false);
            discs.append(new Ellipse2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r), false);
            if (c.capital()) {
                double ir = r * 0.45;
                holes.append(new Ellipse2D.Double(c.x() - ir, c.y() - ir, 2 * ir, 2 * ir), false);
            }
        }

        void paint(LabelCanvas canvas) {
            if (!vector) {
                for (int k = 0; k < places.size(); k++) {
                    LabelCandidate c = places.get(k);
                    DotSprites.draw(canvas, c.x(), c.y(), radii.get(k), outline, c.capital());
                }
                return;
            }
            Graphics2D g = canvas.graphics();
            g.setColor(Color.WHITE);
            g.fill(rings);
            g.setColor(PLACE_TEXT);
            g.fill(discs);
            g.setColor(Color.WHITE);
            g.fill(holes);
        }

        /** Draws one dot: white ring, dark disc, and for a capital a white centre. */
        static void paintDot(Graphics2D g, double x, double y, double r, double outline, boolean capital) {
            double o = r + outline;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - o, y - o, 2 * o, 2 * o));
            g.setColor(PLACE_TEXT);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            if (capital) {
                double ir = r * 0.45;
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(x - ir, y - ir, 2 * ir, 2 * ir));
            }
        }
    }

    /** Pre-drawn town dots, per size, capital or not, and position within a pixel in quarter steps. */
    private static final class DotSprites {
        private record DotKey(double r, double outline, boolean capital, int phaseX, int phaseY) {
        }

        static void draw(LabelCanvas canvas, double x, double y, double r, double outline, boolean capital) {
            // Quarter-pixel phases keep dots where the vector path would put them, to within 1/8 pixel.
            int qx = (int) Math.floor(x * 4 + 0.5);
            int qy = (int) Math.floor(y * 4 + 0.5);
            int px = Math.floorDiv(qx, 4);
            int py = Math.floorDiv(qy, 4);
            DotKey key = new DotKey(r, outline, capital, qx - 4 * px, qy - 4 * py);
            InkSprite sprite = (InkSprite) RenderCaches.current().dotSprites.get(key, k -> render((DotKey) k));
            int half = sprite.width() / 2;
            canvas.image(sprite, px - half, py - half);
        }

        private static InkSprite render(DotKey k) {
            int half = (int) Math.ceil(k.r() + k.outline()) + 2;
            BufferedImage img = new BufferedImage(2 * half, 2 * half, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            MapRenderer.applyHints(g);
            PlaceDots.paintDot(g, half + k.phaseX() / 4.0, half + k.phaseY() / 4.0, k.r(), k.outline(), k.capital());
            g.dispose();
            return InkSprite.of(img);
        }
    }

    private record LabelCandidate(LabelKind kind, double priority, String text, double x, double y, boolean capital,
            double population) {
    }
}
