package org.sitmap.render;

import java.util.Map;
import java.util.WeakHashMap;
import org.sitmap.geo.FeatureIndex;
import org.sitmap.render.raster.PixelPaths;

/**
 * The {@link PixelPaths} a renderer built its last frames into, kept for the next frame: one per layer and piece, so
 * each keeps arrays the size that layer needs. Building a world frame's borders into fresh arrays allocated tens of
 * megabytes a frame, and the collector copying the frame in progress stopped a frame for 10-30 ms every few
 * seconds. Layers that are dropped are dropped here too (weak keys).
 *
 * <p>Thread-safe. A frame takes what it builds into and gives it back only once no thread of it can still write to
 * it; a frame running beside another (an export beside the screen) gets fresh ones.
 */
final class PathBuffers {
    private final Map<FeatureIndex, PixelPaths[]> spare = new WeakHashMap<>();

    /** Empty paths for piece {@code piece} of a layer: the spare one if there is one, else new. */
    synchronized PixelPaths take(FeatureIndex layer, int piece) {
        PixelPaths[] kept = spare.get(layer);
        if (kept != null && piece < kept.length && kept[piece] != null) {
            PixelPaths paths = kept[piece];
            kept[piece] = null;
            paths.clear();
            return paths;
        }
        return new PixelPaths();
    }

    /** Keeps the paths a frame is done with for the next frame of the same layer. */
    synchronized void give(FeatureIndex layer, int piece, PixelPaths paths) {
        PixelPaths[] kept = spare.get(layer);
        if (kept == null || kept.length <= piece) {
            PixelPaths[] grown = new PixelPaths[piece + 1];
            if (kept != null) {
                System.arraycopy(kept, 0, grown, 0, kept.length);
            }
            kept = grown;
            spare.put(layer, kept);
        }
        kept[piece] = paths;
    }
}
