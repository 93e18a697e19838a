package org.sitmap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.sitmap.model.LayerStyle;
import org.sitmap.model.LayerStyle.LabelKind;
import org.sitmap.render.raster.PixelPaths;

/**
 * Builds the visible layers of a frame into frame pixels: each layer is culled with its STR-tree and drawn at the
 * simplification band that matches the resolution, into {@link PixelPaths} that the rasterisers and Java2D both
 * read. Large layers are built in pieces on several threads ({@link LayerBuild}).
 *
 * <p>Thread-safe. It keeps the arrays a frame's shapes were built in for the next frame ({@link PathBuffers}), so
 * one builder per renderer builds with the least allocation.
 */
final class LayerBuilder {
    private final PathBuffers buffers = new PathBuffers();
    /** Pieces a large layer is built in: one per thread that paints a frame. */
    private final int threads;

    LayerBuilder(int threads) {
        this.threads = threads;
    }

    /** A layer to be built in pieces, by one thread or several. */
    LayerBuild start(RenderLayer rl) {
        return new LayerBuild(rl, piecesFor(rl));
    }

    /** Pieces a layer is built in: one per painting thread for layers of many features. */
    private int piecesFor(RenderLayer rl) {
        return rl.index().size() >= 2048 ? threads : 1;
    }

    /** The visible layers that draw shapes (place layers are drawn with their labels). */
    static List<RenderLayer> shapedLayers(Viewport viewport, List<RenderLayer> layers,
            RenderOptions options) {
        List<RenderLayer> shaped = new ArrayList<>();
        for (RenderLayer rl : layers) {
            LayerStyle style = rl.layer().style();
            // Place symbols are drawn with their labels, so a town without room for its name shows nothing; a
            // layer of only labels (the base map's region names) has no shapes to build.
            if (drawn(rl, viewport, options) && style.labels() != LabelKind.PLACE
                    && (style.hasFill() || style.hasStroke())) {
                shaped.add(rl);
            }
        }
        return shaped;
    }

    /** The shapes of every visible layer that draws any, built in this thread. */
    List<BuiltLayer> build(Viewport viewport, List<RenderLayer> layers, RenderOptions options,
            BooleanSupplier cancelled) {
        Envelope area = cullingArea(viewport, options);
        ShapeBuilder shapes = new ShapeBuilder(viewport, 0.5, 64 * options.pixelScale());
        List<BuiltLayer> built = new ArrayList<>();
        for (RenderLayer rl : shapedLayers(viewport, layers, options)) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            int[] hits = rl.index().query(area);
            built.add(BuiltLayer.of(rl, new BuiltPiece[] {buildPiece(viewport, rl, hits, 0, hits.length, shapes,
                    buffers.take(rl.index(), 0), cancelled)}));
        }
        return built;
    }

    /** Keeps a finished frame's paths for the next frame; only once no thread of the frame can touch them. */
    void release(List<BuiltLayer> built) {
        for (BuiltLayer b : built) {
            for (int j = 0; j < b.pieces().length; j++) {
                buffers.give(b.layer().index(), j, b.pieces()[j]);
            }
        }
    }

    /** One visible layer's shapes in frame pixels, ready to paint into any part of the frame. */
    record BuiltLayer(RenderLayer layer, PixelPaths[] pieces, List<double[]> points, int features) {
        /** A layer from the pieces it was built in, in order. */
        static BuiltLayer of(RenderLayer layer, BuiltPiece[] pieces) {
            PixelPaths[] paths = new PixelPaths[pieces.length];
            List<double[]> points = new ArrayList<>();
            int features = 0;
            for (int j = 0; j < pieces.length; j++) {
                paths[j] = pieces[j].paths();
                points.addAll(pieces[j].points());
                features += pieces[j].features();
            }
            return new BuiltLayer(layer, paths, points, features);
        }
    }

    /** Some of a layer's features in frame pixels: lines and rings, and point positions. */
    record BuiltPiece(PixelPaths paths, List<double[]> points, int features) {
    }

    /**
     * A layer built in pieces by several threads: the first to take a piece finds the layer's features in view,
     * each piece builds its share of them, and the last to finish puts the layer together. A world frame's borders
     * are most of its building; in one piece they kept the other cores waiting to paint.
     */
    final class LayerBuild {
        final RenderLayer layer;
        final CompletableFuture<BuiltLayer> result = new CompletableFuture<>();
        private final CompletableFuture<int[]> hits = new CompletableFuture<>();
        private final AtomicBoolean queried = new AtomicBoolean();
        private final BuiltPiece[] pieces;
        private final AtomicInteger remaining;

        LayerBuild(RenderLayer layer, int pieces) {
            this.layer = layer;
            this.pieces = new BuiltPiece[pieces];
            this.remaining = new AtomicInteger(pieces);
        }

        int pieces() {
            return pieces.length;
        }

        void build(int piece, Viewport viewport, Envelope area, ShapeBuilder shapes, BooleanSupplier cancelled) {
            try {
                if (queried.compareAndSet(false, true)) {
                    try {
                        hits.complete(layer.index().query(area));
                    } catch (RuntimeException e) {
                        hits.completeExceptionally(e);
                        throw e;
                    }
                }
                int[] all = hits.join();
                int n = pieces.length;
                pieces[piece] = buildPiece(viewport, layer, all, all.length * piece / n, all.length * (piece + 1) / n,
                        shapes, buffers.take(layer.index(), piece), cancelled);
                // The count's update publishes this piece to the thread that finishes the last one.
                if (remaining.decrementAndGet() == 0) {
                    result.complete(BuiltLayer.of(layer, pieces));
                }
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                throw e;
            }
        }
    }

    /** Whether a layer shows in this view: switched on, not transparent, and within its scale range. */
    static boolean drawn(RenderLayer rl, Viewport viewport, RenderOptions options) {
        return rl.layer().visible() && rl.layer().opacity() > 0
                && rl.layer().style().drawnAtScale(scaleDenominator(viewport, options));
    }

    /**
     * The true scale of the output: the viewport's denominator assumes the standard 0.28 mm pixel, while a pixel of
     * a 300 dpi print is 0.085 mm, so the same viewport there shows a larger area per millimetre of paper.
     */
    static double scaleDenominator(Viewport viewport, RenderOptions options) {
        return viewport.scaleDenominator() * Viewport.STANDARD_PIXEL_METRES * options.dpi() / 0.0254;
    }

    /** The view in map units, with a margin so strokes and symbols straddling the edge are still drawn. */
    static Envelope cullingArea(Viewport viewport, RenderOptions options) {
        Envelope area = viewport.worldEnvelope();
        area.expandBy(8 * options.pixelScale() * viewport.resolution());
        return area;
    }

    /** Builds features {@code hits[from]} to {@code hits[to - 1]} of a layer into frame pixels. */
    private static BuiltPiece buildPiece(Viewport viewport, RenderLayer rl, int[] hits, int from, int to,
            ShapeBuilder shapes, PixelPaths paths, BooleanSupplier cancelled) {
        double res = viewport.resolution();
        List<double[]> points = new ArrayList<>();
        // All at once: a store on disk reads them in a few statements rather than one each.
        Geometry[] geometries = rl.index().geometries(hits, from, to, res);
        for (int h = from; h < to; h++) {
            if (((h - from) & 1023) == 1023 && cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            Geometry geom = geometries[h - from];
            if (geom instanceof Puntal) {
                for (int k = 0; k < geom.getNumGeometries(); k++) {
                    Coordinate c = ((Point) geom.getGeometryN(k)).getCoordinate();
                    points.add(new double[] {shapes.x(c.x), shapes.y(c.y)});
                }
            } else {
                shapes.append(geom, paths);
            }
        }
        return new BuiltPiece(paths, points, to - from);
    }
}
