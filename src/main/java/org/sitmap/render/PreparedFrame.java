package org.sitmap.render;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.sitmap.geo.Projection;
import org.sitmap.model.Annotation;

/**
 * One frame painted ahead of being asked for: the window paints the day its timeline would step to next while it
 * is idle, so the step shows that frame at once instead of drawing a day's worth of changes (in a crowd, all over
 * the map) while the analyst waits. The frame is handed over only for the very request it was painted for: the
 * same view, base layers (and their visibility and opacity), options and annotations (by identity, in order).
 *
 * <p>Painted through the window's own renderer, which keeps the day shown as well as the day painted ahead
 * ({@link AnnotationLayer}), so a pan or an edit of the day shown costs what it did.
 *
 * <p>Thread-safe. A frame taken hands its image over: the next frame is painted into another.
 */
public final class PreparedFrame {
    /** A frame ready to be shown: its pixels and what was drawn (where its annotation labels went among it). */
    public record Frame(BufferedImage image, RenderStats stats) {
    }

    /** What a frame shows: what {@link MapRenderer#paint} is given. */
    public record Request(Viewport viewport, List<RenderLayer> layers, List<Annotation> annotations,
            RenderOptions options) {
    }

    /** What a frame was painted for; the base layers as they were then, the annotations by identity. */
    private record Key(Projection projection, double centerX, double centerY, double resolution, int width,
            int height, List<BaseFrame.LayerState> layers, RenderOptions options, List<Identity> annotations) {
        static Key of(Request r) {
            Viewport v = r.viewport();
            List<Identity> ids = new ArrayList<>(r.annotations().size());
            for (Annotation a : r.annotations()) {
                ids.add(new Identity(a));
            }
            return new Key(v.projection(), v.centerX(), v.centerY(), v.resolution(), v.width(), v.height(),
                    BaseFrame.LayerState.of(r.layers()), r.options(), ids);
        }
    }

    /** An annotation by identity: an edit is a new value, and an equal value edited back is still another frame. */
    private record Identity(Annotation a) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.a == a;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(a);
        }
    }

    private BufferedImage image;
    private Key key;
    private Frame frame;

    /**
     * Paints the frame for this request with {@code renderer} (in this thread) and keeps it for {@link #take};
     * forgets any frame kept before. Returns false, keeping nothing, when cancelled.
     */
    public boolean prepare(MapRenderer renderer, Request r, BooleanSupplier cancelled) {
        Key wanted = Key.of(r);
        Viewport v = r.viewport();
        BufferedImage img;
        synchronized (this) {
            key = null;
            frame = null;
            if (image == null || image.getWidth() != v.width() || image.getHeight() != v.height()) {
                image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            }
            img = image;
        }
        RenderStats stats;
        synchronized (img) {
            try {
                stats = renderer.paint(img, v, r.layers(), r.annotations(), r.options(), cancelled);
            } catch (CancellationException ex) {
                return false;
            }
        }
        synchronized (this) {
            if (image != img) {
                return false;
            }
            key = wanted;
            frame = new Frame(img, stats);
        }
        return true;
    }

    /** The frame painted for exactly this request, handed over once; null when none was. */
    public synchronized Frame take(Request r) {
        if (!readyFor(r)) {
            return null;
        }
        Frame out = frame;
        frame = null;
        key = null;
        // Handed over: a frame being prepared meanwhile must not paint into what the window is showing.
        image = null;
        return out;
    }

    /** Whether a frame is painted and waits to be taken. */
    public synchronized boolean ready() {
        return frame != null;
    }

    /** Whether the frame waiting is the one for this request: painting it again would change nothing. */
    public synchronized boolean readyFor(Request r) {
        return frame != null && key.equals(Key.of(r));
    }

    /** Forgets the frame and its image (a closed window). */
    public synchronized void clear() {
        image = null;
        key = null;
        frame = null;
    }
}
