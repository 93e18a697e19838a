package org.sitmap.geo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.MapFeature;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.model.ZoneStatus;

/**
 * The interchange format for annotations: GeoJSON (RFC 7946) that any GIS can read and write.
 *
 * <p><b>Format.</b> A FeatureCollection; each Feature is one annotation, its geometry in WGS 84 longitude/latitude.
 * Properties:
 * <ul>
 * <li>{@code kind} (required): {@code zone}, {@code evacuation}, {@code declaration}, {@code movement},
 *     {@code frontline}, {@code buffer}, {@code marker}, {@code label} or {@code range_ring}. Areas need a Polygon
 *     or MultiPolygon (an evacuation may be a Point with {@code radius_km}), movement and frontline a LineString,
 *     marker and label a Point, a range ring a Point with {@code radii_km}, a list of distances such as
 *     {@code [15, 30, 60]}.</li>
 * <li>{@code id}: the annotation's id (any string; a Feature's own {@code id} member also counts); a new one is
 *     made when absent. Ids must be unique within a file.</li>
 * <li>{@code side}: the code of one of the sides the collection defines in its foreign member
 *     {@code "sitmap": {"sides": [...]}} ({@link GeoJsonSides}), or of the importing briefing's; files without
 *     the member use {@code ukraine}, {@code russia} or {@code other} (default other).</li>
 * <li>{@code status} (zones): {@code assessed_control} (default), {@code assessed_advance}, {@code claimed},
 *     {@code contested}, {@code held_before}.</li>
 * <li>{@code confidence}: {@code confirmed}, {@code likely} (default), {@code reported}, {@code unconfirmed}.</li>
 * <li>{@code title}, {@code notes}, {@code source}, {@code source_url}: text.</li>
 * <li>{@code valid_from}, {@code valid_to}: ISO dates {@code YYYY-MM-DD}, inclusive; absent or null means open.</li>
 * <li>{@code created}, {@code modified}: ISO instants ({@code 2024-08-14T09:30:00Z}); optional on import.</li>
 * <li>{@code locked}: true/false, optional.</li>
 * <li>The kind's own fields, flat: {@code evacuated}, {@code radius_km}, {@code date_ordered}, {@code ordered_by},
 *     {@code region}, {@code level}, {@code unit}, {@code size}, {@code style}, {@code teeth}, {@code symbol},
 *     {@code rotation}, {@code planned}, {@code main_attack}, {@code radii_km}; and any other property, which is kept with the annotation and written back out
 *     (properties whose value is null are dropped).</li>
 * </ul>
 * Reading is all-or-nothing: a feature that is not a valid annotation (unknown kind, geometry that does not fit the
 * kind, bad date, side, status or confidence, a kind's attribute out of its values such as {@code symbol: "banana"}
 * or {@code radii_km: [-5]}, duplicate id), or one the GeoJSON loader had to skip, fails the whole
 * read with a {@link GeoJsonException} naming the file, the feature (numbered from 0 in file order) and the reason.
 * On reading, coordinates are rounded to {@value #DECIMALS} decimals (about 0.1 m) and polygon rings wound as RFC
 * 7946 asks, which is exactly what writing produces: import, export and import again gives the same annotations.
 *
 * <pre>{@code
 * List<Annotation> list = AnnotationGeoJson.read(Path.of("annotations.geojson"));
 * AnnotationGeoJson.write(Path.of("out.geojson"), briefing.snapshot());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnotationGeoJson {
    /** Decimals of written (and imported) coordinates. */
    public static final int DECIMALS = 6;

    public static final String KIND = "kind";
    public static final String ID = "id";
    public static final String SIDE = "side";
    public static final String STATUS = "status";
    public static final String CONFIDENCE = "confidence";
    public static final String TITLE = "title";
    public static final String NOTES = "notes";
    public static final String SOURCE = "source";
    public static final String SOURCE_URL = "source_url";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_TO = "valid_to";
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    public static final String LOCKED = "locked";

    /** Properties that are fields of every annotation rather than attributes. */
    public static final Set<String> CORE_PROPERTIES = Set.of(KIND, ID, SIDE, STATUS, CONFIDENCE, TITLE, NOTES,
            SOURCE, SOURCE_URL, VALID_FROM, VALID_TO, CREATED, MODIFIED, LOCKED);

    private static final double FACTOR = Math.pow(10, DECIMALS);

    private AnnotationGeoJson() {
    }

    /** An annotation file that cannot be imported; the message reads {@code file: feature 3: reason}. */
    public static final class FormatException extends GeoJsonException {
        private static final long serialVersionUID = 1L;

        public FormatException(String file, int featureIndex, String detail) {
            super(file, -1, -1, featureIndex, detail);
        }

        @Override
        public String getMessage() {
            return oneLine(file() + ": " + (featureIndex() >= 0 ? "feature " + featureIndex() + ": " : "") + detail());
        }
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Receives each annotation of a {@link #scan} as soon as it is read and checked. */
    @FunctionalInterface
    public interface AnnotationSink {
        /** @param index the annotation's feature number in the file (from 0) */
        void accept(int index, Annotation annotation) throws GeoJsonException;
    }

    /**
     * Reads every annotation of a file, in file order.
     *
     * @throws GeoJsonException when the file is not GeoJSON (with line and column) or a feature is not a valid
     *     annotation (with its index and the reason); nothing is returned then
     */
    public static List<Annotation> read(Path file) throws GeoJsonException, IOException {
        Contents c = readWithSides(file);
        int bad = unknownSide(c.annotations(), c.sides());
        if (bad >= 0) {
            throw new FormatException(String.valueOf(file.getFileName()), bad, "unknown side \""
                    + c.annotations().get(bad).side().code() + "\"; expected ukraine, russia, other or a side the "
                    + "file defines in its \"sitmap\" member");
        }
        return c.annotations();
    }

    /** An annotation file's annotations in file order and the sides it defines (empty without the member). */
    public record Contents(List<Annotation> annotations, SideList sides) {
    }

    /**
     * Reads the annotations and the sides of a file, without checking that each side is defined: an import
     * checks them against the file's and the briefing's sides ({@link #unknownSide}).
     */
    public static Contents readWithSides(Path file) throws GeoJsonException, IOException {
        List<Annotation> out = new ArrayList<>();
        scan(file, (index, a) -> out.add(a));
        return new Contents(List.copyOf(out), GeoJsonSides.read(file));
    }

    /**
     * The index of the first annotation whose side is neither in {@code known} nor one of the old fixed sides
     * ({@code ukraine}, {@code russia}, {@code other}), or -1.
     */
    public static int unknownSide(List<Annotation> annotations, SideList known) {
        for (int i = 0; i < annotations.size(); i++) {
            Side s = annotations.get(i).side();
            if (!known.contains(s) && SideList.legacy(s).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads a file of any size annotation by annotation, with the checks of {@link #read} but the sides' (which
     * fail at the first bad feature, after the sink has seen the ones before it): only the ids read so far are
     * held, so a file larger than memory can be imported in one pass.
     *
     * @return how many annotations the file holds
     */
    public static int scan(Path file, AnnotationSink sink) throws GeoJsonException, IOException {
        String name = String.valueOf(file.getFileName());
        Map<String, Integer> seen = new HashMap<>();
        try {
            return new GeoJsonLoader().maxLongitude(180).scan(file, new GeoJsonLoader.FeatureSink() {
                @Override
                public void accept(int index, MapFeature feature) throws GeoJsonException {
                    int i = Math.max(0, index);
                    Annotation a;
                    try {
                        a = fromFeature(feature);
                    } catch (IllegalArgumentException e) {
                        throw new FormatException(name, i, e.getMessage());
                    }
                    Integer first = seen.putIfAbsent(a.id(), i);
                    if (first != null) {
                        throw new FormatException(name, i, "id \"" + a.id() + "\" is already used by feature " + first);
                    }
                    sink.accept(i, a);
                }

                @Override
                public void skipped(LoadIssue issue) throws GeoJsonException {
                    throw new FormatException(name, -1, issue.toString().replaceFirst("; skipped it$", "")
                            + "; every feature must be a valid annotation");
                }
            }).featureCount();
        } catch (GeoJsonException e) {
            if (GeoJsonMemberReader.NO_FEATURES.equals(e.detail())) {
                return 0; // an empty collection is an empty list of annotations
            }
            throw e;
        }
    }

    /**
     * Converts one feature to an annotation.
     *
     * @throws IllegalArgumentException with the reason, in words meant for the user
     */
    public static Annotation fromFeature(MapFeature f) {
        Map<String, Object> p = f.properties();
        Object kindValue = p.get(KIND);
        if (kindValue == null) {
            throw new IllegalArgumentException("no \"kind\" property; expected " + Arrays.stream(
                    AnnotationKind.values()).map(AnnotationKind::code).collect(Collectors.joining(", ")));
        }
        AnnotationKind kind = AnnotationKind.fromCode(kindValue.toString());
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : p.entrySet()) {
            if (!CORE_PROPERTIES.contains(e.getKey()) && e.getValue() != null) {
                attributes.put(e.getKey(), e.getValue());
            }
        }
        Geometry g = normalise(f.geometry());
        String problem = kind.descriptor().attributeProblem(attributes);
        if (problem == null) {
            problem = Annotation.geometryProblem(kind, g, attributes);
        }
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Object id = p.get(ID);
        Annotation.Builder b = Annotation.builder(kind, g)
                .id(id == null || id.toString().isBlank() ? UUID.randomUUID().toString() : id.toString())
                .title(text(p, TITLE)).notes(text(p, NOTES)).source(text(p, SOURCE)).sourceUrl(text(p, SOURCE_URL))
                .validFrom(date(p, VALID_FROM)).validTo(date(p, VALID_TO))
                .created(instant(p, CREATED)).modified(instant(p, MODIFIED));
        if (p.get(SIDE) != null) {
            b.side(Side.fromCode(p.get(SIDE).toString()));
        }
        if (p.get(STATUS) != null) {
            b.status(ZoneStatus.fromCode(p.get(STATUS).toString()));
        }
        if (p.get(CONFIDENCE) != null) {
            b.confidence(Confidence.fromCode(p.get(CONFIDENCE).toString()));
        }
        Object locked = p.get(LOCKED);
        if (locked != null) {
            if (!(locked instanceof Boolean l)) {
                throw new IllegalArgumentException("locked must be true or false, not " + locked);
            }
            b.locked(l);
        }
        attributes.forEach(b::attribute);
        if (p.get(CREATED) != null && p.get(MODIFIED) == null) {
            b.modified(instant(p, CREATED));
        }
        return b.build();
    }

    private static String text(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? "" : v.toString();
    }

    private static LocalDate date(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.toString().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + " \"" + v + "\" is not a date like 2024-08-14");
        }
    }

    private static Instant instant(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(v.toString().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + " \"" + v + "\" is not an instant like 2024-08-14T09:30:00Z");
        }
    }

    /** Rounds to {@link #DECIMALS} and winds polygon rings as RFC 7946 asks (exterior counter-clockwise). */
    static Geometry normalise(Geometry in) {
        Geometry g = in.copy();
        CoordinateMaps.apply(g, (x, y, out) -> {
            out[0] = Math.round(x * FACTOR) / FACTOR;
            out[1] = Math.round(y * FACTOR) / FACTOR;
        });
        GeometryFactory f = g.getFactory();
        if (g instanceof Polygon p) {
            return wind(p, f);
        }
        if (g instanceof MultiPolygon mp) {
            Polygon[] parts = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = wind((Polygon) mp.getGeometryN(i), f);
            }
            return f.createMultiPolygon(parts);
        }
        return g;
    }

    private static Polygon wind(Polygon p, GeometryFactory f) {
        if (p.isEmpty()) {
            return p;
        }
        LinearRing shell = ring(p.getExteriorRing(), true, f);
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(p.getInteriorRingN(i), false, f);
        }
        return f.createPolygon(shell, holes);
    }

    private static LinearRing ring(LinearRing r, boolean ccw, GeometryFactory f) {
        CoordinateSequence seq = r.getCoordinateSequence();
        if (seq.size() < 4 || Orientation.isCCW(seq) == ccw) {
            return r;
        }
        Coordinate[] c = r.getCoordinates();
        Coordinate[] rev = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            rev[i] = c[c.length - 1 - i];
        }
        return f.createLinearRing(rev);
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** The feature for one annotation: core properties in a fixed order, then its attributes. */
    public static MapFeature toFeature(Annotation a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(KIND, a.kind().code());
        p.put(ID, a.id());
        p.put(TITLE, a.title());
        p.put(SIDE, a.side().code());
        if (a.status() != null) {
            p.put(STATUS, a.status().code());
        }
        p.put(CONFIDENCE, a.confidence().code());
        p.put(VALID_FROM, a.validFrom() == null ? null : a.validFrom().toString());
        p.put(VALID_TO, a.validTo() == null ? null : a.validTo().toString());
        p.put(NOTES, a.notes());
        p.put(SOURCE, a.source());
        p.put(SOURCE_URL, a.sourceUrl());
        p.put(CREATED, a.created().toString());
        p.put(MODIFIED, a.modified().toString());
        p.put(LOCKED, a.locked());
        for (Map.Entry<String, Object> e : a.attributes().entrySet()) {
            if (!CORE_PROPERTIES.contains(e.getKey())) {
                p.put(e.getKey(), e.getValue());
            }
        }
        return new MapFeature(a.geometry(), p);
    }

    /** Writes the annotations as a FeatureCollection to {@code out}, which is flushed but not closed. */
    public static void write(OutputStream out, List<Annotation> annotations) throws IOException {
        write(out, annotations, SideList.empty());
    }

    /** Writes the annotations and the briefing's {@code sides} (the "sitmap" member) to {@code out}. */
    public static void write(OutputStream out, List<Annotation> annotations, SideList sides) throws IOException {
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        try (GeoJsonWriter w = new GeoJsonWriter(keepOpen, DECIMALS, GeoJsonSides.member(sides))) {
            for (Annotation a : annotations) {
                w.write(toFeature(a));
            }
        }
    }

    /** Writes the annotations to a file, replacing it only once the new one is complete. */
    public static void write(Path file, List<Annotation> annotations) throws IOException {
        write(file, annotations, SideList.empty());
    }

    /** Writes the annotations and the briefing's {@code sides} to a file, replacing it only once complete. */
    public static void write(Path file, List<Annotation> annotations, SideList sides) throws IOException {
        GeoJsonWriter.write(file, annotations.stream().map(AnnotationGeoJson::toFeature).toList(), DECIMALS,
                GeoJsonSides.member(sides));
    }
}
