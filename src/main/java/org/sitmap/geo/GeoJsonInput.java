package org.sitmap.geo;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a GeoJSON file on their way to the parser: counted as stored (for progress), unpacked when they are
 * gzip (detected by the magic bytes), and looked at before parsing so that empty files, binary data, UTF-16/32 text,
 * ZIP archives and JSON arrays are refused in words a user understands. Not thread-safe; one per load.
 */
final class GeoJsonInput {
    private static final int BUFFER_SIZE = 256 * 1024;
    private static final int SNIFF_SIZE = 8192;

    private final String source;
    private final CountingInputStream counter;
    private final InputStream data;

    private GeoJsonInput(String source, CountingInputStream counter, InputStream data) {
        this.source = source;
        this.counter = counter;
        this.data = data;
    }

    /** Opens {@code raw} (not closed here), unpacking gzip, and checks that it starts as a JSON object. */
    static GeoJsonInput open(InputStream raw, String source) throws IOException, GeoJsonException {
        CountingInputStream counter = new CountingInputStream(raw);
        InputStream data = new BufferedInputStream(counter, BUFFER_SIZE);
        data.mark(2);
        int b0 = data.read();
        int b1 = data.read();
        data.reset();
        if (b0 < 0) {
            throw new GeoJsonException(source, -1, -1, -1, "file is empty");
        }
        if (b0 == 0x1f && b1 == 0x8b) {
            GZIPInputStream gzip;
            try {
                gzip = new GZIPInputStream(data, 64 * 1024);
            } catch (IOException e) { // reading the header: EOFException with no message when it is cut short
                throw new GeoJsonException(source, -1, -1, -1, "the gzip data is truncated or corrupt ("
                        + (e.getMessage() == null ? "it ends inside its header" : GeoJsonMessages.lower(e.getMessage()))
                        + ")");
            }
            data = new BufferedInputStream(new GzipGuard(gzip), BUFFER_SIZE);
        }
        GeoJsonInput input = new GeoJsonInput(source, counter, data);
        input.sniff();
        return input;
    }

    /** The text to parse. */
    InputStream data() {
        return data;
    }

    /** Bytes read from the file as stored (compressed size for gzip). */
    long bytesRead() {
        return counter.count;
    }

    private GeoJsonException fatal(long line, long column, String message) {
        return new GeoJsonException(source, line, column, -1, message);
    }

    /** Rejects empty files, binary data and non-object JSON before the parser produces cryptic messages. */
    private void sniff() throws IOException, GeoJsonException {
        byte[] head = new byte[SNIFF_SIZE];
        data.mark(SNIFF_SIZE);
        int n = 0;
        while (n < SNIFF_SIZE) {
            int r = data.read(head, n, SNIFF_SIZE - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        data.reset();
        String utf16Or32 = wideEncoding(head, n);
        if (utf16Or32 != null) {
            throw fatal(1, 1, "not UTF-8 text: the file is " + utf16Or32 + "; GeoJSON must be UTF-8 "
                    + "(RFC 7946): save it as UTF-8");
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw fatal(1, 1, "not a JSON text: this is a ZIP archive; unzip it and load the .geojson inside");
        }
        checkFirstCharacter(head, n);
    }

    /** Finds the first byte after a byte order mark and white space and refuses what cannot start an object. */
    private void checkFirstCharacter(byte[] head, int n) throws GeoJsonException {
        int i = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        long line = 1;
        long col = 1;
        for (; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == '\n') {
                line++;
                col = 1;
            } else if (b == ' ' || b == '\t' || b == '\r') {
                col++;
            } else {
                break;
            }
        }
        if (i >= n) {
            if (n < SNIFF_SIZE) {
                throw fatal(-1, -1, n == 0 ? "file is empty" : "file is empty (it holds only white space)");
            }
            return; // a lot of white space: let the parser find what follows
        }
        int b = head[i] & 0xff;
        if (b == '{') {
            return;
        }
        if (b < 0x20 || b == 0x7f || b >= 0x80) {
            throw fatal(line, col, "not a JSON text: found binary data at line " + line + ", column " + col);
        }
        if (b == '[') {
            throw fatal(line, col, "not a GeoJSON object: the file holds a JSON array; GeoJSON needs one"
                    + " object (a FeatureCollection, a Feature or a geometry)");
        }
        throw fatal(line, col, "not a JSON text: found '" + (char) b + "' where '{' was expected");
    }

    /** "UTF-16 ..." or "UTF-32 ..." when the text starts as one (by its byte order mark or zero bytes). */
    private static String wideEncoding(byte[] h, int n) {
        int b0 = n > 0 ? h[0] & 0xff : -1;
        int b1 = n > 1 ? h[1] & 0xff : -1;
        int b2 = n > 2 ? h[2] & 0xff : -1;
        int b3 = n > 3 ? h[3] & 0xff : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return "UTF-32 (it starts with a byte order mark)";
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return "UTF-16 (it starts with a byte order mark)";
        }
        if (n >= 4 && (b0 == 0 && b1 == 0 && b2 == 0 && isText(b3) || isText(b0) && b1 == 0 && b2 == 0 && b3 == 0)) {
            return "UTF-32";
        }
        if (n >= 2 && (b0 == 0 && isText(b1) || isText(b0) && b1 == 0)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean isText(int b) {
        return b == '{' || b == '[' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /** Marks failures of the gzip layer (corrupt or truncated compressed data), as opposed to disk errors. */
    static final class GzipDataException extends IOException {
        private static final long serialVersionUID = 1L;

        GzipDataException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Counts the bytes read from the file as stored, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += Math.max(0, s);
            return s;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Turns the decompressor's exceptions into {@link GzipDataException}s. */
    private static final class GzipGuard extends FilterInputStream {
        GzipGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new GzipDataException(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new GzipDataException(e);
            }
        }
    }
}
