package org.sitmap.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Places a window frame's annotation labels on a thread of their own while the frame's thread draws its shapes:
 * placing them needs only where the annotations are, not their pixels, and at 10,000 annotations it is a fifth of
 * a frame. On a one-core machine it runs in the caller. The labels are drawn afterwards on the frame's thread
 * ({@link AnnotationPainter#paintPlaced}).
 *
 * <p>Thread-safe.
 */
final class LabelsBeside {
    private static final boolean BESIDE = Runtime.getRuntime().availableProcessors() > 1;
    /** One thread for every window: a window paints one frame at a time, and placing takes a few milliseconds. */
    private static final ExecutorService PLACER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sitmap-label-placer");
        t.setDaemon(true);
        return t;
    });

    private LabelsBeside() {
    }

    /** Starts placing: {@code place} runs within {@code caches}' scope (as the frame's own threads do). */
    static <T> Future<T> start(RenderCaches caches, Supplier<T> place) {
        if (!BESIDE) {
            return CompletableFuture.completedFuture(place.get());
        }
        return PLACER.submit(() -> {
            try (RenderCaches.Scope scope = caches.enter()) {
                return place.get();
            }
        });
    }

    /** The labels placed, once placed; a failure in placing is thrown here, as if it had happened in the caller. */
    static <T> T join(Future<T> placing) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return placing.get();
                } catch (InterruptedException ex) {
                    // The frame must not go on while its placer still fills the label grid: wait, then say so.
                    interrupted = true;
                }
            }
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (ex.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(ex.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
