package org.sitmap.geo;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes bytes through and refuses any that are not well-formed UTF-8 (RFC 3629): overlong encodings, encoded
 * surrogates, code points past U+10FFFF, stray or missing continuation bytes. Jackson refuses only some of these and
 * reads the others as if they were text. Counts lines and characters so the refusal says where. Not thread-safe.
 */
final class Utf8Guard extends FilterInputStream {
    /** Malformed UTF-8, with the place of the character it starts. */
    static final class MalformedUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        MalformedUtf8Exception(long line, long column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private long offset;
    private long line = 1;
    private long lineStart;
    /** Continuation bytes read so far, and up to the start of the current line: columns count characters. */
    private long continuations;
    private long continuationsAtLineStart;
    private int needed;
    private int codePoint;
    private int minimum;
    private long sequenceStart;
    private long sequenceLine;
    private long sequenceColumn;

    Utf8Guard(InputStream in) {
        super(in);
    }

    /** A stretch of text checked as UTF-8, with its line breaks counted (see {@link Counter}). */
    record Stretch(boolean wellFormed, long newlines, long lastNewline) {
    }

    /**
     * Checks a stretch of text given in pieces (of a file read in chunks) as well-formed UTF-8 that begins and ends
     * between characters, and counts its line breaks in the same pass; the place of a fault is left to a reading of
     * the whole text. Not thread-safe.
     */
    static final class Counter {
        private final Utf8Guard guard = new Utf8Guard(InputStream.nullInputStream());
        private final long from;
        private boolean wellFormed = true;

        /** @param from the stretch's offset in the file */
        Counter(long from) {
            this.from = from;
        }

        /** Checks the next {@code n} bytes of the stretch; false once it is found malformed. */
        boolean check(byte[] b, int n) {
            try {
                guard.check(b, 0, n);
            } catch (MalformedUtf8Exception e) {
                wellFormed = false;
            }
            return wellFormed;
        }

        /** The stretch checked; {@code lastNewline} is the file offset of its last line break, or -1. */
        Stretch finish() {
            if (wellFormed) {
                try {
                    guard.atEnd();
                } catch (MalformedUtf8Exception e) {
                    wellFormed = false;
                }
            }
            return new Stretch(wellFormed, guard.line - 1, guard.line > 1 ? from + guard.lineStart - 1 : -1);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            atEnd();
        } else {
            check(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws MalformedUtf8Exception {
        if (needed > 0) {
            throw new MalformedUtf8Exception(sequenceLine, sequenceColumn,
                    "invalid UTF-8: the file ends inside a character");
        }
    }

    private void check(byte[] b, int off, int n) throws MalformedUtf8Exception {
        for (int i = off; i < off + n; i++) {
            int c = b[i];
            if (c >= 0 && needed == 0) {
                if (c == '\n') {
                    line++;
                    lineStart = offset + i - off + 1;
                    continuationsAtLineStart = continuations;
                }
                continue;
            }
            multiByte(c & 0xff, offset + i - off);
        }
        offset += n;
    }

    private void multiByte(int c, long at) throws MalformedUtf8Exception {
        if (needed > 0) {
            if ((c & 0xC0) != 0x80) {
                throw malformed(sequenceStart, "a character is cut short (byte 0x" + hex(c) + " where its next byte"
                        + " was expected)");
            }
            continuations++;
            codePoint = codePoint << 6 | c & 0x3F;
            if (--needed == 0) {
                if (codePoint < minimum) {
                    throw malformed(sequenceStart, "an overlong encoding of U+" + hex4(codePoint));
                }
                if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                    throw malformed(sequenceStart, "an encoded surrogate U+" + hex4(codePoint));
                }
                if (codePoint > 0x10FFFF) {
                    throw malformed(sequenceStart, "a code point beyond U+10FFFF");
                }
            }
            return;
        }
        sequenceStart = at;
        sequenceLine = line;
        sequenceColumn = columnOf(at);
        if (c >= 0xC0 && c <= 0xDF) {
            needed = 1;
            codePoint = c & 0x1F;
            minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            needed = 2;
            codePoint = c & 0x0F;
            minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            needed = 3;
            codePoint = c & 0x07;
            minimum = 0x10000;
        } else {
            throw malformed(at, "byte 0x" + hex(c) + " cannot start a character");
        }
    }

    private long columnOf(long at) {
        return at - lineStart - (continuations - continuationsAtLineStart) + 1;
    }

    private MalformedUtf8Exception malformed(long at, String what) {
        return new MalformedUtf8Exception(sequenceLine, at == sequenceStart ? sequenceColumn : columnOf(at),
                "invalid UTF-8: " + what + "; GeoJSON must be UTF-8");
    }

    private static String hex(int b) {
        return String.format(Locale.ROOT, "%02X", b);
    }

    private static String hex4(int cp) {
        return String.format(Locale.ROOT, "%04X", cp);
    }
}
