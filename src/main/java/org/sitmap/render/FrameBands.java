package org.sitmap.render;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /** Threads that run one frame's bands, the caller included (one core: one band). */
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
     * {@link #THREADS} threads; returns once every band that started is done (a helper still queued behind another
     * frame's bands finds none left and does nothing). After a band fails, no band starts; the first failure is
     * thrown here, as if the caller had run them all.
     */
    static void run(int height, int count, Band band) {
        int bands = Math.max(1, Math.min(count, height));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(bands);
        Runnable taker = () -> {
            for (int i = next.getAndIncrement(); i < bands; i = next.getAndIncrement()) {
                try {
                    if (failed.get() == null) {
                        band.run(height * i / bands, height * (i + 1) / bands);
                    }
                } catch (Throwable t) {
                    // Errors too: the caller must not return while another band still writes its pixels.
                    failed.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int t = 1; t < Math.min(THREADS, bands); t++) {
            HELPERS.execute(taker);
        }
        taker.run();
        awaitUninterruptibly(done);
        Throwable t = failed.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Waits for the bands, even when interrupted (they write into the caller's pixels), then re-interrupts. */
    private static void awaitUninterruptibly(CountDownLatch done) {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
