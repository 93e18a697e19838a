package org.sitmap.ui;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.WebMercator;
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

    /** The window starts a frame of its own: the off-screen one, if still running, stops and leaves it the cores. */
    static void windowFrameStarting() {
        STOP.set(true);
    }

    private static void drawOffScreen(MapRenderer r) {
        try {
            List<RenderLayer> layers = BaseMap.open(null, STOP::get).stream()
                    .map(b -> new RenderLayer(b.layer(), b.index())).toList();
            Viewport v = Viewport.fitting(WebMercator.INSTANCE, WebMercator.INSTANCE.forward(BaseMap.THEATRE), WIDTH,
                    HEIGHT);
            BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
            r.paint(img, v, layers, RenderOptions.screen(), STOP::get);
        } catch (CancellationException e) {
            // The window's first frame started: it no longer needs this one.
        } catch (RuntimeException e) {
            // The window opens the base map itself and reports what is wrong with it.
            LOG.log(System.Logger.Level.DEBUG, "Warm start failed", e);
        }
    }
}
