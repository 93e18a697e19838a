package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.sitmap.model.MapFeature;

/**
 * Reads the "features" array of a plain GeoJSON file in chunks, on all cores, with the same features, issues and
 * places as a reading of the whole text.
 *
 * <p>Chunks start at guesses at even distances: the first comma from there that is followed (after white space) by
 * {@code {}. Such a comma may lie inside a string or a nested array, so each chunk is read from its guess as if it
 * were right, and a guess is taken only when the chunk before it, itself taken, finds a feature starting exactly
 * there. A chunk reads on past the guesses that fell inside its features, up to the next taken start or the end of
 * the array, so the taken chunks cover the array. Each chunk counts lines and columns from its own start; they are
 * moved to the file's when the chunks are joined, from the line breaks counted in each stretch of the file.
 *
 * <p>Whatever is unusual gives up ({@link #read} answers null): a fault in a taken chunk, malformed UTF-8 anywhere,
 * more issues than a result lists. The caller then reads the whole text, which finds the fault and its place as
 * ever. Thread-safe for one {@link #read} at a time.
 */
final class GeoJsonChunks {
    /** What a chunk's text starts with: it stands for the file up to the comma (or the array's '[') before it. */
    private static final byte[] OPENING = {'{', '"', 'f', '"', ':', '['};
    private static final byte[] FEATURES = {'f', 'e', 'a', 't', 'u', 'r', 'e', 's'};
    private static final int MAX_CHUNKS = 4096;

    /** Where a chunk of features ends; offsets are those of the chunk's own text. */
    interface ChunkEnd {
        /** Whether the feature whose text begins at {@code offset} belongs to a later chunk. */
        boolean reached(long offset);

        /** The array's closing bracket is at {@code offset}. */
        void arrayEnds(long offset);
    }

    /** How the loader reads features. */
    record Settings(String source, boolean keepProperties, boolean checkPolygons, long maxCoordinates,
            double maxLongitude) {
    }

    /** The features of the taken chunks, with their issues in the file's places and numbering. */
    record Prefetched(List<MapFeature> features, List<LoadIssue> issues, int attempted, long positions,
            long arrayEnd) {
        /** Records the issues in {@code log} as a reader of the whole text would have. */
        void replayIssues(LoadIssueLog log) {
            for (LoadIssue i : issues) {
                if (i.leftOut()) {
                    log.leaveOut(i.featureIndex(), i.line(), i.column(), i.message(), i.kind());
                } else {
                    log.add(i.featureIndex(), i.line(), i.column(), i.message(), i.kind());
                }
            }
        }
    }

    /** One chunk as read: its stretch of the file checked and its line breaks counted, its features if it parsed. */
    private record Chunk(Utf8Guard.Stretch stretch, boolean parsed, List<MapFeature> features,
            List<LoadIssue> issues, int attempted, long positions, int next, long arrayEnd) {
    }

    private final FileText data;
    private final long arrayStart;
    /** starts[k]: the comma before chunk k's first feature (starts[0]: the array's '['). */
    private final long[] starts;
    /** firsts[k]: where chunk k's first feature begins, by the guess (k &gt; 0). */
    private final long[] firsts;

    private GeoJsonChunks(FileText data, long arrayStart, long[] starts, long[] firsts) {
        this.data = data;
        this.arrayStart = arrayStart;
        this.starts = starts;
        this.firsts = firsts;
    }

    /** The chunks of about {@code chunkBytes} of a file's text, or null when it has no features array to split. */
    static GeoJsonChunks plan(FileText data, int chunkBytes) throws IOException {
        long open = featuresArray(data);
        if (open < 0) {
            return null;
        }
        long length = data.size() - open;
        int n = (int) Math.min(MAX_CHUNKS, length / Math.max(1, chunkBytes));
        long[] starts = new long[Math.max(n, 1)];
        long[] firsts = new long[starts.length];
        starts[0] = open;
        int count = 1;
        for (int k = 1; k < n; k++) {
            long from = Math.max(open + length * k / n, starts[count - 1] + 1L);
            long limit = open + length * (k + 1) / n;
            long comma = nextGuess(data, from, limit);
            if (comma >= 0) {
                starts[count] = comma;
                firsts[count] = skipSpace(data, comma + 1);
                count++;
            }
        }
        return count < 2 ? null : new GeoJsonChunks(data, open, Arrays.copyOf(starts, count),
                Arrays.copyOf(firsts, count));
    }

    /** How many chunks the text was split into. */
    int size() {
        return starts.length;
    }

    /**
     * Reads the chunks on this thread and the common pool's and joins the taken ones, or answers null to have the
     * whole text read instead. Progress and cancellation are answered on this thread.
     */
    Prefetched read(Settings settings, DoubleConsumer progress, BooleanSupplier cancelled) {
        int n = starts.length;
        Chunk[] chunks = new Chunk[n];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(n);
        BooleanSupplier stopHere = () -> {
            if (cancelled != null && cancelled.getAsBoolean()) {
                stop.set(true);
            }
            return stop.get();
        };
        int helpers = Math.min(Runtime.getRuntime().availableProcessors() - 1, n - 1);
        for (int h = 0; h < helpers; h++) {
            ForkJoinPool.commonPool().execute(() -> readChunks(settings, chunks, next, done, stop::get, null));
        }
        // Progress by chunks read, at most once per percent, on this thread only.
        int[] lastPercent = {-1};
        Runnable report = () -> {
            int percent = (int) (99 * (n - done.getCount()) / n);
            if (progress != null && percent > lastPercent[0]) {
                lastPercent[0] = percent;
                progress.accept(percent / 100.0);
            }
        };
        readChunks(settings, chunks, next, done, stopHere, report);
        try {
            while (!done.await(20, TimeUnit.MILLISECONDS)) {
                stopHere.getAsBoolean();
                if (stop.get()) {
                    break;
                }
                report.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
        }
        if (stop.get()) {
            throw new CancellationException("loading " + settings.source() + " was cancelled");
        }
        try {
            return join(chunks);
        } catch (IOException e) {
            return null;
        }
    }

    /** The file's text with the features array emptied: what the chunks read is taken in its place. */
    InputStream withoutFeatures(Prefetched features) {
        return new SequenceInputStream(data.stream(0, arrayStart + 1), data.stream(features.arrayEnd(), data.size()));
    }

    /** Reads chunks until none is left; {@code report} (may be null) runs after each one. */
    private void readChunks(Settings settings, Chunk[] chunks, AtomicInteger next, CountDownLatch done,
            BooleanSupplier stop, Runnable report) {
        int k;
        while (!stop.getAsBoolean() && (k = next.getAndIncrement()) < chunks.length) {
            try {
                chunks[k] = readChunk(k, settings, stop);
            } finally {
                done.countDown();
            }
            if (report != null) {
                report.run();
            }
        }
    }

    /** Checks and counts chunk {@code k}'s stretch of the file, then reads its features from its start. */
    private Chunk readChunk(int k, Settings settings, BooleanSupplier stop) {
        long from = starts[k];
        long to = k + 1 < starts.length ? starts[k + 1] : data.size();
        Utf8Guard.Stretch stretch;
        try {
            stretch = data.stretch(from, to);
        } catch (IOException e) {
            return new Chunk(new Utf8Guard.Stretch(false, 0, -1), false, List.of(), List.of(), 0, 0, -1, -1);
        }
        long base = from + 1L - OPENING.length;
        InputStream text = new SequenceInputStream(new ByteArrayInputStream(OPENING),
                data.stream(from + 1, data.size()));
        FeatureRepairs repairs = new FeatureRepairs(settings.checkPolygons(), false);
        End end = new End(k, base);
        try (JsonParser parser = GeoJsonLoader.JSON.createParser(text)) {
            GeoJsonCursor at = new GeoJsonCursor(parser, settings.source(), null, 0, null, stop);
            LoadIssueLog log = new LoadIssueLog();
            GeoJsonValues values = new GeoJsonValues(at, log, settings.keepProperties());
            GeometryReader geometries = new GeometryReader(at, values, log, settings.maxCoordinates(),
                    settings.maxLongitude());
            GeoJsonMemberReader members = new GeoJsonMemberReader(at, settings.source(), values, geometries, repairs,
                    log, null);
            members.readChunk(end);
            boolean complete = log.size() == log.listed().size();
            return new Chunk(stretch, complete, members.features(),
                    new ArrayList<>(log.listed()), members.attemptedFeatures(), geometries.positions(), end.next,
                    end.arrayEnd);
        } catch (IOException | GeoJsonException | RuntimeException e) {
            // Not this chunk's to report: a taken chunk that failed has the whole text read again.
            repairs.abandon();
            return new Chunk(stretch, false, List.of(), List.of(), 0, 0, -1, -1);
        }
    }

    /** Joins the taken chunks, from the first, with their issues moved to the file's places and numbers. */
    private Prefetched join(Chunk[] chunks) throws IOException {
        int n = chunks.length;
        long[] lineAt = new long[n];
        long[] columnShift = new long[n];
        Utf8Guard.Stretch prefix = data.stretch(0, arrayStart);
        long line = 1 + prefix.newlines();
        long lastNewline = prefix.lastNewline();
        for (int k = 0; k < n; k++) {
            if (chunks[k] == null || !chunks[k].stretch().wellFormed()) {
                return null;
            }
            lineAt[k] = line;
            // The chunk's '[' (column OPENING.length on its first line) stands for the comma at starts[k].
            columnShift[k] = starts[k] - lastNewline - OPENING.length;
            Utf8Guard.Stretch stretch = chunks[k].stretch();
            line += stretch.newlines();
            lastNewline = stretch.lastNewline() >= 0 ? stretch.lastNewline() : lastNewline;
        }
        List<MapFeature> features = new ArrayList<>();
        List<LoadIssue> issues = new ArrayList<>();
        int attempted = 0;
        long positions = 0;
        for (int k = 0; ; k = chunks[k].next()) {
            Chunk c = chunks[k];
            if (!c.parsed()) {
                return null;
            }
            for (LoadIssue i : c.issues()) {
                issues.add(moved(i, attempted, lineAt[k], columnShift[k]));
            }
            features.addAll(c.features());
            attempted += c.attempted();
            positions += c.positions();
            if (c.arrayEnd() >= 0) {
                return issues.size() > LoadIssueLog.MAX_ISSUES ? null
                        : new Prefetched(features, issues, attempted, positions, c.arrayEnd());
            }
            if (c.next() <= k) {
                return null;
            }
        }
    }

    private static LoadIssue moved(LoadIssue i, int firstIndex, long firstLine, long columnShift) {
        long line = i.line();
        long column = i.column();
        if (line == 1) {
            line = firstLine;
            column = column > 0 ? column + columnShift : column;
        } else if (line > 1) {
            line = firstLine + line - 1;
        }
        int index = i.featureIndex() >= 0 ? i.featureIndex() + firstIndex : i.featureIndex();
        return new LoadIssue(index, line, column, i.message(), i.kind());
    }

    /** Stops a chunk before the first feature that starts where a later chunk's guess does. */
    private final class End implements ChunkEnd {
        private final long base;
        private int later;
        int next = -1;
        long arrayEnd = -1;

        End(int k, long base) {
            this.base = base;
            this.later = k + 1;
        }

        @Override
        public boolean reached(long offset) {
            long at = base + offset;
            while (later < firsts.length && firsts[later] < at) {
                later++;
            }
            if (later < firsts.length && firsts[later] == at) {
                next = later;
                return true;
            }
            return false;
        }

        @Override
        public void arrayEnds(long offset) {
            arrayEnd = base + offset;
        }
    }

    /** The first comma in {@code [from, limit)} followed by white space and '{', or -1. */
    private static long nextGuess(FileText data, long from, long limit) throws IOException {
        for (long i = from; i < limit; i++) {
            int b = data.at(i);
            if (b < 0) {
                return -1;
            }
            if (b == ',' && data.at(skipSpace(data, i + 1)) == '{') {
                return i;
            }
        }
        return -1;
    }

    private static long skipSpace(FileText data, long i) throws IOException {
        int b = data.at(i);
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            b = data.at(++i);
        }
        return i;
    }

    /**
     * The offset of the '[' of the top-level object's "features" array (its name written plainly), or -1. Only the
     * text before it is looked at.
     */
    static long featuresArray(FileText data) throws IOException {
        long i = 0;
        if (data.at(0) == 0xef && data.at(1) == 0xbb && data.at(2) == 0xbf) {
            i = 3;
        }
        i = skipSpace(data, i);
        if (data.at(i) != '{') {
            return -1;
        }
        int depth = 0;
        for (int b = data.at(i); b >= 0; b = data.at(++i)) {
            if (b == '"') {
                long end = stringEnd(data, i);
                if (end < 0) {
                    return -1;
                }
                long colon = skipSpace(data, end + 1);
                if (depth == 1 && data.at(colon) == ':' && isFeatures(data, i + 1, end)) {
                    long value = skipSpace(data, colon + 1);
                    return data.at(value) == '[' ? value : -1;
                }
                i = end;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if ((b == '}' || b == ']') && --depth <= 0) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isFeatures(FileText data, long from, long to) throws IOException {
        if (to - from != FEATURES.length) {
            return false;
        }
        for (int j = 0; j < FEATURES.length; j++) {
            if (data.at(from + j) != FEATURES[j]) {
                return false;
            }
        }
        return true;
    }

    /** The closing quote of the string whose opening quote is at {@code i}, or -1. */
    private static long stringEnd(FileText data, long i) throws IOException {
        for (long j = i + 1; ; j++) {
            int b = data.at(j);
            if (b < 0) {
                return -1;
            }
            if (b == '\\') {
                j++;
            } else if (b == '"') {
                return j;
            }
        }
    }
}
