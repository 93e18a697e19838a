package org.sitmap.geo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.model.MapFeature;

/**
 * Streams features out as an RFC 7946 GeoJSON FeatureCollection, one feature per line, polygon rings wound as the
 * RFC asks (exterior counter-clockwise). Coordinates are rounded to a fixed number of decimals.
 *
 * <pre>{@code
 * try (GeoJsonWriter w = new GeoJsonWriter(out, 6)) {
 *     for (MapFeature f : features) w.write(f);
 * }
 * }</pre>
 *
 * <p>Not thread-safe. Closing finishes the collection and closes the stream.
 */
public final class GeoJsonWriter implements Closeable {
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator gen;
    private final double factor;

    /** Starts a FeatureCollection on {@code out}, rounding coordinates to {@code decimals} places. */
    public GeoJsonWriter(OutputStream out, int decimals) throws IOException {
        this(out, decimals, Map.of());
    }

    /**
     * Starts a FeatureCollection with foreign members (RFC 7946 section 6.1: {@code "sitmap": {"sides": ...}}),
     * written before the features.
     */
    public GeoJsonWriter(OutputStream out, int decimals, Map<String, Object> foreignMembers) throws IOException {
        this(JSON.createGenerator(out, JsonEncoding.UTF8), decimals, foreignMembers);
    }

    /**
     * Starts a FeatureCollection on a character stream, which closing flushes but leaves open (standard output for
     * {@code sitmap dump}), with foreign members written before the features.
     */
    public GeoJsonWriter(Writer out, int decimals, Map<String, Object> foreignMembers) throws IOException {
        this(JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET), decimals, foreignMembers);
    }

    private GeoJsonWriter(JsonGenerator gen, int decimals, Map<String, Object> foreignMembers) throws IOException {
        if (decimals < 0 || decimals > 15) {
            throw new IllegalArgumentException("Decimals must be within 0..15: " + decimals);
        }
        this.factor = Math.pow(10, decimals);
        this.gen = gen;
        gen.setPrettyPrinter(new OneFeaturePerLine());
        gen.writeStartObject();
        gen.writeStringField("type", "FeatureCollection");
        for (Map.Entry<String, Object> m : foreignMembers.entrySet()) {
            gen.writeFieldName(m.getKey());
            writeValue(gen, m.getValue());
        }
        gen.writeFieldName("features");
        gen.writeStartArray();
        gen.writeRaw('\n');
    }

    /**
     * Writes {@code features} to {@code file} (gzip-compressed when the name ends in {@code .gz}) through a temporary
     * file in the same folder, so an existing file is replaced only by a complete one.
     */
    public static void write(Path file, List<MapFeature> features, int decimals) throws IOException {
        write(file, features, decimals, Map.of());
    }

    /** As {@link #write(Path, List, int)}, with the collection's foreign members. */
    public static void write(Path file, List<MapFeature> features, int decimals, Map<String, Object> foreignMembers)
            throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                    OutputStream out = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                            ? new GZIPOutputStream(raw, 1 << 16) : raw;
                    GeoJsonWriter w = new GeoJsonWriter(out, decimals, foreignMembers)) {
                for (MapFeature f : features) {
                    w.write(f);
                }
            }
            try {
                // Temporary files are private; the result should be readable like any file the user saves.
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Appends one feature. */
    public void write(MapFeature feature) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        gen.writeFieldName("properties");
        writeValue(gen, feature.properties());
        gen.writeFieldName("geometry");
        writeGeometry(feature.geometry());
        gen.writeEndObject();
    }

    /**
     * Writes a property value as JSON: String, integral and other numbers, Boolean, null, nested Map (object) and
     * List (array); anything else as its text. The one place Java values become JSON (the briefing file's
     * attribute column uses it too).
     */
    public static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    private void writeGeometry(Geometry g) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", g.getGeometryType());
        if (g instanceof GeometryCollection gc && !(g instanceof MultiPoint || g instanceof MultiLineString
                || g instanceof MultiPolygon)) {
            gen.writeFieldName("geometries");
            gen.writeStartArray();
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                writeGeometry(gc.getGeometryN(i));
            }
            gen.writeEndArray();
        } else {
            gen.writeFieldName("coordinates");
            writeCoordinates(g);
        }
        gen.writeEndObject();
    }

    private void writeCoordinates(Geometry g) throws IOException {
        if (g instanceof Point p) {
            if (p.isEmpty()) {
                gen.writeStartArray();
                gen.writeEndArray();
            } else {
                writePosition(p.getCoordinateSequence(), 0);
            }
        } else if (g instanceof LineString l) {
            writeSequence(l.getCoordinateSequence(), false);
        } else if (g instanceof Polygon p) {
            gen.writeStartArray();
            if (!p.isEmpty()) {
                writeRing(p.getExteriorRing().getCoordinateSequence(), true);
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    writeRing(p.getInteriorRingN(r).getCoordinateSequence(), false);
                }
            }
            gen.writeEndArray();
        } else {
            gen.writeStartArray();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                writeCoordinates(g.getGeometryN(i));
            }
            gen.writeEndArray();
        }
    }

    private void writeRing(CoordinateSequence seq, boolean exterior) throws IOException {
        boolean ccw = seq.size() >= 4 && Orientation.isCCW(seq);
        writeSequence(seq, ccw != exterior);
    }

    private void writeSequence(CoordinateSequence seq, boolean reversed) throws IOException {
        gen.writeStartArray();
        int n = seq.size();
        for (int k = 0; k < n; k++) {
            writePosition(seq, reversed ? n - 1 - k : k);
        }
        gen.writeEndArray();
    }

    private void writePosition(CoordinateSequence seq, int i) throws IOException {
        gen.writeStartArray();
        gen.writeNumber(round(seq.getX(i)));
        gen.writeNumber(round(seq.getY(i)));
        gen.writeEndArray();
    }

    private double round(double v) {
        return Math.round(v * factor) / factor;
    }

    /** Compact JSON, but a line break between features so files diff and grep well. */
    private static final class OneFeaturePerLine extends MinimalPrettyPrinter {
        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            JsonStreamContext ctx = g.getOutputContext();
            boolean featuresArray = ctx.getParent() != null && ctx.getParent().getParent() != null
                    && ctx.getParent().getParent().inRoot();
            g.writeRaw(featuresArray ? ",\n" : ",");
        }
    }

    /** Ends the collection and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        gen.writeRaw('\n');
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }
}
