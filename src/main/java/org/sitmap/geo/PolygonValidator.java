package org.sitmap.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks polygons with {@link IsValidOp} and repairs invalid ones with {@link GeometryFixer}, in batches on a
 * second thread while the loader goes on parsing (validation costs about as much as parsing, so overlapping the two
 * nearly halves the load time on a two-core machine). The loading thread drains whatever is left in
 * {@link #finish()}, so the result never depends on the executor getting to run.
 *
 * <p>{@link #add} and {@link #finish} must be called from one thread; batches may run on any.
 */
final class PolygonValidator {

    /** What happened to one geometry that was not valid. {@code repaired} is null when the feature must go. */
    record Outcome(int slot, int featureIndex, long line, long column, Geometry repaired, String message) {
    }

    private static final int BATCH_COORDINATES = 40_000;
    private static final int BATCH_FEATURES = 256;

    private final Executor executor;
    private final Queue<Batch> queue = new ConcurrentLinkedQueue<>();
    private final List<Batch> submitted = new ArrayList<>();
    private Batch current = new Batch();
    private volatile boolean abandoned;

    /** @param executor where batches run besides the loading thread; null to run them all in {@link #finish()} */
    PolygonValidator(Executor executor) {
        this.executor = executor;
    }

    /** Queues a polygonal geometry; {@code slot} is its place in the loader's feature list. */
    void add(int slot, int featureIndex, long line, long column, Geometry g) {
        current.add(slot, featureIndex, line, column, g);
        if (current.coordinates >= BATCH_COORDINATES || current.size >= BATCH_FEATURES) {
            submit();
        }
    }

    /**
     * Runs what no other thread has started, waits for the rest and returns the outcomes of the invalid geometries
     * in the order they were added. Polls {@code cancelled} (may be null) between batches.
     */
    List<Outcome> finish(BooleanSupplier cancelled) {
        submit();
        Batch b;
        while ((b = queue.poll()) != null) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                abandon();
                throw new CancellationException("cancelled while checking polygons");
            }
            b.run();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Batch s : submitted) {
            try {
                s.done.await();
            } catch (InterruptedException e) {
                abandon();
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while checking polygons");
            }
            outcomes.addAll(s.outcomes);
        }
        return outcomes;
    }

    /** Stops pending work after a failure or cancellation. */
    void abandon() {
        abandoned = true;
        queue.clear();
    }

    private void submit() {
        if (current.size == 0) {
            return;
        }
        submitted.add(current);
        queue.add(current);
        current = new Batch();
        if (executor != null) {
            executor.execute(() -> {
                Batch b = queue.poll();
                if (b != null) {
                    b.run();
                }
            });
        }
    }

    /**
     * Checks one polygonal geometry.
     *
     * @return null when valid, else a repair (with its message) or a removal
     */
    static Outcome check(int slot, int featureIndex, long line, long column, Geometry g) {
        try {
            if (PolygonScreen.provablyValid(g)) {
                return null;
            }
            TopologyValidationError error = new IsValidOp(g).getValidationError();
            if (error == null) {
                return null;
            }
            Coordinate c = error.getCoordinate();
            String at = c == null ? "" : " near " + format(c.x) + ", " + format(c.y);
            String what = lower(error.getMessage());
            Geometry fixed = GeometryFixer.fix(g);
            if (fixed.isEmpty()) {
                return new Outcome(slot, featureIndex, line, column, null,
                        "the polygon has no area (" + what + at + "); skipped it");
            }
            int kind = error.getErrorType();
            String message = kind == TopologyValidationError.SELF_INTERSECTION
                    || kind == TopologyValidationError.RING_SELF_INTERSECTION
                    ? "self-intersecting polygon repaired" + at
                    : "invalid polygon repaired (" + what + at + ")";
            return new Outcome(slot, featureIndex, line, column, fixed, message);
        } catch (RuntimeException e) {
            return new Outcome(slot, featureIndex, line, column, null,
                    "the polygon could not be checked or repaired (" + lower(e.getMessage()) + "); skipped it");
        }
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private static String lower(String s) {
        if (s == null || s.isEmpty()) {
            return "unknown reason";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private final class Batch implements Runnable {
        int[] slots = new int[32];
        int[] featureIndexes = new int[32];
        long[] lines = new long[32];
        long[] columns = new long[32];
        Geometry[] geometries = new Geometry[32];
        int size;
        long coordinates;
        final List<Outcome> outcomes = new ArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);

        void add(int slot, int featureIndex, long line, long column, Geometry g) {
            if (size == slots.length) {
                int n = size * 2;
                slots = Arrays.copyOf(slots, n);
                featureIndexes = Arrays.copyOf(featureIndexes, n);
                lines = Arrays.copyOf(lines, n);
                columns = Arrays.copyOf(columns, n);
                geometries = Arrays.copyOf(geometries, n);
            }
            slots[size] = slot;
            featureIndexes[size] = featureIndex;
            lines[size] = line;
            columns[size] = column;
            geometries[size] = g;
            size++;
            coordinates += g.getNumPoints();
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < size && !abandoned; i++) {
                    Outcome o = check(slots[i], featureIndexes[i], lines[i], columns[i], geometries[i]);
                    if (o != null) {
                        outcomes.add(o);
                    }
                }
            } finally {
                done.countDown();
            }
        }
    }
}
