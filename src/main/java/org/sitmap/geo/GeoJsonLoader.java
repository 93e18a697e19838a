package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.sitmap.model.MapFeature;

/**
 * Streaming reader for RFC 7946 GeoJSON files (FeatureCollection, Feature or a bare geometry; plain or gzip, detected
 * by its magic bytes) into {@link MapFeature}s with JTS geometries in lon/lat.
 *
 * <p>The text is never held in memory: Jackson's streaming parser feeds positions straight into a reused
 * {@code double[]}, and only one geometry is buffered at a time, so object members may come in any order. A feature
 * that cannot be read is skipped and reported as a {@link LoadIssue}; small defects are repaired and reported
 * (unclosed rings are closed, invalid polygons are fixed with JTS {@code GeometryFixer}, see
 * {@link PolygonValidator}). A file that cannot be shown at all (not JSON, truncated, wrong CRS, too large, or no
 * readable feature) fails with a {@link GeoJsonException} whose message names the file and the place.
 *
 * <p>Usage:
 * <pre>{@code
 * LoadResult r = GeoJsonLoader.load(path);
 * LoadResult r2 = new GeoJsonLoader().maxCoordinates(5_000_000).load(path, p -> bar.set(p), task::isCancelled);
 * }</pre>
 *
 * <p>The work is split among the classes of one load: {@link GeoJsonInput} (bytes, gzip, first look),
 * {@link GeoJsonMemberReader} (document and features), {@link GeometryReader} (geometries and coordinates),
 * {@link GeoJsonValues} (properties, ids, crs), {@link FeatureRepairs} (antimeridian cut, polygon checks and fixes),
 * {@link LoadIssueLog} (typed issues) and {@link GeoJsonMessages} (wording).
 *
 * <p>An instance holds only its settings and may be shared between threads; each call to {@code load} uses its own
 * buffers. Progress and cancellation callbacks run on the loading thread.
 */
public final class GeoJsonLoader {

    /** The factory of every geometry this loader makes: floating precision, SRID 4326. */
    public static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /** Default for {@link #maxCoordinates(long)}: about 1 GB of coordinates in memory. */
    public static final long DEFAULT_MAX_COORDINATES = 60_000_000L;

    static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // A key given twice ("features", "type", "coordinates") would otherwise be read as the last one, or
            // merged: refused with its place instead.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Issues kept in a result; further ones are counted in one closing issue so a broken file cannot flood the UI. */
    static final int MAX_ISSUES = LoadIssueLog.MAX_ISSUES;

    private long maxCoordinates = DEFAULT_MAX_COORDINATES;
    /** Map layers may reach past 180 degrees where a shape crosses the antimeridian (it is cut there). */
    private double maxLongitude = 540;
    private boolean checkPolygons = true;
    private boolean keepProperties = true;
    /** Plain files from this size on are read in chunks on all cores (see {@link GeoJsonChunks}). */
    private long chunkedFrom = 2L * CHUNK_BYTES;
    private int chunkBytes = CHUNK_BYTES;

    /**
     * Bytes of text a chunk of a file read on all cores holds: on the 35 MB Natural Earth admin-1 file, 17 chunks, so
     * two cores finish close together.
     */
    static final int CHUNK_BYTES = 2 << 20;

    /** A loader with default settings; see {@link #maxCoordinates(long)}. */
    public GeoJsonLoader() {
    }

    /**
     * Receives each feature of a {@link #scan} as soon as it is read (and repaired). Throwing stops the scan with
     * that failure.
     */
    @FunctionalInterface
    public interface FeatureSink {
        /** @param index the feature's place in the file's collection (0-based; -1 for a bare geometry) */
        void accept(int index, MapFeature feature) throws GeoJsonException;

        /** A feature of the collection that could not be read and was left out; the scan goes on unless this throws. */
        default void skipped(LoadIssue issue) throws GeoJsonException {
        }
    }

    /** Loads a file with default settings. */
    public static LoadResult load(Path file) throws GeoJsonException, IOException {
        return new GeoJsonLoader().load(file, null, null);
    }

    /**
     * Refuses files with more than {@code n} positions (a guard against running out of memory).
     *
     * @return this loader
     */
    public GeoJsonLoader maxCoordinates(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("maxCoordinates must be positive, was " + n);
        }
        this.maxCoordinates = n;
        return this;
    }

    /**
     * Whether polygons are checked for validity and repaired (the default). Only data known to be valid, such as
     * the bundled base map that the build prepares with this loader, should skip the check: it costs about as much
     * as parsing.
     *
     * @return this loader
     */
    public GeoJsonLoader checkPolygons(boolean check) {
        this.checkPolygons = check;
        return this;
    }

    /**
     * Whether features keep their properties (the default). A caller that only draws the shapes, such as an export
     * that does not label a layer, passes them over: on the Natural Earth admin-1 file, with 80 properties a feature,
     * that is a fifth of the reading and 50 MB of memory. The file is checked as JSON all the same.
     *
     * @return this loader
     */
    public GeoJsonLoader keepProperties(boolean keep) {
        this.keepProperties = keep;
        return this;
    }

    /**
     * Refuses (skips, with the place) features with a longitude beyond {@code -limit..limit}; 540 by default, for
     * shapes drawn across the antimeridian. Annotations must lie within -180..180.
     *
     * @return this loader
     */
    public GeoJsonLoader maxLongitude(double limit) {
        if (!(limit >= 180)) {
            throw new IllegalArgumentException("maxLongitude must be at least 180, was " + limit);
        }
        this.maxLongitude = limit;
        return this;
    }

    /**
     * Reads plain files of {@code fromBytes} or more in chunks of about {@code bytes} on all cores (for tests, which
     * compare that with a whole reading on small files).
     *
     * @return this loader
     */
    GeoJsonLoader chunked(long fromBytes, int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, was " + bytes);
        }
        this.chunkedFrom = fromBytes;
        this.chunkBytes = bytes;
        return this;
    }

    /** The current coordinate limit. */
    public long maxCoordinates() {
        return maxCoordinates;
    }

    /**
     * Loads a file.
     *
     * @param progress receives 0..1 by bytes of the file read (about 100 calls at most); may be null
     * @param cancelled polled at every feature and every 65,536 positions; when it answers true the load stops with
     *     a {@link CancellationException}; may be null
     */
    public LoadResult load(Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws GeoJsonException, IOException {
        String problem = InputFiles.notRegular(file);
        if (problem != null) {
            throw new GeoJsonException(String.valueOf(file.getFileName()), -1, -1, -1, problem);
        }
        long size = Files.size(file);
        String source = String.valueOf(file.getFileName());
        DoubleConsumer onward = progress;
        if (size >= chunkedFrom && Runtime.getRuntime().availableProcessors() > 1) {
            // A reading begun again whole reports from 0 again: the bar must not go back.
            double[] shown = {0};
            onward = progress == null ? null : p -> {
                if (p > shown[0]) {
                    shown[0] = p;
                    progress.accept(p);
                }
            };
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                LoadResult r = readChunked(new FileText(channel, size), source, onward, cancelled);
                if (r != null) {
                    return r;
                }
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, source, size, onward, cancelled);
        }
    }

    /**
     * Reads the text's features array in chunks on all cores, then the rest of the text around it; null when the
     * text cannot be read so (gzip, no plain "features" array) or anything in it was not as usual: then it is read
     * whole, which finds the same features, or the fault with its place.
     */
    private LoadResult readChunked(FileText data, String source, DoubleConsumer progress,
            BooleanSupplier cancelled) throws IOException {
        GeoJsonChunks chunks = GeoJsonChunks.plan(data, chunkBytes);
        if (chunks == null) {
            return null;
        }
        GeoJsonChunks.Prefetched features = chunks.read(new GeoJsonChunks.Settings(source, keepProperties,
                checkPolygons, maxCoordinates, maxLongitude), progress, cancelled);
        if (features == null || features.positions() > maxCoordinates) {
            return null;
        }
        try {
            return read(chunks.withoutFeatures(features), source, data.size(), progress, cancelled, null, features);
        } catch (CancellationException e) {
            throw e;
        } catch (GeoJsonException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads a file of any size feature by feature: each feature goes to {@code sink} and is not kept, so memory
     * holds one feature at a time (the coordinate limit does not apply). The result counts and bounds the features
     * but its feature list is empty. Polygons are checked as they come, on this thread.
     */
    public LoadResult scan(Path file, FeatureSink sink) throws GeoJsonException, IOException {
        if (sink == null) {
            throw new IllegalArgumentException("sink must not be null");
        }
        String problem = InputFiles.notRegular(file);
        if (problem != null) {
            throw new GeoJsonException(String.valueOf(file.getFileName()), -1, -1, -1, problem);
        }
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()), size, null, null, sink, null);
        }
    }

    /**
     * Loads from a stream, which is read to the end of the GeoJSON object but not closed.
     *
     * @param sourceName the name used in messages (usually the file name)
     * @param totalBytes the stream's length for progress, or a value &lt;= 0 when unknown
     */
    public LoadResult load(InputStream in, String sourceName, long totalBytes, DoubleConsumer progress,
            BooleanSupplier cancelled) throws GeoJsonException, IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        return read(in, sourceName == null ? "input" : sourceName, totalBytes, progress, cancelled, null, null);
    }

    /**
     * One load: the input opened, the document read by the member reader, the result assembled. With
     * {@code chunked}, the text's features array is empty and those features are taken instead.
     */
    private LoadResult read(InputStream raw, String source, long totalBytes, DoubleConsumer progress,
            BooleanSupplier cancelled, FeatureSink sink, GeoJsonChunks.Prefetched chunked)
            throws GeoJsonException, IOException {
        if (cancelled != null && cancelled.getAsBoolean()) {
            throw new CancellationException("loading " + source + " was cancelled");
        }
        LoadIssueLog log = new LoadIssueLog();
        FeatureRepairs repairs = new FeatureRepairs(checkPolygons);
        GeoJsonCursor at = null;
        GeoJsonInput input = null;
        boolean done = false;
        try {
            input = GeoJsonInput.open(raw, source);
            at = new GeoJsonCursor(JSON.createParser(new Utf8Guard(input.data())), source, input, totalBytes,
                    progress, cancelled);
            GeoJsonValues values = new GeoJsonValues(at, log, keepProperties);
            GeometryReader geometries = new GeometryReader(at, values, log,
                    sink == null ? maxCoordinates : Long.MAX_VALUE, maxLongitude);
            GeoJsonMemberReader members = new GeoJsonMemberReader(at, source, values, geometries, repairs, log, sink);
            members.prefetched(chunked);
            members.readDocument();
            if (chunked != null && !(members.readCollection() && log.size() == chunked.issues().size()
                    && members.attemptedFeatures() == chunked.attempted())) {
                throw new GeoJsonException(source, -1, -1, -1, "the text around the features read in chunks"
                        + " has issues of its own");
            }
            done = true;
            if (progress != null) {
                progress.accept(1.0);
            }
            return new LoadResult(source, Collections.unmodifiableList(members.features()), log.finish(),
                    Collections.unmodifiableMap(members.typeCounts()), members.bounds(),
                    geometries.positions() + (chunked == null ? 0 : chunked.positions()),
                    chunked == null ? input.bytesRead() : totalBytes, members.featureCount());
        } catch (Utf8Guard.MalformedUtf8Exception | GeoJsonInput.GzipDataException | JsonProcessingException e) {
            throw failure(e, at, source);
        } finally {
            if (!done) {
                repairs.abandon();
            }
            if (at != null) {
                at.parser.close();
            }
        }
    }

    /** The load's failure in the parser, the gzip data or the text's encoding, with its place. */
    private static GeoJsonException failure(IOException e, GeoJsonCursor at, String source) {
        int feature = at == null ? -1 : at.currentFeature;
        if (e instanceof Utf8Guard.MalformedUtf8Exception m) {
            return new GeoJsonException(source, m.line, m.column, feature, m.getMessage());
        }
        if (e instanceof GeoJsonInput.GzipDataException) {
            return new GeoJsonException(source, at == null ? -1 : at.line(), at == null ? -1 : at.column(), feature,
                    "the gzip data is truncated or corrupt (" + GeoJsonMessages.lower(e.getMessage()) + ")");
        }
        JsonProcessingException j = (JsonProcessingException) e;
        if (e instanceof JsonEOFException) {
            JsonLocation end = j.getLocation();
            return new GeoJsonException(source, end == null ? -1 : end.getLineNr(),
                    end == null ? -1 : end.getColumnNr(), feature, "unexpected end of file"
                    + (feature >= 0 ? " inside feature " + feature : "") + "; the file looks truncated");
        }
        JsonLocation where = j.getLocation() != null ? j.getLocation()
                : at != null ? at.parser.currentLocation() : null;
        long line = where == null ? -1 : where.getLineNr();
        long column = where == null ? -1 : where.getColumnNr();
        return new GeoJsonException(source, line, column, feature,
                GeoJsonMessages.malformed(GeoJsonMessages.cleanJacksonMessage(j.getOriginalMessage())));
    }

    /** Jackson's wording without its source descriptions and configuration names. */
    static String cleanJacksonMessage(String message) {
        return GeoJsonMessages.cleanJacksonMessage(message);
    }
}
