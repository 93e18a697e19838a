package org.sitmap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the horizontal bands of a frame's kept annotation layer on the calling thread and helpers, each band taken
 * by whichever thread is free: a date change on the timeline redraws the whole layer of a crowd (10,000
 * annotations: two thirds of the frame), and the bands share nothing but the kept sprites. It uses every core,
 * where the base map's strips leave one to the rest of the window ({@link StripFrame#SCREEN_THREADS}): the UI
 * thread only waits for the frame then.
 *
 * <p>Thread-safe.
 */
final class FrameBands {
    /** Threads that run one frame's bands, the caller included. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), r -> {
        Thread t = new Thread(r, "sitmap-band-painter");
        t.setDaemon(true);
        return t;
    });

    /** What a band does: rows {@code top} (inclusive) to {@code bottom} of the frame. */
    interface Band {
        void run(int top, int bottom);
    }

    private FrameBands() {
    }

    /**
     * Runs {@code band} for {@code count} bands of even height covering rows 0 to {@code height}, on up to
     * {@link #THREADS} threads; returns once every band is done. After a band fails, no band starts; the first
     * failure is thrown here, as if the caller had run them all.
     */
    static void run(int height, int count, Band band) {
        int bands = Math.max(1, Math.min(count, height));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable taker = () -> {
            for (int i = next.getAndIncrement(); i < bands && failed.get() == null; i = next.getAndIncrement()) {
                try {
                    band.run(height * i / bands, height * (i + 1) / bands);
                } catch (RuntimeException ex) {
                    failed.compareAndSet(null, ex);
                }
            }
        };
        List<Future<?>> helping = new ArrayList<>();
        for (int t = 1; t < Math.min(THREADS, bands); t++) {
            helping.add(HELPERS.submit(taker));
        }
        taker.run();
        awaitAll(helping);
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** Waits for every helper, even when interrupted (they write into the caller's pixels), then re-interrupts. */
    private static void awaitAll(List<Future<?>> helping) {
        boolean interrupted = false;
        for (Future<?> f : helping) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException ex) {
                    interrupted = true;
                } catch (ExecutionException ex) {
                    // The taker catches every RuntimeException: this is an Error (out of memory), the JVM's own.
                    if (ex.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(ex.getCause());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
