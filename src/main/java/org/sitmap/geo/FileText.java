package org.sitmap.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of a file read by position, so several threads can read stretches of it at once without the whole file
 * in memory (a 35 MB array cost a third of what reading in chunks saved: zeroing, copying and a collection to move
 * it). Streams and {@link #stretch}es may be used on any thread, one each; {@link #at} is for one thread only.
 */
final class FileText {
    private static final int BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final long size;
    private final byte[] window = new byte[BUFFER];
    private long windowStart;
    private int windowLength;

    FileText(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    long size() {
        return size;
    }

    /** The byte at {@code position} (0-255), or -1 past the end; reads through a window kept for the next call. */
    int at(long position) throws IOException {
        if (position < windowStart || position >= windowStart + windowLength) {
            if (position < 0 || position >= size) {
                return -1;
            }
            windowStart = position;
            windowLength = Math.max(0, readAt(position, window, 0, window.length));
            if (windowLength == 0) {
                return -1;
            }
        }
        return window[(int) (position - windowStart)] & 0xff;
    }

    /** The text from {@code from} up to {@code to}. */
    InputStream stream(long from, long to) {
        return new Stretch(from, to);
    }

    /** Checks {@code [from, to)} as UTF-8 and counts its line breaks (see {@link Utf8Guard#stretch}). */
    Utf8Guard.Stretch stretch(long from, long to) throws IOException {
        Utf8Guard.Counter counter = new Utf8Guard.Counter(from);
        byte[] buffer = new byte[BUFFER];
        long position = from;
        while (position < to) {
            int n = readAt(position, buffer, 0, (int) Math.min(buffer.length, to - position));
            if (n <= 0) {
                break;
            }
            if (!counter.check(buffer, n)) {
                break;
            }
            position += n;
        }
        return counter.finish();
    }

    private int readAt(long position, byte[] into, int offset, int length) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, offset, length);
        while (b.hasRemaining()) {
            int n = channel.read(b, position + b.position() - offset);
            if (n < 0) {
                break;
            }
        }
        return b.position() - offset;
    }

    /** A stretch of the file as a stream, read a buffer at a time. */
    private final class Stretch extends InputStream {
        private final byte[] buffer = new byte[BUFFER];
        private final long end;
        private long position;
        private int next;
        private int length;

        Stretch(long from, long to) {
            this.position = from;
            this.end = Math.min(to, size);
        }

        private boolean fill() throws IOException {
            if (next < length) {
                return true;
            }
            int want = (int) Math.min(buffer.length, end - position);
            length = want <= 0 ? 0 : readAt(position, buffer, 0, want);
            position += length;
            next = 0;
            return length > 0;
        }

        @Override
        public int read() throws IOException {
            return fill() ? buffer[next++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(count, length - next);
            System.arraycopy(buffer, next, into, offset, n);
            next += n;
            return n;
        }
    }
}
