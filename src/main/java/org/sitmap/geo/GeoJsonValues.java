package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads plain JSON values of a GeoJSON file: feature properties (into a compact {@link PropertyTable} sharing
 * their names), ids, and the legacy {@code crs} member, which must name WGS 84 longitude/latitude. Not thread-safe.
 */
final class GeoJsonValues {
    private static final Set<String> WGS84_CRS_NAMES = Set.of(
            "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84", "urn:ogc:def:crs:ogc:crs84", "crs84",
            "ogc:crs84", "epsg:4326", "urn:ogc:def:crs:epsg::4326", "urn:ogc:def:crs:epsg:4326",
            "http://www.opengis.net/def/crs/ogc/1.3/crs84", "http://www.opengis.net/def/crs/epsg/0/4326",
            "https://www.opengis.net/def/crs/ogc/1.3/crs84", "https://www.opengis.net/def/crs/epsg/0/4326");

    private final GeoJsonCursor at;
    private final JsonParser parser;
    private final LoadIssueLog log;
    /** Features' properties, compact and sharing their names (nested objects are plain maps). */
    private final PropertyTable propertyTable = new PropertyTable();

    /** Whether features' properties are read, or passed over (checked as JSON only) for a caller that draws shapes. */
    private final boolean keepProperties;

    GeoJsonValues(GeoJsonCursor at, LoadIssueLog log) {
        this(at, log, true);
    }

    GeoJsonValues(GeoJsonCursor at, LoadIssueLog log, boolean keepProperties) {
        this.at = at;
        this.parser = at.parser;
        this.log = log;
        this.keepProperties = keepProperties;
    }

    /** Reads a "properties" value: an object, or null; anything else is ignored with a repair noted. */
    Map<String, Object> readProperties(JsonToken t) throws IOException, GeoJsonException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            log.pend(at.line(), at.column(), "\"properties\" must be an object or null, found " + at.describe(t)
                    + "; ignored it");
            parser.skipChildren();
            return null;
        }
        if (!keepProperties) {
            // Still tokenised to the end, so bad JSON and keys given twice are refused as when reading them.
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

    /** {@code properties} with the feature's id as its "id" property when it has none (null properties: new). */
    Map<String, Object> withId(Map<String, Object> properties, Object id) {
        if (properties == null || properties.get("id") == null) {
            return propertyTable.with(properties, "id", id);
        }
        return properties;
    }

    /** Reads any JSON value whose first token is {@code t}: strings, longs, doubles, booleans, lists, maps. */
    Object readValue(JsonToken t) throws IOException, GeoJsonException {
        if (t == null) {
            throw at.unexpectedEnd();
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

    /** Reads an object (current token START_OBJECT) into an insertion-ordered map. */
    private Map<String, Object> readObject() throws IOException, GeoJsonException {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            map.put(name, readValue(parser.nextToken()));
        }
        return map;
    }

    /** Accepts a missing/null crs or one naming WGS 84 lon/lat; anything else is fatal. */
    void checkCrs(JsonToken t) throws IOException, GeoJsonException {
        long line = at.line();
        long column = at.column();
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
        throw at.fatal(line, column, at.currentFeature, "unsupported coordinate reference system "
                + (name != null ? "\"" + name + "\"" : "(" + GeoJsonMessages.brief(String.valueOf(value)) + ")")
                + ": Sitmap expects WGS 84 longitude/latitude as RFC 7946 requires; reproject the file to"
                + " EPSG:4326 (for example with ogr2ogr -t_srs EPSG:4326) and load it again");
    }
}
