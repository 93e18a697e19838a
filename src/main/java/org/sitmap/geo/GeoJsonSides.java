package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.sitmap.model.Affiliation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;

/**
 * The sides of an annotation file, carried in the FeatureCollection's foreign member (RFC 7946 section 6.1)
 * {@code "sitmap": {"sides": [{"code": "rsf", "name": "Rapid Support Forces", "colour": "#C62828",
 * "affiliation": "hostile"}, ...]}}. Only {@code code} is required; {@code colour} absent means the style sheet's
 * colour. Files without the member define no sides (their features use {@code ukraine}, {@code russia},
 * {@code other} or the briefing's own). Stateless and thread-safe.
 */
public final class GeoJsonSides {
    /** The FeatureCollection's foreign member that holds what Sitmap adds. */
    public static final String MEMBER = "sitmap";
    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonSides() {
    }

    /**
     * The sides {@code file} defines, in its order; empty when it has no {@code "sitmap"} member.
     *
     * @throws AnnotationGeoJson.FormatException naming the side (numbered from 1) and what is wrong with it
     */
    public static SideList read(Path file) throws IOException, GeoJsonException {
        String name = String.valueOf(file.getFileName());
        Object member = member(file);
        if (!(member instanceof Map<?, ?> m) || m.get("sides") == null) {
            return SideList.empty();
        }
        if (!(m.get("sides") instanceof List<?> list)) {
            throw new AnnotationGeoJson.FormatException(name, -1, "\"sitmap\" \"sides\" must be a list of sides");
        }
        List<BriefingSide> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(side(list.get(i)));
            } catch (IllegalArgumentException e) {
                throw new AnnotationGeoJson.FormatException(name, -1, "side " + (i + 1) + " of the \"sitmap\" member: "
                        + e.getMessage());
            }
        }
        try {
            return SideList.of(out);
        } catch (IllegalArgumentException e) {
            throw new AnnotationGeoJson.FormatException(name, -1, "the \"sitmap\" member: " + e.getMessage());
        }
    }

    private static BriefingSide side(Object o) {
        if (!(o instanceof Map<?, ?> m) || !(m.get("code") instanceof String code)) {
            throw new IllegalArgumentException("each side needs a \"code\", such as {\"code\": \"rsf\", "
                    + "\"name\": \"Rapid Support Forces\"}");
        }
        Object affiliation = m.get("affiliation");
        return new BriefingSide(Side.of(code), text(m.get("name")), text(m.get("colour")),
                affiliation == null ? Affiliation.UNKNOWN : Affiliation.fromCode(affiliation.toString()));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** The foreign member to write for {@code sides}, or an empty map for none. */
    public static Map<String, Object> member(SideList sides) {
        if (sides.isEmpty()) {
            return Map.of();
        }
        List<Object> list = new ArrayList<>();
        for (BriefingSide s : sides.list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", s.side().code());
            m.put("name", s.name());
            if (s.colour() != null) {
                m.put("colour", s.colour());
            }
            m.put("affiliation", s.affiliation().code());
            list.add(m);
        }
        return Map.of(MEMBER, Map.of("sides", list));
    }

    /** The value of the top-level {@code "sitmap"} member, or null (also for anything that is not JSON). */
    private static Object member(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
            try (JsonParser p = JSON.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                String field;
                while ((field = p.nextFieldName()) != null) {
                    p.nextToken();
                    if (MEMBER.equals(field)) {
                        return value(p);
                    }
                    p.skipChildren();
                }
                return null;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // not JSON: the loader reports it with the place
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                String field;
                while ((field = p.nextFieldName()) != null) {
                    p.nextToken();
                    m.put(field, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
