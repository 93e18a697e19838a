package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.model.MapFeature;

/**
 * Reads the members of a GeoJSON document: the top-level object (a FeatureCollection, a Feature or a bare geometry,
 * members in any order) and each feature of a collection, handing geometries to the {@link GeometryReader}, values
 * to {@link GeoJsonValues} and every kept feature to the {@link FeatureRepairs}. A feature that cannot be read is
 * skipped with its place; what makes the whole file unreadable is a {@link GeoJsonException}. Not thread-safe.
 */
final class GeoJsonMemberReader {
    /** Why an empty FeatureCollection cannot be shown (an empty annotation file is fine: it imports nothing). */
    static final String NO_FEATURES = "the FeatureCollection contains no features";

    private final GeoJsonCursor at;
    private final JsonParser parser;
    private final GeoJsonValues values;
    private final GeometryReader geometries;
    private final FeatureRepairs repairs;
    private final LoadIssueLog log;
    private final String source;

    private final List<MapFeature> features = new ArrayList<>();
    private final Map<String, Integer> typeCounts = new TreeMap<>();
    private final Envelope bounds = new Envelope();
    private final GeoJsonLoader.FeatureSink sink;
    private int attemptedFeatures;
    private int keptFeatures;
    /** Set when this reader reads one chunk of a collection's features (see {@link GeoJsonChunks}). */
    private GeoJsonChunks.ChunkEnd chunkEnd;
    /** The features read in chunks, to take in place of the (emptied) "features" array of this text. */
    private GeoJsonChunks.Prefetched prefetched;
    private boolean collection;

    GeoJsonMemberReader(GeoJsonCursor at, String source, GeoJsonValues values, GeometryReader geometries,
            FeatureRepairs repairs, LoadIssueLog log, GeoJsonLoader.FeatureSink sink) {
        this.at = at;
        this.sink = sink;
        this.parser = at.parser;
        this.source = source;
        this.values = values;
        this.geometries = geometries;
        this.repairs = repairs;
        this.log = log;
    }

    /** The features read, in file order; empty when they went to a sink instead. */
    List<MapFeature> features() {
        return features;
    }

    /** How many features were read (kept, or handed to the sink). */
    int featureCount() {
        return sink == null ? features.size() : keptFeatures;
    }

    /** Number of features per JTS geometry type, sorted by name. */
    Map<String, Integer> typeCounts() {
        return typeCounts;
    }

    Envelope bounds() {
        return bounds;
    }

    /** How many members of the features array were read, kept or not. */
    int attemptedFeatures() {
        return attemptedFeatures;
    }

    /** Whether the document was a FeatureCollection. */
    boolean readCollection() {
        return collection;
    }

    /**
     * Reads one chunk of a collection's features: the text is {@code {"f":[} followed by the file from just after
     * the comma before the chunk's first feature; reading stops where {@code end} says the next chunk begins, or
     * at the end of the array. The polygons are checked on this thread.
     */
    void readChunk(GeoJsonChunks.ChunkEnd end) throws IOException, GeoJsonException {
        if (parser.nextToken() != JsonToken.START_OBJECT || !"f".equals(parser.nextFieldName())
                || parser.nextToken() != JsonToken.START_ARRAY) {
            throw new IllegalStateException("a chunk must start with its opening");
        }
        chunkEnd = end;
        readFeatures();
        repairs.finish(features, log, at.cancelled());
    }

    /** Takes the features read in chunks in place of this text's emptied "features" array. */
    void prefetched(GeoJsonChunks.Prefetched features) {
        this.prefetched = features;
    }

    /** The members of the top-level object, gathered in whatever order they come. */
    private static final class TopLevel {
        final long line;
        final long column;
        final GeometryReader.GeometryMembers geometry;
        String type;
        boolean featuresSeen;
        long featuresLine = -1;
        long featuresColumn = -1;
        Geometry featureGeometry;
        boolean featureGeometrySeen;
        Map<String, Object> properties;
        Object id;
        boolean idSeen;

        TopLevel(long line, long column, GeometryReader.GeometryMembers geometry) {
            this.line = line;
            this.column = column;
            this.geometry = geometry;
        }
    }

    /** Reads the whole document and finishes its features. */
    void readDocument() throws IOException, GeoJsonException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw at.fatal(at.line(), at.column(), -1, "not a GeoJSON object: found " + at.describe(t));
        }
        TopLevel top = new TopLevel(at.line(), at.column(), geometries.members(0));
        String name;
        while ((name = parser.nextFieldName()) != null) {
            readTopLevelMember(name, parser.nextToken(), top);
        }
        if (parser.nextToken() != null) {
            throw at.fatal(at.line(), at.column(), -1, "unexpected data after the end of the GeoJSON object"
                    + " (newline-delimited GeoJSON is not supported)");
        }
        if (top.type == null) {
            if (!top.featuresSeen) {
                throw at.fatal(top.line, top.column, -1, "not a GeoJSON object: the top-level object has no"
                        + " \"type\"");
            }
            log.add(-1, top.line, top.column, "the top-level object has no \"type\"; read it as a"
                    + " FeatureCollection", LoadIssue.Kind.REPAIRED);
            top.type = "FeatureCollection";
        }
        if (top.type.equals("FeatureCollection")) {
            collection = true;
            finishCollection(top);
        } else if (top.type.equals("Feature")) {
            finishLoneFeature(top);
        } else if (GeometryReader.GEOMETRY_TYPES.contains(top.type)) {
            finishBareGeometry(top);
        } else {
            throw at.fatal(top.line, top.column, -1, "not a GeoJSON object: unknown top-level type \"" + top.type
                    + "\"" + (top.type.equals("Topology") ? " (TopoJSON is not supported; convert it to GeoJSON)"
                            : " (expected FeatureCollection, Feature or a geometry type)"));
        }
    }

    private void readTopLevelMember(String name, JsonToken t, TopLevel top) throws IOException, GeoJsonException {
        switch (name) {
            case "type":
                if (t != JsonToken.VALUE_STRING) {
                    throw at.fatal(at.line(), at.column(), -1,
                            "not a GeoJSON object: \"type\" must be a string, found " + at.describe(t));
                }
                top.type = parser.getText();
                top.geometry.type = top.type;
                top.geometry.typeSeen = true;
                break;
            case "features":
                top.featuresSeen = true;
                top.featuresLine = at.line();
                top.featuresColumn = at.column();
                if (t != JsonToken.START_ARRAY) {
                    throw at.fatal(at.line(), at.column(), -1, "\"features\" must be an array, found "
                            + at.describe(t));
                }
                if (prefetched != null) {
                    adoptPrefetched();
                } else {
                    readFeatures();
                }
                break;
            case "geometry":
                top.featureGeometrySeen = true;
                at.currentFeature = 0;
                try {
                    top.featureGeometry = geometries.readGeometryValue(t, 1);
                } catch (FeatureProblem p) {
                    throw at.fatal(p.line, p.column, 0, p.getMessage());
                }
                at.currentFeature = -1;
                break;
            case "properties":
                top.properties = values.readProperties(t);
                break;
            case "id":
                top.id = values.readValue(t);
                top.idSeen = true;
                break;
            case "crs":
                values.checkCrs(t);
                break;
            case "coordinates":
            case "geometries":
                try {
                    geometries.readGeometryMember(name, t, top.geometry);
                } catch (FeatureProblem p) {
                    throw at.fatal(p.line, p.column, -1, p.getMessage());
                }
                break;
            default:
                parser.skipChildren();
        }
    }

    private void finishCollection(TopLevel top) throws GeoJsonException {
        if (!top.featuresSeen) {
            throw at.fatal(top.line, top.column, -1, "the FeatureCollection has no \"features\" array");
        }
        finishFeatures();
        if (featureCount() == 0) {
            if (attemptedFeatures == 0) {
                throw at.fatal(top.featuresLine, top.featuresColumn, -1, NO_FEATURES);
            }
            LoadIssue first = log.firstLeftOut();
            throw new GeoJsonException(source, first.line(), first.column(), first.featureIndex(),
                    "no feature could be read: all " + attemptedFeatures + " features were skipped; the first"
                            + " because: " + first.message());
        }
    }

    private void finishLoneFeature(TopLevel top) throws GeoJsonException {
        forgetForeignFeatures();
        at.currentFeature = 0;
        if (top.featureGeometry == null) {
            throw at.fatal(top.line, top.column, 0, top.featureGeometrySeen
                    ? "the Feature's geometry is null; there is nothing to show"
                    : "the Feature has no \"geometry\"");
        }
        try {
            addFeature(top.featureGeometry, top.properties, top.id, top.idSeen, 0, top.line, top.column, false);
            finishFeatures();
        } catch (FeatureProblem p) {
            throw at.fatal(p.line, p.column, 0, p.getMessage());
        }
    }

    private void finishBareGeometry(TopLevel top) throws GeoJsonException {
        forgetForeignFeatures();
        try {
            Geometry g = geometries.finishGeometry(top.geometry, top.line, top.column);
            addFeature(g, null, null, false, -1, top.line, top.column, false);
            finishFeatures();
        } catch (FeatureProblem p) {
            throw at.fatal(p.line, p.column, -1, p.getMessage());
        }
    }

    /** Drops what a "features" member read when the file turned out to be a single Feature or geometry. */
    private void forgetForeignFeatures() throws GeoJsonException {
        if (sink != null && keptFeatures > 0) {
            throw at.fatal(1, 1, -1, "the file is a single Feature or geometry but also holds a \"features\" array;"
                    + " it cannot be read as it streams");
        }
        if (attemptedFeatures > 0) {
            repairs.restart();
            features.clear();
            log.clear();
        }
    }

    /** The chunks' features, issues and counts, taken as if this reader had read them. */
    private void adoptPrefetched() throws IOException, GeoJsonException {
        if (parser.nextToken() != JsonToken.END_ARRAY || attemptedFeatures > 0) {
            throw at.fatal(at.line(), at.column(), -1, "the features read in chunks do not fit this text");
        }
        features.addAll(prefetched.features());
        attemptedFeatures = prefetched.attempted();
        prefetched.replayIssues(log);
        prefetched = null;
    }

    private void readFeatures() throws IOException, GeoJsonException {
        int index = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw at.unexpectedEnd();
            }
            if (chunkEnd != null && chunkEnd.reached(parser.currentTokenLocation().getByteOffset())) {
                return;
            }
            at.checkCancelled();
            at.reportProgress();
            at.currentFeature = index;
            attemptedFeatures++;
            if (t != JsonToken.START_OBJECT) {
                skipped(log.leaveOut(index, at.line(), at.column(), "a feature must be a JSON object, found "
                        + at.describe(t), LoadIssue.Kind.SKIPPED));
                parser.skipChildren();
            } else {
                int depth = parser.getParsingContext().getNestingDepth();
                try {
                    readFeature(index, at.line(), at.column());
                } catch (FeatureProblem p) {
                    LoadIssue issue = log.leaveOut(index, p.line, p.column, p.getMessage(), LoadIssue.Kind.SKIPPED);
                    skipRestOfFeature(depth);
                    skipped(issue);
                }
            }
            index++;
        }
        if (chunkEnd != null) {
            chunkEnd.arrayEnds(parser.currentTokenLocation().getByteOffset());
        }
        at.currentFeature = -1;
    }

    private void skipped(LoadIssue issue) throws GeoJsonException {
        if (sink != null) {
            sink.skipped(issue);
        }
    }

    /** Skips to the end of the feature object that started at nesting {@code depth}. */
    private void skipRestOfFeature(int depth) throws IOException, GeoJsonException {
        while (parser.getParsingContext().getNestingDepth() >= depth) {
            if (parser.nextToken() == null) {
                throw at.unexpectedEnd();
            }
        }
    }

    private void readFeature(int index, long featureLine, long featureColumn)
            throws IOException, GeoJsonException, FeatureProblem {
        String type = null;
        boolean typeSeen = false;
        Geometry geometry = null;
        boolean geometrySeen = false;
        Map<String, Object> properties = null;
        Object id = null;
        boolean idSeen = false;
        log.startFeature();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken t = parser.nextToken();
            switch (name) {
                case "type":
                    typeSeen = true;
                    if (t != JsonToken.VALUE_STRING) {
                        throw at.problem("the feature's \"type\" must be a string, found " + at.describe(t));
                    }
                    type = parser.getText();
                    break;
                case "geometry":
                    geometrySeen = true;
                    geometry = geometries.readGeometryValue(t, 0);
                    break;
                case "properties":
                    properties = values.readProperties(t);
                    break;
                case "id":
                    id = values.readValue(t);
                    idSeen = true;
                    break;
                case "crs":
                    values.checkCrs(t);
                    break;
                default:
                    parser.skipChildren();
            }
        }
        checkFeature(type, typeSeen, geometry, geometrySeen, featureLine, featureColumn);
        addFeature(geometry, properties, id, idSeen, index, featureLine, featureColumn, true);
    }

    private void checkFeature(String type, boolean typeSeen, Geometry geometry, boolean geometrySeen, long line,
            long column) throws FeatureProblem {
        if (typeSeen && !"Feature".equals(type)) {
            throw new FeatureProblem(line, column, GeometryReader.GEOMETRY_TYPES.contains(type)
                    ? "expected a Feature, found a bare " + type + " geometry"
                    : "expected a Feature, found type \"" + type + "\"");
        }
        if (geometry == null) {
            throw new FeatureProblem(line, column, geometrySeen
                    ? "the feature's geometry is null; skipped it"
                    : "the feature has no \"geometry\"; skipped it");
        }
        if (!typeSeen) {
            log.pend(line, column, "the feature has no \"type\"; read it as a Feature");
        }
    }

    /**
     * Adds a feature and flushes its pending issues. Polygons of a collection are checked on the side (see
     * {@link FeatureRepairs}); a single top-level one ({@code index} &lt;= 0 outside a collection) right here.
     */
    private void addFeature(Geometry geometry, Map<String, Object> properties, Object id, boolean idSeen,
            int index, long line, long column, boolean inCollection) throws FeatureProblem, GeoJsonException {
        Geometry g = repairs.cut(geometry, log, line, column);
        if (!inCollection || (sink != null && repairs.checksPolygons())) {
            g = repairs.checkNow(g, index, line, column, log);
        }
        Map<String, Object> props = idSeen && id != null ? values.withId(properties, id) : properties;
        log.keep(index);
        if (sink != null) {
            // Streamed: counted here and handed on at once, so nothing of the file is held.
            count(g);
            keptFeatures++;
            sink.accept(index, new MapFeature(g, props));
            return;
        }
        if (inCollection) {
            repairs.checkLater(features.size(), index, line, column, g);
        }
        features.add(new MapFeature(g, props));
    }

    private void count(Geometry g) {
        typeCounts.merge(g.getGeometryType(), 1, Integer::sum);
        bounds.expandToInclude(g.getEnvelopeInternal());
    }

    /** Applies the polygon checks, then counts types and bounds. */
    private void finishFeatures() {
        repairs.finish(features, log, at.cancelled());
        for (MapFeature f : features) {
            count(f.geometry());
        }
    }
}
