package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads GeoJSON geometry objects into JTS geometries: members in any order, positions streamed straight into a
 * reused {@link CoordinateBuffer} per nesting level, shapes checked against their type, unclosed rings closed (a
 * repair held in the {@link LoadIssueLog}). What cannot be built is a {@link FeatureProblem} with its place. Not
 * thread-safe.
 */
final class GeometryReader {
    static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString",
            "Polygon", "MultiPolygon", "GeometryCollection");
    private static final int MAX_GEOMETRY_NESTING = 32;

    private final GeoJsonCursor at;
    private final JsonParser parser;
    private final GeoJsonValues values;
    private final LoadIssueLog log;
    private final GeometryFactory factory = GeoJsonLoader.GEOMETRY_FACTORY;
    private final List<CoordinateBuffer> buffers = new ArrayList<>();
    private final long maxCoordinates;
    private final double maxLongitude;
    private long positions;

    GeometryReader(GeoJsonCursor at, GeoJsonValues values, LoadIssueLog log, long maxCoordinates,
            double maxLongitude) {
        this.at = at;
        this.parser = at.parser;
        this.values = values;
        this.log = log;
        this.maxCoordinates = maxCoordinates;
        this.maxLongitude = maxLongitude;
    }

    /** Positions read so far, including those of skipped features. */
    long positions() {
        return positions;
    }

    /** Members of one geometry object, gathered in whatever order they come. */
    static final class GeometryMembers {
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

    /** Fresh members for an object at {@code level} (0 is the top-level object). */
    GeometryMembers members(int level) {
        return new GeometryMembers(level, buffer(level));
    }

    /** Reads the value of a "geometry" member: an object, or null (returns null). */
    Geometry readGeometryValue(JsonToken t, int level) throws IOException, GeoJsonException, FeatureProblem {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw at.problem("\"geometry\" must be an object or null, found " + at.describe(t));
        }
        return parseGeometryObject(level);
    }

    /** Reads a geometry object (current token START_OBJECT) and builds it. */
    private Geometry parseGeometryObject(int level) throws IOException, GeoJsonException, FeatureProblem {
        if (level > MAX_GEOMETRY_NESTING) {
            throw at.problem("geometry collections are nested more than " + MAX_GEOMETRY_NESTING + " deep");
        }
        long line = at.line();
        long column = at.column();
        GeometryMembers m = members(level);
        String name;
        while ((name = parser.nextFieldName()) != null) {
            JsonToken t = parser.nextToken();
            switch (name) {
                case "type":
                    m.typeSeen = true;
                    if (t != JsonToken.VALUE_STRING) {
                        throw at.problem("the geometry's \"type\" must be a string, found " + at.describe(t));
                    }
                    m.type = parser.getText();
                    break;
                case "coordinates":
                case "geometries":
                    readGeometryMember(name, t, m);
                    break;
                case "crs":
                    values.checkCrs(t);
                    break;
                default:
                    parser.skipChildren();
            }
        }
        return finishGeometry(m, line, column);
    }

    /** Reads a "coordinates" or "geometries" member into {@code m}. */
    void readGeometryMember(String name, JsonToken t, GeometryMembers m)
            throws IOException, GeoJsonException, FeatureProblem {
        if (name.equals("coordinates")) {
            m.coordinatesSeen = true;
            m.coordinatesLine = at.line();
            m.coordinatesColumn = at.column();
            if (t == JsonToken.VALUE_NULL) {
                m.coordinatesNull = true;
                return;
            }
            if (t != JsonToken.START_ARRAY) {
                throw at.problem("\"coordinates\" must be an array, found " + at.describe(t));
            }
            m.coordinates.reset();
            parseCoordinateArray(m.coordinates, 0);
        } else {
            m.geometriesSeen = true;
            if (t != JsonToken.START_ARRAY) {
                throw at.problem("\"geometries\" must be an array, found " + at.describe(t));
            }
            m.children = new ArrayList<>();
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw at.problem("a member of \"geometries\" must be a geometry object, found "
                            + at.describe(t));
                }
                m.children.add(parseGeometryObject(m.level + 1));
            }
        }
    }

    /** Builds the geometry the members describe, or says what is missing. */
    Geometry finishGeometry(GeometryMembers m, long line, long column) throws FeatureProblem {
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
                    "invalid " + type + ": " + GeoJsonMessages.lower(e.getMessage()));
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
            case "MultiLineString":
                requireDepth(b, 2, type, line, column);
                return multiLine(b);
            case "Polygon":
                requireDepth(b, 2, type, line, column);
                return polygon(rings(b, 1), line, column);
            case "MultiPolygon":
                requireDepth(b, 3, type, line, column);
                return multiPolygon(b);
            default:
                throw new IllegalStateException("not a coordinate geometry: " + type);
        }
    }

    private Geometry multiLine(CoordinateBuffer b) throws FeatureProblem {
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

    /** The rings of a Polygon: those closing at {@code level}. */
    private List<LinearRing> rings(CoordinateBuffer b, int level) throws FeatureProblem {
        List<LinearRing> rings = new ArrayList<>();
        int start = 0;
        for (int e = 0; e < b.events; e++) {
            if (b.eventLevel[e] == level) {
                rings.add(ring(b, start, b.eventEnd[e], b.eventLine[e], b.eventColumn[e]));
                start = b.eventEnd[e];
            }
        }
        return rings;
    }

    private Geometry multiPolygon(CoordinateBuffer b) throws FeatureProblem {
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

    private void requireDepth(CoordinateBuffer b, int depth, String type, long line, long column)
            throws FeatureProblem {
        if (b.size == 0) {
            throw new FeatureProblem(line, column, "the " + type + " has empty \"coordinates\"");
        }
        if (b.positionDepth != depth) {
            throw new FeatureProblem(line, column, "the " + type + "'s \"coordinates\" must be "
                    + GeoJsonMessages.shape(depth) + ", found " + GeoJsonMessages.shape(b.positionDepth));
        }
        for (int e = 0; e < b.events; e++) {
            if (b.eventLevel[e] >= depth) {
                throw new FeatureProblem(b.eventLine[e], b.eventColumn[e],
                        "a position needs at least 2 numbers (longitude, latitude), found an empty array");
            }
        }
    }

    private LineString line(CoordinateBuffer b, int from, int to, long line, long column) throws FeatureProblem {
        if (to - from < 2) {
            throw new FeatureProblem(line, column, "a line needs at least 2 positions, found " + (to - from));
        }
        return factory.createLineString(b.sequence(from, to, false));
    }

    private LinearRing ring(CoordinateBuffer b, int from, int to, long line, long column) throws FeatureProblem {
        int n = to - from;
        boolean close = n > 1 && !b.sameXY(from, to - 1);
        if (n + (close ? 1 : 0) < 4) {
            throw new FeatureProblem(line, column, "a polygon ring needs at least 4 positions (the last"
                    + " repeating the first), found " + n);
        }
        if (close) {
            log.ringClosed(line, column);
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

    /** Reads an array (current token START_ARRAY) at {@code level} of a coordinates tree into {@code b}. */
    private void parseCoordinateArray(CoordinateBuffer b, int level)
            throws IOException, GeoJsonException, FeatureProblem {
        int line = at.tokenLine();
        int column = at.tokenColumn();
        JsonToken t = parser.nextToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            parsePosition(b, level, line, column);
            return;
        }
        while (t != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_ARRAY) {
                if (level >= 3) {
                    throw at.problem("\"coordinates\" are nested deeper than a MultiPolygon's");
                }
                parseCoordinateArray(b, level + 1);
            } else if (t == null) {
                throw at.unexpectedEnd();
            } else {
                throw at.problem("expected a number in coordinates, found " + at.describe(t));
            }
            t = parser.nextToken();
        }
        b.close(level, line, column);
    }

    /** Reads a position whose first number is the current token. */
    private void parsePosition(CoordinateBuffer b, int level, int line, int column)
            throws IOException, GeoJsonException, FeatureProblem {
        double x = JsonNumbers.value(parser);
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
            if (t == JsonToken.END_ARRAY) {
                throw new FeatureProblem(line, column,
                        "a position needs at least 2 numbers (longitude, latitude), found 1");
            }
            throw at.problem("expected a number in coordinates, found " + at.describe(t));
        }
        double y = JsonNumbers.value(parser);
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                throw at.problem("expected a number in coordinates, found " + at.describe(t));
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
            throw new FeatureProblem(line, column, GeoJsonMessages.outOfRange(x, y, maxLongitude));
        }
        b.add(x, y);
        if (++positions > maxCoordinates) {
            throw at.fatal(line, column, at.currentFeature, "too large: more than " + maxCoordinates
                    + " coordinates");
        }
        if ((positions & 0xFFFF) == 0) {
            at.checkCancelled();
            at.reportProgress();
        }
    }

    private CoordinateBuffer buffer(int level) {
        while (buffers.size() <= level) {
            buffers.add(new CoordinateBuffer());
        }
        return buffers.get(level);
    }
}
