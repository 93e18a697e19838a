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
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.geo.Projection;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapFeature;
import org.sitmap.render.raster.InkSprite;
import org.sitmap.style.Style;
import org.sitmap.style.StyleColour;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;

/**
 * Names the base map: countries, regions and towns of every visible layer, most important first, then the rivers
 * along their lines ({@link RiverNames}), each only where it meets no label placed before (an annotation's own
 * labels are placed first and win). Town dots are drawn with
 * their names, so a town without room for its name shows nothing.
 *
 * <p>Thread-safe: holds nothing between frames; sprites, place lists and the last views' label candidates are in the
 * frame's {@link RenderCaches}.
 */
final class BaseMapLabeller {

    private BaseMapLabeller() {
    }

    /** Places and draws the labels of every visible layer onto the canvas; returns how many were placed. */
    static int label(LabelCanvas canvas, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            LabelPlacer placer) {
        int placed = placeLabels(canvas, viewport, candidates(viewport, layers, options), options, placer);
        return placed + RiverNames.label(canvas, viewport, layers, options, placer);
    }

    /** Spots inside a country larger than the view tried for its name, the middle of the part in view first. */
    private static final int COUNTRY_SPOTS = 12;

    /** A placer for a frame, with the option's reserved areas (legend, title block) already taken. */
    static LabelPlacer newPlacer(Viewport viewport, RenderOptions options) {
        LabelPlacer placer = LabelPlacer.insideFrame(viewport.width(), viewport.height());
        options.reservedAreas().forEach(placer::reserve);
        return placer;
    }

    /** What a frame's candidates were collected for. */
    private record CandidatesKey(Projection projection, double centerX, double centerY, double resolution, int width,
            int height, List<BaseFrame.LayerState> layers, RenderOptions options) {
    }

    /**
     * The label candidates of every visible layer, in the order they are placed; kept in the frame's caches
     * ({@link RenderCaches}: the window's renderer, cleared with it) for the same view, layers and options, since
     * a repaint or a date change collected every town and region of the view again (a tenth of the label thread of
     * a 10,000-annotation frame).
     */
    private static List<LabelCandidate> candidates(Viewport viewport, List<RenderLayer> layers, RenderOptions options) {
        List<BaseFrame.LayerState> states = BaseFrame.LayerState.of(layers);
        CandidatesKey key = new CandidatesKey(viewport.projection(), viewport.centerX(), viewport.centerY(),
                viewport.resolution(), viewport.width(), viewport.height(), states, options);
        BoundedCache<CandidatesKey, List<LabelCandidate>> kept = RenderCaches.current().named(CANDIDATES, 2);
        List<LabelCandidate> labels = kept.get(key, k -> {
            List<LabelCandidate> collected = collectLabels(viewport, layers, options);
            collected.sort(Comparator.comparingInt((LabelCandidate l) -> rank(l.kind()))
                    .thenComparing(Comparator.comparingDouble(LabelCandidate::priority).reversed()));
            return List.copyOf(collected);
        });
        if (!BaseFrame.LayerState.of(layers).equals(states)) {
            // A layer shown or hidden meanwhile: what was collected may be of either state.
            kept.clear();
        }
        return labels;
    }

    private static final String CANDIDATES = "base-map label candidates";

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
        for (RenderLayer rl : layers) {
            LayerStyle style = rl.layer().style();
            LabelKind kind = style.labels();
            // Rivers are named along their lines, after the towns (RiverNames).
            if (!LayerBuilder.drawn(rl, viewport, options) || style.labelKey() == null || kind == LabelKind.LINE
                    || !kindVisibleAt(kind, res)) {
                continue;
            }
            List<MapFeature> features = rl.layer().features();
            if (kind == LabelKind.PLACE) {
                PlaceList places = PlaceList.of(rl.index(), features, style.labelKey(), options.placeNames());
                addPlaces(labels, places, kind, viewport);
                continue;
            }
            rl.index().query(view, i -> {
                MapFeature feature = features.get(i);
                String text = Fonts.placeName(options.placeNames(), feature, style.labelKey(), true);
                if (text == null || text.isBlank()) {
                    return;
                }
                Envelope env = rl.index().envelope(i);
                double pixelArea = env.getArea() * s * s;
                double minPixels = kind == LabelKind.COUNTRY ? 2500 : 1500;
                if (pixelArea < minPixels && kind != LabelKind.GENERIC) {
                    return;
                }
                String shown = kind == LabelKind.COUNTRY ? text.toUpperCase(Locale.ROOT) : text;
                Coordinate own = rl.index().labelAnchor(i);
                // Countries often reach beyond the screen (Russia always does), or their own spot is taken: then
                // they are named at the first free one of a few spots of their part in view, found only then.
                if (kind == LabelKind.COUNTRY) {
                    Supplier<double[]> spots = () -> toPixels(rl.index().spotsWithin(i, inset, res, COUNTRY_SPOTS),
                            s, ox, oy);
                    double[] first = inset.contains(own) ? new double[] {own.x * s + ox, oy - own.y * s} : spots.get();
                    if (first.length > 0) {
                        labels.add(new LabelCandidate(kind, pixelArea, shown, first[0], first[1], false, 0, first,
                                inset.contains(own) ? spots : null));
                    }
                } else if (!Double.isNaN(own.x)) {
                    labels.add(new LabelCandidate(kind, pixelArea, shown, own.x * s + ox, oy - own.y * s, false, 0));
                }
            });
        }
        return labels;
    }

    /** Map positions as pixel x, y pairs of a frame of scale {@code s} (pixels per map unit) and origin (ox, oy). */
    private static double[] toPixels(List<Coordinate> at, double s, double ox, double oy) {
        double[] xy = new double[2 * at.size()];
        for (int k = 0; k < at.size(); k++) {
            xy[2 * k] = at.get(k).x * s + ox;
            xy[2 * k + 1] = oy - at.get(k).y * s;
        }
        return xy;
    }

    /** The candidates of a place layer: towns of at least the population labelled at this scale, and capitals. */
    private static void addPlaces(List<LabelCandidate> labels, PlaceList places, LabelKind kind, Viewport viewport) {
        double res = viewport.resolution();
        double s = 1 / res;
        double ox = viewport.width() / 2.0 - viewport.centerX() * s;
        double oy = viewport.height() / 2.0 + viewport.centerY() * s;
        Envelope view = viewport.worldEnvelope();
        double minPopulation = minPopulation(res);
        java.util.function.IntConsumer consider = k -> {
            double pop = places.population[k];
            boolean capital = places.capital[k];
            if ((pop >= minPopulation || capital && res < 8000) && view.contains(places.x[k], places.y[k])) {
                labels.add(new LabelCandidate(kind, pop * (capital ? 4 : 1), places.text[k],
                        places.x[k] * s + ox, oy - places.y[k] * s, capital, pop));
            }
        };
        // Past the places of at least the least population labelled only capitals may be: read in the same
        // order, they give the same candidates as reading every place.
        int leading = places.leadingAtLeast(minPopulation);
        for (int k = 0; k < leading; k++) {
            consider.accept(k);
        }
        for (int k : places.capitals) {
            if (k >= leading) {
                consider.accept(k);
            }
        }
    }

    /** Country names only zoomed out, region names only at regional scale: each where it helps reading. */
    private static boolean kindVisibleAt(LabelKind kind, double res) {
        return switch (kind) {
            case NONE -> false;
            case COUNTRY -> res >= 700;
            case REGION -> res >= 90 && res < 3000;
            case PLACE, GENERIC, LINE -> true;
        };
    }

    /**
     * Smallest population labelled at a resolution (map units per pixel). Collision removal decides the rest;
     * this keeps the candidate list short when zoomed out.
     */
    static double minPopulation(double res) {
        return res < 60 ? 0 : res * 12;
    }

    /** Places {@code labels}, in their order (most important first). */
    private static int placeLabels(LabelCanvas canvas, Viewport viewport, List<LabelCandidate> labels,
            RenderOptions options, LabelPlacer placer) {
        double scale = options.pixelScale();
        StyleSheet sheet = options.styleSheet();
        float halo = (float) (sheet.basemap("labels").number(StyleProperty.HALO_WIDTH) * scale);
        Color haloColour = AnnotationStyles.colour(sheet.basemap("labels"), StyleProperty.HALO);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        PlaceDots dots = new PlaceDots(scale, options.vectorText(), sheet.basemap("towns"));
        int placed = 0;
        for (LabelCandidate c : labels) {
            if (!screen.contains(c.x(), c.y())) {
                continue;
            }
            if (c.kind() == LabelKind.PLACE) {
                placed += placePlace(canvas, c, placer, scale, halo, dots, sheet) ? 1 : 0;
            } else {
                Style look = sheet.basemap(switch (c.kind()) {
                    case COUNTRY -> "countries";
                    case REGION -> "regions";
                    default -> "labels";
                });
                Font font = Fonts.of(look, StyleProperty.FONT_SIZE, scale);
                Color color = colour(look.colour(StyleProperty.TEXT));
                boolean done = placeCentred(canvas, c, c.spots(), font, color, haloColour, halo, placer, screen);
                if (!done && c.more() != null) {
                    done = placeCentred(canvas, c, c.more().get(), font, color, haloColour, halo, placer, screen);
                }
                placed += done ? 1 : 0;
            }
        }
        dots.paint(canvas);
        return placed;
    }

    /** Draws the label centred on the first of {@code spots} where it is free and on screen; whether it was. */
    private static boolean placeCentred(LabelCanvas canvas, LabelCandidate c, double[] spots, Font font, Color color,
            Color haloColour, float halo, LabelPlacer placer, Rectangle2D screen) {
        Rectangle2D b = TextPainter.bounds(c.text(), font);
        for (int k = 0; k < spots.length; k += 2) {
            double x = spots[k] - b.getWidth() / 2 - b.getX();
            double y = spots[k + 1] + b.getHeight() / 2 - (b.getHeight() + b.getY());
            Rectangle2D box = new Rectangle2D.Double(x + b.getX() - halo, y + b.getY() - halo,
                    b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
            if (screen.contains(box) && placer.tryPlace(box)) {
                canvas.text(c.text(), font, x, y, color, haloColour, halo);
                return true;
            }
        }
        return false;
    }

    private static int rank(LabelKind kind) {
        return switch (kind) {
            case COUNTRY -> 0;
            case PLACE -> 1;
            case GENERIC -> 2;
            case REGION -> 3;
            case LINE -> 4;
            case NONE -> 5;
        };
    }

    /** A town: dot plus name to its right, else left, above or below; both must be free. */
    private static boolean placePlace(LabelCanvas canvas, LabelCandidate c, LabelPlacer placer, double scale,
            float halo, PlaceDots dots, StyleSheet sheet) {
        double pop = c.population();
        Style town = sheet.basemap(pop >= 1_000_000 || c.capital() ? "towns_large"
                : pop >= 100_000 ? "towns_medium" : "towns_small");
        Font font = Fonts.of(town, StyleProperty.FONT_SIZE, scale);
        double r = town.number(StyleProperty.SYMBOL_SIZE) * scale;
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
                canvas.text(c.text(), font, o[0], o[1], dots.text,
                        AnnotationStyles.colour(sheet.basemap("labels"), StyleProperty.HALO), halo);
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
        private final Color ring;
        private final Color disc;
        private final Color text;

        PlaceDots(double scale, boolean vector, Style towns) {
            this.outline = towns.number(StyleProperty.SYMBOL_OUTLINE_WIDTH) * scale;
            this.vector = vector;
            this.ring = colour(towns.colour(StyleProperty.SYMBOL_OUTLINE));
            this.disc = colour(towns.colour(StyleProperty.STROKE));
            this.text = colour(towns.colour(StyleProperty.TEXT));
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
                    DotSprites.draw(canvas, c.x(), c.y(), new DotLook(radii.get(k), outline, c.capital(), ring, disc));
                }
                return;
            }
            Graphics2D g = canvas.graphics();
            g.setColor(ring);
            g.fill(rings);
            g.setColor(disc);
            g.fill(discs);
            g.setColor(ring);
            g.fill(holes);
        }

        /** Draws one dot: a ring, the disc, and for a capital a centre in the ring's colour. */
        static void paintDot(Graphics2D g, double x, double y, DotLook look) {
            double r = look.r();
            double o = r + look.outline();
            g.setColor(look.ring());
            g.fill(new Ellipse2D.Double(x - o, y - o, 2 * o, 2 * o));
            g.setColor(look.disc());
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            if (look.capital()) {
                double ir = r * 0.45;
                g.setColor(look.ring());
                g.fill(new Ellipse2D.Double(x - ir, y - ir, 2 * ir, 2 * ir));
            }
        }
    }

    /** Pre-drawn town dots, per size, capital or not, and position within a pixel in quarter steps. */
    private static final class DotSprites {
        private record DotKey(DotLook look, int phaseX, int phaseY) {
        }

        static void draw(LabelCanvas canvas, double x, double y, DotLook look) {
            // Quarter-pixel phases keep dots where the vector path would put them, to within 1/8 pixel.
            int qx = (int) Math.floor(x * 4 + 0.5);
            int qy = (int) Math.floor(y * 4 + 0.5);
            int px = Math.floorDiv(qx, 4);
            int py = Math.floorDiv(qy, 4);
            DotKey key = new DotKey(look, qx - 4 * px, qy - 4 * py);
            InkSprite sprite = (InkSprite) RenderCaches.current().dotSprites.get(key, k -> render((DotKey) k));
            int half = sprite.width() / 2;
            canvas.image(sprite, px - half, py - half);
        }

        private static InkSprite render(DotKey k) {
            int half = (int) Math.ceil(k.look().r() + k.look().outline()) + 2;
            BufferedImage img = new BufferedImage(2 * half, 2 * half, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            MapRenderer.applyHints(g);
            PlaceDots.paintDot(g, half + k.phaseX() / 4.0, half + k.phaseY() / 4.0, k.look());
            g.dispose();
            return InkSprite.of(img);
        }
    }

    /** One town dot's size and colours (radius and outline in pixels). */
    private record DotLook(double r, double outline, boolean capital, Color ring, Color disc) {
    }

    private static Color colour(StyleColour c) {
        return new Color(c.argb(), true);
    }

    /**
     * A label to place at (x, y); for an area at the first free one of {@code spots} (x, y pairs, x and y first),
     * else of {@code more}'s (null: no more), which are found only when needed.
     */
    private record LabelCandidate(LabelKind kind, double priority, String text, double x, double y, boolean capital,
            double population, double[] spots, Supplier<double[]> more) {
        LabelCandidate(LabelKind kind, double priority, String text, double x, double y, boolean capital,
                double population) {
            this(kind, priority, text, x, y, capital, population, new double[] {x, y}, null);
        }
    }
}
