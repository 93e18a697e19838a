package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.zip.GZIPInputStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
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
 * <p>An instance holds only its settings and may be shared between threads; each call to {@code load} uses its own
 * buffers. Progress and cancellation callbacks run on the loading thread.
 */
public final class GeoJsonLoader {

    /** The factory of every geometry this loader makes: floating precision, SRID 4326. */
    public static final GeometryFactory GEOMETRY_FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /** Default for {@link #maxCoordinates(long)}: about 1 GB of coordinates in memory. */
    public static final long DEFAULT_MAX_COORDINATES = 60_000_000L;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // A key given twice ("features", "type", "coordinates") would otherwise be read as the last one, or
            // merged: refused with its place instead.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final int BUFFER_SIZE = 256 * 1024;
    private static final int SNIFF_SIZE = 8192;
    /** Issues kept in a result; further ones are counted in one closing issue so a broken file cannot flood the UI. */
    static final int MAX_ISSUES = 1000;
    private static final int MAX_GEOMETRY_NESTING = 32;

    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");

    private static final Set<String> WGS84_CRS_NAMES = Set.of(
            "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84", "urn:ogc:def:crs:ogc:crs84", "crs84",
            "ogc:crs84", "epsg:4326", "urn:ogc:def:crs:epsg::4326", "urn:ogc:def:crs:epsg:4326",
            "http://www.opengis.net/def/crs/ogc/1.3/crs84", "http://www.opengis.net/def/crs/epsg/0/4326",
            "https://www.opengis.net/def/crs/ogc/1.3/crs84", "https://www.opengis.net/def/crs/epsg/0/4326");

    private long maxCoordinates = DEFAULT_MAX_COORDINATES;
    /** Map layers may reach past 180 degrees where a shape crosses the antimeridian (it is cut there). */
    private double maxLongitude = 540;
    private boolean checkPolygons = true;

    /** A loader with default settings; see {@link #maxCoordinates(long)}. */
    public GeoJsonLoader() {
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
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, String.valueOf(file.getFileName()), size, progress, cancelled);
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
        return new Session(sourceName == null ? "input" : sourceName, totalBytes, progress, cancelled, maxCoordinates,
                maxLongitude,
                checkPolygons).run(in);
    }

    /** A feature that must be skipped; carries the place where the problem was seen. */
    private static final class FeatureProblem extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;
        final long column;

        FeatureProblem(long line, long column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    /** Marks failures of the gzip layer (corrupt or truncated compressed data), as opposed to disk errors. */
    private static final class GzipDataException extends IOException {
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

    /** Members of one geometry object, gathered in whatever order they come. */
    private static final class GeometryMembers {
        final int level;
        final CoordinateBuffer coordinates;
        String type;
        boolean typeSeen;
        boolean coordinatesSeen;
        boolean coordinatesNull;
        long coordinatesLine = -1;
        long coordinatesColumn = -1;
        List<Geometry> children;
        boolean geometriesSeen;

        GeometryMembers(int level, CoordinateBuffer coordinates) {
            this.level = level;
            this.coordinates = coordinates;
        }
    }

    /** The state of one load. Not thread-safe. */
    private static final class Session {
        private final String source;
        private final long totalBytes;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        private final long maxCoordinates;
        private final GeometryFactory factory = GEOMETRY_FACTORY;
        /** Features' properties, compact and sharing their names (nested objects are plain maps). */
        private final PropertyTable propertyTable = new PropertyTable();

        private CountingInputStream counter;
        private JsonParser parser;
        private ParserBase base;

        private final List<MapFeature> features = new ArrayList<>();
        private final List<LoadIssue> issues = new ArrayList<>();
        private int droppedIssues;
        private final Map<String, Integer> typeCounts = new TreeMap<>();
        private final Envelope bounds = new Envelope();
        private final List<CoordinateBuffer> buffers = new ArrayList<>();
        private final boolean checkPolygons;
        private PolygonValidator validator = new PolygonValidator(
                Runtime.getRuntime().availableProcessors() > 1 ? ForkJoinPool.commonPool() : null);
        /** Issues of the feature being read, kept only if the feature is. */
        private final List<String> pending = new ArrayList<>();
        private long pendingLine = -1;
        private long pendingColumn = -1;
        private int unclosedRings;

        private final double maxLongitude;
        private long positions;
        private int currentFeature = -1;
        private int lastPercent = -1;
        private int attemptedFeatures;
        private LoadIssue firstSkip;

        Session(String source, long totalBytes, DoubleConsumer progress, BooleanSupplier cancelled,
                long maxCoordinates, double maxLongitude, boolean checkPolygons) {
            this.checkPolygons = checkPolygons;
            this.maxLongitude = maxLongitude;
            this.source = source;
            this.totalBytes = totalBytes;
            this.progress = progress;
            this.cancelled = cancelled;
            this.maxCoordinates = maxCoordinates;
        }

        LoadResult run(InputStream raw) throws GeoJsonException, IOException {
            checkCancelled();
            counter = new CountingInputStream(raw);
            InputStream data = new BufferedInputStream(counter, BUFFER_SIZE);
            data.mark(2);
            int b0 = data.read();
            int b1 = data.read();
            data.reset();
            if (b0 < 0) {
                throw fatal(-1, -1, -1, "file is empty");
            }
            if (b0 == 0x1f && b1 == 0x8b) {
                GZIPInputStream gzip;
                try {
                    gzip = new GZIPInputStream(data, 64 * 1024);
                } catch (IOException e) { // reading the header: EOFException with no message when it is cut short
                    throw fatal(-1, -1, -1, "the gzip data is truncated or corrupt (" + (e.getMessage() == null
                            ? "it ends inside its header" : lower(e.getMessage())) + ")");
                }
                data = new BufferedInputStream(new GzipGuard(gzip), BUFFER_SIZE);
            }
            boolean done = false;
            try {
                sniff(data);
                parser = JSON.createParser(new Utf8Guard(data));
                base = parser instanceof ParserBase pb ? pb : null;
                parseDocument();
                done = true;
            } catch (Utf8Guard.MalformedUtf8Exception e) {
                throw fatal(e.line, e.column, currentFeature, e.getMessage());
            } catch (GzipDataException e) {
                throw fatal(line(), column(), currentFeature,
                        "the gzip data is truncated or corrupt (" + lower(e.getMessage()) + ")");
            } catch (JsonEOFException e) {
                JsonLocation at = e.getLocation();
                throw fatal(at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), currentFeature,
                        "unexpected end of file" + (currentFeature >= 0 ? " inside feature " + currentFeature : "")
                                + "; the file looks truncated");
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation()
                        : parser != null ? parser.currentLocation() : null;
                throw fatal(at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), currentFeature,
                        malformed(cleanJacksonMessage(e.getOriginalMessage())));
            } finally {
                if (!done) {
                    validator.abandon();
                }
                if (parser != null) {
                    parser.close();
                }
            }
            if (progress != null) {
                progress.accept(1.0);
            }
            if (droppedIssues > 0) {
                issues.add(new LoadIssue(-1, -1, -1, droppedIssues + " more issues not listed"));
            }
            return new LoadResult(source, Collections.unmodifiableList(features),
                    Collections.unmodifiableList(issues), Collections.unmodifiableMap(typeCounts), bounds,
                    positions, counter.count);
        }

        // ---------------------------------------------------------------- sniffing

        /** Rejects empty files, binary data and non-object JSON before the parser produces cryptic messages. */
        private void sniff(InputStream data) throws IOException, GeoJsonException {
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
                throw fatal(1, 1, -1, "not UTF-8 text: the file is " + utf16Or32 + "; GeoJSON must be UTF-8 "
                        + "(RFC 7946): save it as UTF-8");
            }
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                throw fatal(1, 1, -1, "not a JSON text: this is a ZIP archive; unzip it and load the .geojson inside");
            }
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
                    throw fatal(-1, -1, -1, n == 0 ? "file is empty" : "file is empty (it holds only white space)");
                }
                return; // a lot of white space: let the parser find what follows
            }
            int b = head[i] & 0xff;
            if (b == '{') {
                return;
            }
            if (b < 0x20 || b == 0x7f || b >= 0x80) {
                throw fatal(line, col, -1, "not a JSON text: found binary data at line " + line + ", column " + col);
            }
            if (b == '[') {
                throw fatal(line, col, -1, "not a GeoJSON object: the file holds a JSON array; GeoJSON needs one"
                        + " object (a FeatureCollection, a Feature or a geometry)");
            }
            throw fatal(line, col, -1, "not a JSON text: found '" + (char) b + "' where '{' was expected");
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

        // ---------------------------------------------------------------- document

        private void parseDocument() throws IOException, GeoJsonException {
            JsonToken t = parser.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw fatal(line(), column(), -1, "not a GeoJSON object: found " + describe(t));
            }
            long topLine = line();
            long topColumn = column();
            GeometryMembers geometry = new GeometryMembers(0, buffer(0));
            String type = null;
            boolean featuresSeen = false;
            long featuresLine = -1;
            long featuresColumn = -1;
            Geometry featureGeometry = null;
            boolean featureGeometrySeen = false;
            Map<String, Object> properties = null;
            Object id = null;
            boolean idSeen = false;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                t = parser.nextToken();
                switch (name) {
                    case "type":
                        if (t != JsonToken.VALUE_STRING) {
                            throw fatal(line(), column(), -1,
                                    "not a GeoJSON object: \"type\" must be a string, found " + describe(t));
                        }
                        type = parser.getText();
                        geometry.type = type;
                        geometry.typeSeen = true;
                        break;
                    case "features":
                        featuresSeen = true;
                        featuresLine = line();
                        featuresColumn = column();
                        if (t != JsonToken.START_ARRAY) {
                            throw fatal(line(), column(), -1, "\"features\" must be an array, found " + describe(t));
                        }
                        parseFeatures();
                        break;
                    case "geometry":
                        featureGeometrySeen = true;
                        currentFeature = 0;
                        try {
                            featureGeometry = readGeometryValue(t, 1);
                        } catch (FeatureProblem p) {
                            throw fatal(p.line, p.column, 0, p.getMessage());
                        }
                        currentFeature = -1;
                        break;
                    case "properties":
                        properties = readProperties(t);
                        break;
                    case "id":
                        id = readValue(t);
                        idSeen = true;
                        break;
                    case "crs":
                        checkCrs(t);
                        break;
                    case "coordinates":
                    case "geometries":
                        try {
                            readGeometryMember(name, t, geometry);
                        } catch (FeatureProblem p) {
                            throw fatal(p.line, p.column, -1, p.getMessage());
                        }
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw fatal(line(), column(), -1, "unexpected data after the end of the GeoJSON object"
                        + " (newline-delimited GeoJSON is not supported)");
            }
            if (type == null) {
                if (!featuresSeen) {
                    throw fatal(topLine, topColumn, -1, "not a GeoJSON object: the top-level object has no \"type\"");
                }
                issue(-1, topLine, topColumn, "the top-level object has no \"type\"; read it as a FeatureCollection");
                type = "FeatureCollection";
            }
            if (type.equals("FeatureCollection")) {
                if (!featuresSeen) {
                    throw fatal(topLine, topColumn, -1, "the FeatureCollection has no \"features\" array");
                }
                finishFeatures();
                if (features.isEmpty()) {
                    if (attemptedFeatures == 0) {
                        throw fatal(featuresLine, featuresColumn, -1, "the FeatureCollection contains no features");
                    }
                    LoadIssue first = firstSkip;
                    throw new GeoJsonException(source, first.line(), first.column(), first.featureIndex(),
                            "no feature could be read: all " + attemptedFeatures + " features were skipped; the first"
                                    + " because: " + first.message());
                }
            } else if (type.equals("Feature")) {
                forgetForeignFeatures();
                currentFeature = 0;
                if (featureGeometry == null) {
                    throw fatal(topLine, topColumn, 0, featureGeometrySeen
                            ? "the Feature's geometry is null; there is nothing to show"
                            : "the Feature has no \"geometry\"");
                }
                try {
                    addFeature(featureGeometry, properties, id, idSeen, 0, topLine, topColumn, false);
                    finishFeatures();
                } catch (FeatureProblem p) {
                    throw fatal(p.line, p.column, 0, p.getMessage());
                }
            } else if (GEOMETRY_TYPES.contains(type)) {
                forgetForeignFeatures();
                try {
                    Geometry g = finishGeometry(geometry, topLine, topColumn);
                    addFeature(g, null, null, false, -1, topLine, topColumn, false);
                    finishFeatures();
                } catch (FeatureProblem p) {
                    throw fatal(p.line, p.column, -1, p.getMessage());
                }
            } else {
                throw fatal(topLine, topColumn, -1, "not a GeoJSON object: unknown top-level type \"" + type + "\""
                        + (type.equals("Topology") ? " (TopoJSON is not supported; convert it to GeoJSON)"
                                : " (expected FeatureCollection, Feature or a geometry type)"));
            }
        }

        /** Drops what a "features" member read when the file turned out to be a single Feature or geometry. */
        private void forgetForeignFeatures() {
            if (attemptedFeatures > 0) {
                validator.abandon();
                validator = new PolygonValidator(null);
                features.clear();
                issues.clear();
                droppedIssues = 0;
                firstSkip = null;
            }
        }

        private void parseFeatures() throws IOException, GeoJsonException {
            int index = 0;
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw unexpectedEnd();
                }
                checkCancelled();
                reportProgress();
                currentFeature = index;
                attemptedFeatures++;
                if (t != JsonToken.START_OBJECT) {
                    skip(index, line(), column(), "a feature must be a JSON object, found " + describe(t));
                    parser.skipChildren();
                } else {
                    int depth = parser.getParsingContext().getNestingDepth();
                    long featureLine = line();
                    long featureColumn = column();
                    try {
                        parseFeature(index, featureLine, featureColumn);
                    } catch (FeatureProblem p) {
                        skip(index, p.line, p.column, p.getMessage());
                        while (parser.getParsingContext().getNestingDepth() >= depth) {
                            if (parser.nextToken() == null) {
                                throw unexpectedEnd();
                            }
                        }
                    }
                }
                index++;
            }
            currentFeature = -1;
        }

        private void parseFeature(int index, long featureLine, long featureColumn)
                throws IOException, GeoJsonException, FeatureProblem {
            String type = null;
            boolean typeSeen = false;
            Geometry geometry = null;
            boolean geometrySeen = false;
            Map<String, Object> properties = null;
            Object id = null;
            boolean idSeen = false;
            pending.clear();
            unclosedRings = 0;
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken t = parser.nextToken();
                switch (name) {
                    case "type":
                        typeSeen = true;
                        if (t != JsonToken.VALUE_STRING) {
                            throw problem("the feature's \"type\" must be a string, found " + describe(t));
                        }
                        type = parser.getText();
                        break;
                    case "geometry":
                        geometrySeen = true;
                        geometry = readGeometryValue(t, 0);
                        break;
                    case "properties":
                        properties = readProperties(t);
                        break;
                    case "id":
                        id = readValue(t);
                        idSeen = true;
                        break;
                    case "crs":
                        checkCrs(t);
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            if (typeSeen && !"Feature".equals(type)) {
                throw new FeatureProblem(featureLine, featureColumn, GEOMETRY_TYPES.contains(type)
                        ? "expected a Feature, found a bare " + type + " geometry"
                        : "expected a Feature, found type \"" + type + "\"");
            }
            if (geometry == null) {
                throw new FeatureProblem(featureLine, featureColumn, geometrySeen
                        ? "the feature's geometry is null; skipped it"
                        : "the feature has no \"geometry\"; skipped it");
            }
            if (!typeSeen) {
                pend(featureLine, featureColumn, "the feature has no \"type\"; read it as a Feature");
            }
            addFeature(geometry, properties, id, idSeen, index, featureLine, featureColumn, true);
        }

        /**
         * Adds a feature and flushes its pending issues. Polygons of a collection are checked on the side (see
         * {@link PolygonValidator}); a single top-level one ({@code index} &lt;= 0 outside a collection) right here.
         */
        private void addFeature(Geometry geometry, Map<String, Object> properties, Object id, boolean idSeen,
                int index, long line, long column, boolean inCollection) throws FeatureProblem {
            Geometry g = geometry;
            if (AntimeridianCut.crosses(g)) {
                // Before the validity check: a ring hopping across 180 degrees looks self-intersecting on a flat
                // map, and "repairing" it would turn an island into a band round the world with the island a hole.
                Geometry cut = AntimeridianCut.cut(g);
                if (cut != g) {
                    g = cut;
                    pend(line, column, "crosses the antimeridian (180\u00b0); cut it there");
                }
            }
            if (!inCollection && g instanceof Polygonal) {
                PolygonValidator.Outcome o = PolygonValidator.check(0, index, line, column, g);
                if (o != null) {
                    if (o.repaired() == null) {
                        throw new FeatureProblem(line, column, o.message());
                    }
                    g = o.repaired();
                    pend(line, column, o.message());
                }
            }
            if (idSeen && id != null && (properties == null || properties.get("id") == null)) {
                properties = propertyTable.with(properties, "id", id);
            }
            if (unclosedRings > 0) {
                pending.add(0, unclosedRings == 1 ? "ring was not closed; closed it"
                        : unclosedRings + " rings were not closed; closed them");
            }
            for (String message : pending) {
                issue(index, pendingLine, pendingColumn, message);
            }
            pending.clear();
            unclosedRings = 0;
            if (checkPolygons && inCollection && g instanceof Polygonal) {
                validator.add(features.size(), index, line, column, g);
            }
            features.add(new MapFeature(g, properties));
        }

        /**
         * Applies the polygon checks, then counts types and bounds. Features whose polygon could not be repaired are
         * dropped; issues end up sorted by feature index.
         */
        private void finishFeatures() {
            List<PolygonValidator.Outcome> outcomes = validator.finish(cancelled);
            if (!outcomes.isEmpty()) {
                boolean removed = false;
                for (PolygonValidator.Outcome o : outcomes) {
                    if (o.repaired() == null) {
                        features.set(o.slot(), null);
                        removed = true;
                        skip(o.featureIndex(), o.line(), o.column(), o.message());
                    } else {
                        MapFeature old = features.get(o.slot());
                        features.set(o.slot(), new MapFeature(o.repaired(), old.properties()));
                        issue(o.featureIndex(), o.line(), o.column(), o.message());
                    }
                }
                if (removed) {
                    features.removeIf(Objects::isNull);
                }
                issues.sort(Comparator.comparingInt(LoadIssue::featureIndex));
            }
            for (MapFeature f : features) {
                typeCounts.merge(f.geometry().getGeometryType(), 1, Integer::sum);
                bounds.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }

        // ---------------------------------------------------------------- geometry

        /** Reads the value of a "geometry" member: an object, or null (returns null). */
        private Geometry readGeometryValue(JsonToken t, int level)
                throws IOException, GeoJsonException, FeatureProblem {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem("\"geometry\" must be an object or null, found " + describe(t));
            }
            return parseGeometryObject(level);
        }

        /** Reads a geometry object (current token START_OBJECT) and builds it. */
        private Geometry parseGeometryObject(int level) throws IOException, GeoJsonException, FeatureProblem {
            if (level > MAX_GEOMETRY_NESTING) {
                throw problem("geometry collections are nested more than " + MAX_GEOMETRY_NESTING + " deep");
            }
            long line = line();
            long column = column();
            GeometryMembers m = new GeometryMembers(level, buffer(level));
            String name;
            while ((name = parser.nextFieldName()) != null) {
                JsonToken t = parser.nextToken();
                switch (name) {
                    case "type":
                        m.typeSeen = true;
                        if (t != JsonToken.VALUE_STRING) {
                            throw problem("the geometry's \"type\" must be a string, found " + describe(t));
                        }
                        m.type = parser.getText();
                        break;
                    case "coordinates":
                    case "geometries":
                        readGeometryMember(name, t, m);
                        break;
                    case "crs":
                        checkCrs(t);
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            return finishGeometry(m, line, column);
        }

        private void readGeometryMember(String name, JsonToken t, GeometryMembers m)
                throws IOException, GeoJsonException, FeatureProblem {
            if (name.equals("coordinates")) {
                m.coordinatesSeen = true;
                m.coordinatesLine = line();
                m.coordinatesColumn = column();
                if (t == JsonToken.VALUE_NULL) {
                    m.coordinatesNull = true;
                    return;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw problem("\"coordinates\" must be an array, found " + describe(t));
                }
                m.coordinates.reset();
                parseCoordinateArray(m.coordinates, 0);
            } else {
                m.geometriesSeen = true;
                if (t != JsonToken.START_ARRAY) {
                    throw problem("\"geometries\" must be an array, found " + describe(t));
                }
                m.children = new ArrayList<>();
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_OBJECT) {
                        throw problem("a member of \"geometries\" must be a geometry object, found " + describe(t));
                    }
                    m.children.add(parseGeometryObject(m.level + 1));
                }
            }
        }

        private Geometry finishGeometry(GeometryMembers m, long line, long column) throws FeatureProblem {
            if (!m.typeSeen) {
                throw new FeatureProblem(line, column, "the geometry has no \"type\"");
            }
            String type = m.type;
            if (!GEOMETRY_TYPES.contains(type)) {
                throw new FeatureProblem(line, column, "unknown geometry type \"" + type + "\"");
            }
            if (type.equals("GeometryCollection")) {
                if (!m.geometriesSeen) {
                    throw new FeatureProblem(line, column, "the GeometryCollection has no \"geometries\"");
                }
                return factory.createGeometryCollection(m.children.toArray(new Geometry[0]));
            }
            if (!m.coordinatesSeen) {
                throw new FeatureProblem(line, column, "the " + type + " has no \"coordinates\"");
            }
            if (m.coordinatesNull) {
                throw new FeatureProblem(m.coordinatesLine, m.coordinatesColumn,
                        "the " + type + "'s \"coordinates\" are null");
            }
            try {
                return build(type, m.coordinates, m.coordinatesLine, m.coordinatesColumn);
            } catch (IllegalArgumentException e) {
                throw new FeatureProblem(m.coordinatesLine, m.coordinatesColumn,
                        "invalid " + type + ": " + lower(e.getMessage()));
            }
        }

        /** Builds a geometry of the given (known) type from the buffered coordinates. */
        private Geometry build(String type, CoordinateBuffer b, long line, long column) throws FeatureProblem {
            switch (type) {
                case "Point":
                    requireDepth(b, 0, type, line, column);
                    return factory.createPoint(b.sequence(0, 1, false));
                case "MultiPoint": {
                    requireDepth(b, 1, type, line, column);
                    Point[] points = new Point[b.size];
                    for (int i = 0; i < b.size; i++) {
                        points[i] = factory.createPoint(b.sequence(i, i + 1, false));
                    }
                    return factory.createMultiPoint(points);
                }
                case "LineString":
                    requireDepth(b, 1, type, line, column);
                    return line(b, 0, b.size, line, column);
                case "MultiLineString": {
                    requireDepth(b, 2, type, line, column);
                    List<LineString> lines = new ArrayList<>();
                    int start = 0;
                    for (int e = 0; e < b.events; e++) {
                        if (b.eventLevel[e] == 1) {
                            lines.add(line(b, start, b.eventEnd[e], b.eventLine[e], b.eventColumn[e]));
                            start = b.eventEnd[e];
                        }
                    }
                    return factory.createMultiLineString(lines.toArray(new LineString[0]));
                }
                case "Polygon": {
                    requireDepth(b, 2, type, line, column);
                    List<LinearRing> rings = new ArrayList<>();
                    int start = 0;
                    for (int e = 0; e < b.events; e++) {
                        if (b.eventLevel[e] == 1) {
                            rings.add(ring(b, start, b.eventEnd[e], b.eventLine[e], b.eventColumn[e]));
                            start = b.eventEnd[e];
                        }
                    }
                    return polygon(rings, line, column);
                }
                case "MultiPolygon": {
                    requireDepth(b, 3, type, line, column);
                    List<Polygon> polygons = new ArrayList<>();
                    List<LinearRing> rings = new ArrayList<>();
                    int start = 0;
                    for (int e = 0; e < b.events; e++) {
                        if (b.eventLevel[e] == 2) {
                            rings.add(ring(b, start, b.eventEnd[e], b.eventLine[e], b.eventColumn[e]));
                            start = b.eventEnd[e];
                        } else if (b.eventLevel[e] == 1) {
                            polygons.add(polygon(rings, b.eventLine[e], b.eventColumn[e]));
                            rings.clear();
                        }
                    }
                    return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
                }
                default:
                    throw new IllegalStateException("not a coordinate geometry: " + type);
            }
        }

        private void requireDepth(CoordinateBuffer b, int depth, String type, long line, long column)
                throws FeatureProblem {
            if (b.size == 0) {
                throw new FeatureProblem(line, column, "the " + type + " has empty \"coordinates\"");
            }
            if (b.positionDepth != depth) {
                throw new FeatureProblem(line, column, "the " + type + "'s \"coordinates\" must be "
                        + shape(depth) + ", found " + shape(b.positionDepth));
            }
            for (int e = 0; e < b.events; e++) {
                if (b.eventLevel[e] >= depth) {
                    throw new FeatureProblem(b.eventLine[e], b.eventColumn[e],
                            "a position needs at least 2 numbers (longitude, latitude), found an empty array");
                }
            }
        }

        private static String shape(int depth) {
            switch (depth) {
                case 0:
                    return "a position [longitude, latitude]";
                case 1:
                    return "an array of positions";
                case 2:
                    return "an array of arrays of positions";
                default:
                    return "an array of arrays of arrays of positions";
            }
        }

        private LineString line(CoordinateBuffer b, int from, int to, long line, long column)
                throws FeatureProblem {
            if (to - from < 2) {
                throw new FeatureProblem(line, column,
                        "a line needs at least 2 positions, found " + (to - from));
            }
            return factory.createLineString(b.sequence(from, to, false));
        }

        private LinearRing ring(CoordinateBuffer b, int from, int to, long line, long column)
                throws FeatureProblem {
            int n = to - from;
            boolean close = n > 1 && !b.sameXY(from, to - 1);
            if (n + (close ? 1 : 0) < 4) {
                throw new FeatureProblem(line, column, "a polygon ring needs at least 4 positions (the last"
                        + " repeating the first), found " + n);
            }
            if (close) {
                if (unclosedRings == 0 && pending.isEmpty()) {
                    pendingLine = line;
                    pendingColumn = column;
                }
                unclosedRings++;
            }
            return factory.createLinearRing(b.sequence(from, to, close));
        }

        private Polygon polygon(List<LinearRing> rings, long line, long column) throws FeatureProblem {
            if (rings.isEmpty()) {
                throw new FeatureProblem(line, column, "a polygon needs at least one ring, found none");
            }
            LinearRing[] holes = rings.subList(1, rings.size()).toArray(new LinearRing[0]);
            return factory.createPolygon(rings.get(0), holes);
        }

        // ---------------------------------------------------------------- coordinates

        /** Reads an array (current token START_ARRAY) at {@code level} of a coordinates tree into {@code b}. */
        private void parseCoordinateArray(CoordinateBuffer b, int level)
                throws IOException, GeoJsonException, FeatureProblem {
            int line = tokenLine();
            int column = tokenColumn();
            JsonToken t = parser.nextToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                parsePosition(b, level, line, column);
                return;
            }
            while (t != JsonToken.END_ARRAY) {
                if (t == JsonToken.START_ARRAY) {
                    if (level >= 3) {
                        throw problem("\"coordinates\" are nested deeper than a MultiPolygon's");
                    }
                    parseCoordinateArray(b, level + 1);
                } else if (t == null) {
                    throw unexpectedEnd();
                } else {
                    throw problem("expected a number in coordinates, found " + describe(t));
                }
                t = parser.nextToken();
            }
            b.close(level, line, column);
        }

        /** Reads a position whose first number is the current token. */
        private void parsePosition(CoordinateBuffer b, int level, int line, int column)
                throws IOException, GeoJsonException, FeatureProblem {
            double x = parser.getDoubleValue();
            JsonToken t = parser.nextToken();
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                if (t == JsonToken.END_ARRAY) {
                    throw new FeatureProblem(line, column,
                            "a position needs at least 2 numbers (longitude, latitude), found 1");
                }
                throw problem("expected a number in coordinates, found " + describe(t));
            }
            double y = parser.getDoubleValue();
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                    throw problem("expected a number in coordinates, found " + describe(t));
                }
            }
            if (b.positionDepth != level) {
                if (b.positionDepth >= 0) {
                    throw new FeatureProblem(line, column, "\"coordinates\" mix positions at different depths of"
                            + " nesting");
                }
                b.positionDepth = level;
            }
            if (!(Math.abs(x) <= maxLongitude) || !(Math.abs(y) <= 90)) {
                throw new FeatureProblem(line, column, outOfRange(x, y, maxLongitude));
            }
            b.add(x, y);
            if (++positions > maxCoordinates) {
                throw fatal(line, column, currentFeature, "too large: more than " + maxCoordinates
                        + " coordinates");
            }
            if ((positions & 0xFFFF) == 0) {
                checkCancelled();
                reportProgress();
            }
        }

        private static String outOfRange(double x, double y, double maxLongitude) {
            double big = Math.abs(x) > Math.abs(y) ? x : y;
            if (Math.abs(big) > 1000) {
                return "coordinates look projected (e.g. " + number(big) + "); expected longitude/latitude"
                        + " in degrees (WGS 84, RFC 7946)";
            }
            if (!(Math.abs(y) <= 90)) {
                return "latitude " + number(y) + " is outside -90..90 (position " + number(x) + ", "
                        + number(y) + ")";
            }
            return "longitude " + number(x) + " is outside " + number(-maxLongitude) + ".." + number(maxLongitude)
                    + " (position " + number(x) + ", "
                    + number(y) + ")";
        }

        // ---------------------------------------------------------------- properties and crs

        private Map<String, Object> readProperties(JsonToken t) throws IOException, GeoJsonException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                pend(line(), column(), "\"properties\" must be an object or null, found " + describe(t)
                        + "; ignored it");
                parser.skipChildren();
                return null;
            }
            propertyTable.begin();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                propertyTable.put(name, readValue(parser.nextToken()));
            }
            return propertyTable.build();
        }

        /** Reads an object (current token START_OBJECT) into an insertion-ordered map. */
        private Map<String, Object> readObject() throws IOException, GeoJsonException {
            Map<String, Object> map = new LinkedHashMap<>();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                map.put(name, readValue(parser.nextToken()));
            }
            return map;
        }

        private Object readValue(JsonToken t) throws IOException, GeoJsonException {
            if (t == null) {
                throw unexpectedEnd();
            }
            switch (t) {
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                            ? (Object) parser.getDoubleValue() : (Object) parser.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return parser.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    JsonToken e;
                    while ((e = parser.nextToken()) != JsonToken.END_ARRAY) {
                        list.add(readValue(e));
                    }
                    return list;
                }
                case START_OBJECT:
                    return readObject();
                default:
                    parser.skipChildren();
                    return null;
            }
        }

        /** Accepts a missing/null crs or one naming WGS 84 lon/lat; anything else is fatal. */
        private void checkCrs(JsonToken t) throws IOException, GeoJsonException {
            long line = line();
            long column = column();
            if (t == JsonToken.VALUE_NULL) {
                return;
            }
            Object value = readValue(t);
            String name = null;
            if (value instanceof Map<?, ?> crs && crs.get("properties") instanceof Map<?, ?> props) {
                Object n = props.get("name");
                if (n == null) {
                    n = props.get("href");
                }
                name = n == null ? null : n.toString();
            }
            if (name != null && WGS84_CRS_NAMES.contains(name.trim().toLowerCase(Locale.ROOT))) {
                return;
            }
            throw fatal(line, column, currentFeature, "unsupported coordinate reference system "
                    + (name != null ? "\"" + name + "\"" : "(" + brief(String.valueOf(value)) + ")")
                    + ": Sitmap expects WGS 84 longitude/latitude as RFC 7946 requires; reproject the file to"
                    + " EPSG:4326 (for example with ogr2ogr -t_srs EPSG:4326) and load it again");
        }

        // ---------------------------------------------------------------- helpers

        private CoordinateBuffer buffer(int level) {
            while (buffers.size() <= level) {
                buffers.add(new CoordinateBuffer());
            }
            return buffers.get(level);
        }

        private void pend(long line, long column, String message) {
            if (pending.isEmpty() && unclosedRings == 0) {
                pendingLine = line;
                pendingColumn = column;
            }
            pending.add(message);
        }

        private void skip(int index, long line, long column, String message) {
            pending.clear();
            unclosedRings = 0;
            LoadIssue issue = issue(index, line, column, message);
            if (firstSkip == null || index < firstSkip.featureIndex()) {
                firstSkip = issue;
            }
        }

        private LoadIssue issue(int index, long line, long column, String message) {
            LoadIssue issue = new LoadIssue(index, line, column, message);
            if (issues.size() < MAX_ISSUES) {
                issues.add(issue);
            } else {
                droppedIssues++;
            }
            return issue;
        }

        private FeatureProblem problem(String message) {
            return new FeatureProblem(line(), column(), message);
        }

        private GeoJsonException fatal(long line, long column, int feature, String message) {
            return new GeoJsonException(source, line, column, feature, message);
        }

        private GeoJsonException unexpectedEnd() {
            return fatal(line(), column(), currentFeature, "unexpected end of file"
                    + (currentFeature >= 0 ? " inside feature " + currentFeature : "") + "; the file looks truncated");
        }

        private void checkCancelled() {
            if (cancelled != null && cancelled.getAsBoolean()) {
                throw new CancellationException("loading " + source + " was cancelled");
            }
        }

        private void reportProgress() {
            if (progress == null || totalBytes <= 0) {
                return;
            }
            int percent = (int) Math.min(99, counter.count * 100 / totalBytes);
            if (percent > lastPercent) {
                lastPercent = percent;
                progress.accept(percent / 100.0);
            }
        }

        /** Line of the current token (1-based), or -1 before parsing. */
        private long line() {
            return parser == null ? -1 : parser.currentTokenLocation().getLineNr();
        }

        /** Column of the current token (1-based, in bytes), or -1 before parsing. */
        private long column() {
            return parser == null ? -1 : parser.currentTokenLocation().getColumnNr();
        }

        /** {@link #line()} without allocating, for the per-array hot path; the current token must be a value. */
        private int tokenLine() {
            return base != null ? base.getTokenLineNr() : (int) line();
        }

        /** {@link #column()} without allocating: Jackson's {@code getTokenColumnNr()} counts one past the token. */
        private int tokenColumn() {
            return base != null ? base.getTokenColumnNr() - 1 : (int) column();
        }

        private String describe(JsonToken t) throws IOException {
            if (t == null) {
                return "the end of the file";
            }
            switch (t) {
                case VALUE_STRING:
                    return "\"" + brief(parser.getText()) + "\"";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                case VALUE_TRUE:
                case VALUE_FALSE:
                case VALUE_NULL:
                    return parser.getText();
                case START_OBJECT:
                    return "an object";
                case START_ARRAY:
                    return "an array";
                default:
                    return "'" + brief(parser.getText()) + "'";
            }
        }
    }

    private static String brief(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return Double.toString(v);
    }

    private static String lower(String message) {
        if (message == null || message.isEmpty()) {
            return "unknown reason";
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    /** Jackson's wording without its source descriptions and configuration names. */
    /** Jackson's cleaned message as ours: a duplicate key is no syntax error a user would look for. */
    private static String malformed(String jackson) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("duplicate field '(.*)'").matcher(jackson);
        return m.matches() ? "the key \"" + m.group(1) + "\" appears twice in the same object; JSON keys must be unique"
                : "malformed JSON: " + jackson;
    }

    static String cleanJacksonMessage(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message
                .replaceAll("\\s*\\((start marker|for \\w+ starting) at \\[Source:.*?\\]\\)", "")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll("`[^`]*`", "")
                .replace('\n', ' ')
                .trim();
        return lower(m);
    }
}
