package org.sitmap.style;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small JSON document into maps (in file order), lists, strings, doubles and booleans, with Jackson's
 * streaming parser (the only Jackson part on the class path). JSON {@code null} becomes {@link #NULL}.
 */
final class JsonTree {
    /** Stands for JSON {@code null}, which maps cannot hold. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** The document's value; a syntax error or repeated key throws naming the file, line and column. */
    static Object read(InputStream in, String file) throws StyleSheetException {
        try (JsonParser p = FACTORY.createParser(in)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            p.enable(JsonParser.Feature.ALLOW_COMMENTS);
            if (p.nextToken() == null) {
                throw new StyleSheetException(file + ": the file is empty");
            }
            return value(p);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new StyleSheetException(file + ", line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new StyleSheetException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return t == JsonToken.VALUE_TRUE;
            }
            default -> {
                return NULL;
            }
        }
    }
}
