package org.sitmap.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.geo.GeoJsonWriter;

/**
 * The {@code attributes} column: an annotation's attribute map as a JSON object, written and read with Jackson's
 * streaming API. Keeps String, Long (any integral number), Double (any other number), Boolean, null and nested
 * List/Map, in insertion order. Thread-safe.
 */
final class JsonAttributes {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonAttributes() {
    }

    static String write(Map<String, Object> attributes) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            GeoJsonWriter.writeValue(g, attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** Parses a JSON object; null or blank text is an empty map. */
    static Map<String, Object> read(String json) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return map;
        }
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw new IOException("attributes must be a JSON object");
            }
            readObject(p, map);
        }
        return map;
    }

    private static void readObject(JsonParser p, Map<String, Object> into) throws IOException {
        String name;
        while ((name = p.nextFieldName()) != null) {
            into.put(name, readValue(p, p.nextToken()));
        }
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            throw new IOException("attributes JSON ends too early");
        }
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? (Object) p.getDoubleValue()
                        : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(readValue(p, e));
                }
                return list;
            }
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                readObject(p, map);
                return map;
            }
            default:
                return null;
        }
    }
}
