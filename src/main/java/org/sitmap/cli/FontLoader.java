package org.sitmap.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitmap.render.Fonts;

/**
 * Loads the map's fonts on a thread of its own while an export's command line is read and its inputs opened: it
 * takes 40-50 ms (three font files unpacked and parsed), the first page layout waited for it, and the work before
 * that keeps only one core busy. Thread-safe.
 */
final class FontLoader {
    /** The fonts being loaded by {@link #start()}, or null. */
    private static volatile CompletableFuture<Void> loaded;

    private FontLoader() {
    }

    /** Starts loading the fonts (call once, with headless drawing chosen: AWT reads that when first asked). */
    static void start() {
        CompletableFuture<Void> fonts = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                Class.forName(Fonts.class.getName(), true, Fonts.class.getClassLoader());
                fonts.complete(null);
            } catch (ClassNotFoundException | RuntimeException | Error e) {
                fonts.completeExceptionally(e);
            }
        }, "sitmap-font-loader");
        loader.setDaemon(true);
        loaded = fonts;
        loader.start();
    }

    /**
     * Waits for the fonts {@link #start()} is loading, if it was called, and fails as loading them failed (a full
     * temporary folder, say): the error the export would have met itself, with its cause, rather than the bare
     * "could not initialize class" that a second use of a class that failed to load gives.
     */
    static void await() {
        CompletableFuture<Void> fonts = loaded;
        if (fonts == null) {
            return;
        }
        try {
            fonts.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
