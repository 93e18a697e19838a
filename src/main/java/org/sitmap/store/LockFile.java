package org.sitmap.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * {@code FILE.gpkg.lock}: an exclusive OS lock (FileChannel.tryLock) that says "this briefing is open for writing in
 * a Sitmap window". The OS drops the lock when the process dies, so a lock file left behind by a crash does not
 * block anyone; the file holds the owner's pid only as a hint for people. Deleted on release. Not thread-safe.
 */
final class LockFile {
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private boolean waited;

    private LockFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code briefing}, waiting up to {@code wait} while another process holds it; null when it
     * is still held then (or held by this JVM).
     */
    static LockFile acquire(Path briefing, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 20;
        for (boolean first = true; ; first = false) {
            LockFile l = tryAcquire(briefing);
            if (l != null) {
                l.waited = !first;
                return l;
            }
            if (System.nanoTime() - deadline >= 0) {
                return null;
            }
            try {
                Thread.sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            pause = Math.min(pause * 2, 250);
        }
    }

    /** Whether {@link #acquire} had to wait for another holder: the file may have changed meanwhile. */
    boolean waited() {
        return waited;
    }

    static Path pathFor(Path briefing) {
        return briefing.resolveSibling(briefing.getFileName() + ".lock");
    }

    /** Takes the lock of {@code briefing}, or returns null when another window (or process) holds it. */
    static LockFile tryAcquire(Path briefing) throws IOException {
        Path p = pathFor(briefing);
        for (int attempt = 0; attempt < 5; attempt++) {
            FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this JVM (another window of the same process)
            } catch (IOException e) {
                ch.close();
                throw e;
            }
            if (l == null) {
                ch.close();
                return null;
            }
            // The previous owner deletes the file before releasing; if we locked a file that was just deleted,
            // a newcomer could lock a fresh one: take the lock again on the file that the name now points to.
            if (Files.exists(p)) {
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                return new LockFile(p, ch, l);
            }
            l.release();
            ch.close();
        }
        return null;
    }

    /** Deletes the lock file and releases the lock; never throws. */
    void release() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stale lock file is harmless: nobody holds its lock
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
