package org.sitmap.ui;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.Viewport;

/**
 * Gets the window's first map frame ready while JavaFX starts, which takes one to two seconds with a core to
 * spare: the base-map store is opened and a frame of the theatre is drawn off screen by the renderer the map view
 * then takes over. The first frame on screen so finds the store open, its tables read, the renderer's caches filled
 * and the drawing code compiled (cold, that frame took 1.2 s of the 2.1 s between the window appearing and the map
 * on it). Without {@link #begin()} (tests that start the window directly) all of it happens when first needed.
 *
 * <p>Thread-safe.
 */
public final class WarmStart {
    /** The size the off-screen frame is drawn at: about a laptop window's map area. */
    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final System.Logger LOG = System.getLogger(WarmStart.class.getName());
    private static MapRenderer renderer;
    private static final AtomicBoolean STOP = new AtomicBoolean();

    private WarmStart() {
    }

    /** Starts the work on a background thread; call before the JavaFX toolkit starts. */
    public static synchronized void begin() {
        if (renderer != null) {
            return;
        }
        MapRenderer r = MapRenderer.forScreen();
        renderer = r;
        Thread t = new Thread(() -> drawOffScreen(r), "sitmap-warm-start");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    /** The renderer for the window's map: the one {@link #begin()} warms, once; otherwise a new one. */
    static synchronized MapRenderer screenRenderer() {
        MapRenderer r = renderer != null ? renderer : MapRenderer.forScreen();
        renderer = null;
        return r;
    }

    /**
     * The window starts a frame of its own: the off-screen one, if still running, stops and leaves it the cores.
     * The two may overlap for a moment in the one renderer; what each keeps there (base map, annotation layer) is
     * keyed by its size, view and layers, which the off-screen frame shares with no frame of the window.
     */
    static void windowFrameStarting() {
        STOP.set(true);
    }

    /**
     * One annotation of each kind drawn every day near Kursk, never shown: so the first frame finds the painters of
     * the briefing's annotations compiled as well.
     */
    static List<Annotation> samples() {
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> samples = new ArrayList<>();
        double lon = 35;
        for (AnnotationKind kind : AnnotationKind.values()) {
            Geometry g = switch (kind.shape()) {
                case AREA -> gf.toGeometry(new Envelope(lon, lon + 0.4, 51, 51.3));
                case LINE -> gf.createLineString(new Coordinate[] {new Coordinate(lon, 50.5),
                    new Coordinate(lon + 0.3, 50.7), new Coordinate(lon + 0.6, 50.6)});
                case POINT -> gf.createPoint(new Coordinate(lon, 50.2));
            };
            Annotation.Builder b = Annotation.builder(kind, g).title(kind.label());
            kind.descriptor().applyDefaults(b);
            samples.add(b.build());
            lon += 0.5;
        }
        return samples;
    }

    private static void drawOffScreen(MapRenderer r) {
        try {
            // A store still to be built is the window's to build, with its progress.
            List<RenderLayer> layers = BaseMap.openIfBuilt().orElse(List.of()).stream()
                    .map(b -> new RenderLayer(b.layer(), b.index())).toList();
            if (layers.isEmpty()) {
                return;
            }
            Viewport v = Viewport.fitting(WebMercator.INSTANCE, WebMercator.INSTANCE.forward(BaseMap.THEATRE), WIDTH,
                    HEIGHT);
            BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
            r.paint(img, v, layers, samples(), RenderOptions.screen(), STOP::get);
        } catch (CancellationException e) {
            // The window's first frame started: it no longer needs this one.
        } catch (RuntimeException | Error e) {
            // Only a head start: the window opens the base map and draws itself, and says what is wrong.
            LOG.log(System.Logger.Level.DEBUG, "Warm start failed", e);
        }
    }
}
