package org.sitmap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.sitmap.model.Annotation;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.model.MapFeature;

/**
 * Paints map layers onto any {@link Graphics2D}: the screen's back buffer, a PNG's image, a PDF page, a test's
 * image read back pixel by pixel. One renderer for all of them is what makes exports look like the screen.
 *
 * <pre>{@code
 * BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
 * Graphics2D g = img.createGraphics();
 * new MapRenderer().paint(g, viewport, layers, RenderOptions.screen(), () -> false);
 * }</pre>
 *
 * <p>Each layer is culled with its STR-tree, drawn at the simplification band that matches the resolution, and
 * batched into one path per layer so a style costs one fill and one stroke. Labels are collected across layers
 * and placed last, most important first, so they never overlap.
 *
 * <p>Stateless and thread-safe: concurrent renders on different surfaces are fine.
 */
public final class MapRenderer {
    private final AnnotationPainter annotationPainter = new AnnotationPainter();
    private static final Color HALO = new Color(255, 255, 255, 215);
    private static final Color PLACE_TEXT = new Color(0x26221E);
    private static final Color REGION_TEXT = new Color(0x7A6E62);
    private static final Color COUNTRY_TEXT = new Color(0x4F4840);

    /** Threads that paint horizontal strips of one raster frame side by side. */
    private static final ExecutorService STRIP_PAINTERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "sitmap-strip-painter");
                t.setDaemon(true);
                return t;
            });
    /** Most vertices put in one path before starting the next (see paintLayer). */
    private static final int CHUNK = 8192;
    private static final int STRIPS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * Paints the layers onto any surface, in this thread; returns what was drawn. Throws
     * {@link CancellationException} when cancelled.
     */
    public RenderStats paint(Graphics2D g, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        return paint(g, viewport, layers, List.of(), options, cancelled);
    }

    /**
     * Paints base layers, then the briefing's annotations over them, then the base map's labels around the
     * annotations' own labels (which win any collision), in this thread.
     */
    public RenderStats paint(Graphics2D g, Viewport viewport, List<RenderLayer> layers, List<Annotation> annotations,
            RenderOptions options, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        applyHints(g);
        int drawn = paintGeometry(g, viewport, layers, options, cancelled);
        int placed = paintAnnotationsAndLabels(g, viewport, layers, annotations, options, cancelled);
        return new RenderStats(drawn + annotations.size(), placed, System.nanoTime() - start);
    }

    private int paintAnnotationsAndLabels(Graphics2D g, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled) {
        LabelPlacer placer = new LabelPlacer(viewport.width(), viewport.height());
        options.reservedAreas().forEach(placer::reserve);
        if (!annotations.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            annotationPainter.paint(g, viewport, annotations, options, options.labels() ? placer : null);
        }
        return options.labels() ? placeLabels(g, viewport, collectLabels(viewport, layers), options, placer) : 0;
    }

    /**
     * Paints the layers onto an image, the geometry in horizontal strips on all cores, then the labels over the
     * whole frame (placement must see every label at once). Same pixels as {@link #paint(Graphics2D, Viewport,
     * List, RenderOptions, BooleanSupplier)} up to anti-aliasing at strip seams.
     */
    public RenderStats paint(BufferedImage image, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        return paint(image, viewport, layers, List.of(), options, cancelled);
    }

    /** As {@link #paint(BufferedImage, Viewport, List, RenderOptions, BooleanSupplier)}, with annotations on top. */
    public RenderStats paint(BufferedImage image, Viewport viewport, List<RenderLayer> layers,
            List<Annotation> annotations, RenderOptions options, BooleanSupplier cancelled) {
        if (image.getWidth() != viewport.width() || image.getHeight() != viewport.height()) {
            throw new IllegalArgumentException("Image " + image.getWidth() + "x" + image.getHeight()
                    + " does not match the viewport " + viewport.width() + "x" + viewport.height());
        }
        long start = System.nanoTime();
        int strips = viewport.height() >= 64 * STRIPS ? STRIPS : 1;
        List<Future<Integer>> parts = new ArrayList<>();
        int drawn = 0;
        try {
            for (int k = 0; k < strips; k++) {
                int y0 = viewport.height() * k / strips;
                int y1 = viewport.height() * (k + 1) / strips;
                // A sub-image shares the frame's pixels, so each strip paints straight into its rows.
                BufferedImage strip = image.getSubimage(0, y0, viewport.width(), y1 - y0);
                Viewport stripView = new Viewport(viewport.projection(), viewport.centerX(),
                        viewport.screenToWorldY((y0 + y1) / 2.0), viewport.resolution(), viewport.width(), y1 - y0);
                Callable<Integer> job = () -> {
                    Graphics2D g = strip.createGraphics();
                    try {
                        applyHints(g);
                        return paintGeometry(g, stripView, layers, options, cancelled);
                    } finally {
                        g.dispose();
                    }
                };
                parts.add(k == strips - 1 ? CompletableFuture.completedFuture(call(job)) : STRIP_PAINTERS.submit(job));
            }
            for (Future<Integer> f : parts) {
                drawn = Math.max(drawn, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            parts.forEach(f -> f.cancel(false));
        }
        int placed;
        Graphics2D g = image.createGraphics();
        try {
            applyHints(g);
            placed = paintAnnotationsAndLabels(g, viewport, layers, annotations, options, cancelled);
        } finally {
            g.dispose();
        }
        return new RenderStats(drawn + annotations.size(), placed, System.nanoTime() - start);
    }

    private static <T> T call(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets every hint explicitly so output does not depend on platform defaults. */
    public static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }

    /** Background and every visible layer's shapes; returns the number of features drawn. */
    private int paintGeometry(Graphics2D g, Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        if (options.background() != null) {
            g.setColor(options.background());
            g.fillRect(0, 0, viewport.width(), viewport.height());
        }
        Envelope area = cullingArea(viewport, options);
        ShapeBuilder shapes = new ShapeBuilder(viewport, 0.5, 64 * options.pixelScale());
        int drawn = 0;
        for (RenderLayer rl : layers) {
            if (!rl.layer().visible() || rl.layer().opacity() <= 0) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            drawn += paintLayer(g, viewport, rl, options, area, shapes, cancelled);
        }
        return drawn;
    }

    /** The view in map units, with a margin so strokes and symbols straddling the edge are still drawn. */
    private static Envelope cullingArea(Viewport viewport, RenderOptions options) {
        Envelope area = viewport.worldEnvelope();
        area.expandBy(8 * options.pixelScale() * viewport.resolution());
        return area;
    }

    private int paintLayer(Graphics2D g, Viewport viewport, RenderLayer rl, RenderOptions options, Envelope area,
            ShapeBuilder shapes, BooleanSupplier cancelled) {
        LayerStyle style = rl.layer().style();
        if (style.labels() == LabelKind.PLACE) {
            // Place symbols are drawn with their labels, so a town without room for its name shows nothing.
            return 0;
        }
        double res = viewport.resolution();
        // Features go into paths of at most CHUNK vertices: Marlin keeps its working arrays for paths up to about
        // that size and allocates (and page-faults in) fresh off-heap memory for every call on a larger one, which
        // made a 4096x4096 world frame spend most of its time in the kernel.
        List<Path2D.Double> paths = new ArrayList<>();
        paths.add(new Path2D.Double(Path2D.WIND_EVEN_ODD, 4096));
        List<double[]> points = new ArrayList<>();
        int[] count = {0};
        int[] inPath = {0};
        rl.index().query(area, i -> {
            if ((count[0] & 1023) == 1023 && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            count[0]++;
            Geometry geom = rl.index().geometry(i, res);
            if (geom instanceof Puntal) {
                for (int k = 0; k < geom.getNumGeometries(); k++) {
                    Coordinate c = ((Point) geom.getGeometryN(k)).getCoordinate();
                    points.add(new double[] {shapes.x(c.x), shapes.y(c.y)});
                }
            } else {
                if (inPath[0] > CHUNK) {
                    paths.add(new Path2D.Double(Path2D.WIND_EVEN_ODD, 4096));
                    inPath[0] = 0;
                }
                inPath[0] += shapes.append(geom, paths.get(paths.size() - 1));
            }
        });
        Composite savedComposite = g.getComposite();
        if (rl.layer().opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) rl.layer().opacity()));
        }
        double ppt = options.pixelsPerPoint();
        if (style.hasFill()) {
            g.setColor(new Color(style.fill(), true));
            boolean outlined = style.edgesCovered() || style.hasStroke() && style.strokeWidth() * ppt >= 0.9;
            if (outlined) {
                // An outline drawn over the fill's edge (its own, or another layer's borders) hides it, so
                // anti-aliasing the fill would be paid for and never seen; without it the fill costs a third.
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            }
            paths.forEach(g::fill);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        }
        if (style.hasStroke()) {
            g.setColor(new Color(style.stroke(), true));
            g.setStroke(stroke(style, ppt));
            paths.forEach(g::draw);
        }
        if (!points.isEmpty()) {
            double r = Math.max(1, style.pointRadius() * ppt);
            Color fill = new Color(style.stroke() | 0xFF000000, true);
            g.setStroke(new BasicStroke((float) Math.max(1, ppt)));
            for (double[] p : points) {
                Ellipse2D dot = new Ellipse2D.Double(p[0] - r, p[1] - r, 2 * r, 2 * r);
                g.setColor(Color.WHITE);
                g.draw(dot);
                g.setColor(fill);
                g.fill(dot);
            }
        }
        g.setComposite(savedComposite);
        return count[0];
    }

    /** Label candidates of every visible layer, in no particular order. */
    private List<LabelCandidate> collectLabels(Viewport viewport, List<RenderLayer> layers) {
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
            if (!rl.layer().visible() || rl.layer().opacity() <= 0 || style.labelKey() == null
                    || !kindVisibleAt(kind, res)) {
                continue;
            }
            List<MapFeature> features = rl.layer().features();
            rl.index().query(view, i -> {
                MapFeature feature = features.get(i);
                if (kind == LabelKind.PLACE) {
                    double pop = feature.number("population", 0);
                    boolean capital = "PPLC".equals(feature.text("feature_code"));
                    String text = feature.text(style.labelKey());
                    if ((pop >= minPopulation || capital && res < 8000) && text != null && !text.isBlank()) {
                        Coordinate c = rl.index().geometry(i).getCoordinate();
                        labels.add(new LabelCandidate(kind, pop * (capital ? 4 : 1), text, c.x * s + ox,
                                oy - c.y * s, capital, pop));
                    }
                    return;
                }
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

    private static BasicStroke stroke(LayerStyle style, double ppt) {
        float w = (float) (style.strokeWidth() * ppt);
        if (style.dash() == null) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = style.dash().clone();
        for (int k = 0; k < dash.length; k++) {
            dash[k] *= (float) ppt;
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
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

    private int placeLabels(Graphics2D g, Viewport viewport, List<LabelCandidate> labels, RenderOptions options,
            LabelPlacer placer) {
        labels.sort(Comparator.comparingInt((LabelCandidate c) -> rank(c.kind()))
                .thenComparing(Comparator.comparingDouble(LabelCandidate::priority).reversed()));
        double scale = options.pixelScale();
        float halo = (float) (1.6 * scale);
        Rectangle2D screen = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        PlaceDots dots = new PlaceDots(scale);
        int placed = 0;
        for (LabelCandidate c : labels) {
            if (!screen.contains(c.x(), c.y())) {
                continue;
            }
            if (c.kind() == LabelKind.PLACE) {
                placed += placePlace(g, options, c, placer, scale, halo, dots) ? 1 : 0;
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
                    drawText(g, options, c.text(), font, x, y, color, halo);
                    placed++;
                }
            }
        }
        dots.paint(g);
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
    private static boolean placePlace(Graphics2D g, RenderOptions options, LabelCandidate c, LabelPlacer placer,
            double scale, float halo, PlaceDots dots) {
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
                drawText(g, options, c.text(), font, o[0], o[1], PLACE_TEXT, halo);
                return true;
            }
        }
        return false;
    }

    private static void drawText(Graphics2D g, RenderOptions options, String text, Font font, double x, double y,
            Color color, float halo) {
        if (options.vectorText()) {
            TextPainter.draw(g, text, font, x, y, 0, color, HALO, halo);
        } else {
            TextPainter.drawCached(g, text, font, x, y, color, HALO, halo);
        }
    }

    /**
     * Town dots of a frame, gathered into three paths so they cost three fills instead of three per town: each
     * Java2D call has a fixed cost that dominates for a shape this small.
     */
    private static final class PlaceDots {
        private final Path2D.Double rings = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final Path2D.Double discs = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final Path2D.Double holes = new Path2D.Double(Path2D.WIND_NON_ZERO);
        private final double outline;

        PlaceDots(double scale) {
            this.outline = 1.2 * scale;
        }

        void add(LabelCandidate c, double r) {
            double o = r + outline;
            rings.append(new Ellipse2D.Double(c.x() - o, c.y() - o, 2 * o, 2 * o), false);
            discs.append(new Ellipse2D.Double(c.x() - r, c.y() - r, 2 * r, 2 * r), false);
            if (c.capital()) {
                double ir = r * 0.45;
                holes.append(new Ellipse2D.Double(c.x() - ir, c.y() - ir, 2 * ir, 2 * ir), false);
            }
        }

        void paint(Graphics2D g) {
            g.setColor(Color.WHITE);
            g.fill(rings);
            g.setColor(PLACE_TEXT);
            g.fill(discs);
            g.setColor(Color.WHITE);
            g.fill(holes);
        }
    }

    private record LabelCandidate(LabelKind kind, double priority, String text, double x, double y, boolean capital,
            double population) {
    }
}
