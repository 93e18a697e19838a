package org.sitmap.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * One thing drawn on the situation map: a zone, an evacuation area, an arrow, a frontline, a marker... with what a
 * briefing must say about it: side, dates of validity, source and confidence.
 *
 * <p>Immutable: every edit makes a new annotation with the same {@link #id()} (see the {@code with...} methods),
 * which is what lets commands undo an edit by putting the old value back. Geometry is lon/lat WGS 84 and must not
 * be modified once handed in. Thread-safe.
 *
 * <pre>{@code
 * Annotation zone = Annotation.create(AnnotationKind.ZONE, polygon)
 *         .withTitle("Ukrainian-held area around Sudzha").withSide(Side.UKRAINE)
 *         .withStatus(ZoneStatus.ASSESSED_CONTROL).withValidity(LocalDate.of(2024, 8, 14), null);
 * }</pre>
 */
public final class Annotation {
    /** Kind-specific attribute keys, shared with the GeoJSON interchange format. */
    public static final String EVACUATED = "evacuated";
    public static final String RADIUS_KM = "radius_km";
    public static final String DATE_ORDERED = "date_ordered";
    public static final String ORDERED_BY = "ordered_by";
    public static final String REGION = "region";
    public static final String LEVEL = "level";
    public static final String UNIT = "unit";
    public static final String SIZE = "size";
    public static final String ARROW_STYLE = "style";
    public static final String TEETH = "teeth";
    public static final String SYMBOL = "symbol";
    public static final String ROTATION = "rotation";
    public static final String PLANNED = "planned";
    public static final String MAIN_ATTACK = "main_attack";
    public static final String RADII_KM = "radii_km";

    private final String id;
    private final AnnotationKind kind;
    private final Geometry geometry;
    private final String title;
    private final String notes;
    private final Side side;
    private final Confidence confidence;
    private final ZoneStatus status;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final String source;
    private final String sourceUrl;
    private final Instant created;
    private final Instant modified;
    private final boolean locked;
    private final Map<String, Object> attributes;

    private Annotation(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.geometry = Objects.requireNonNull(b.geometry, "geometry");
        this.title = b.title == null ? "" : b.title;
        this.notes = b.notes == null ? "" : b.notes;
        this.side = b.side == null ? Side.OTHER : b.side;
        this.confidence = b.confidence == null ? Confidence.LIKELY : b.confidence;
        this.status = kind.descriptor().hasStatus() ? (b.status == null ? ZoneStatus.ASSESSED_CONTROL : b.status)
                : b.status;
        if (b.validFrom != null && b.validTo != null && b.validTo.isBefore(b.validFrom)) {
            throw new IllegalArgumentException("valid_to " + b.validTo + " is before valid_from " + b.validFrom);
        }
        this.validFrom = b.validFrom;
        this.validTo = b.validTo;
        this.source = b.source == null ? "" : b.source;
        this.sourceUrl = b.sourceUrl == null ? "" : b.sourceUrl;
        this.created = b.created == null ? Instant.now() : b.created;
        this.modified = b.modified == null ? this.created : b.modified;
        this.locked = b.locked;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        String problem = geometryProblem(kind, geometry, attributes);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A new annotation with a fresh id, created now. */
    public static Annotation create(AnnotationKind kind, Geometry geometry) {
        return builder(kind, geometry).build();
    }

    public static Builder builder(AnnotationKind kind, Geometry geometry) {
        Builder b = new Builder();
        b.id = UUID.randomUUID().toString();
        b.kind = kind;
        b.geometry = geometry;
        return b;
    }

    /** A builder preset with all of this annotation's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.geometry = geometry;
        b.title = title;
        b.notes = notes;
        b.side = side;
        b.confidence = confidence;
        b.status = status;
        b.validFrom = validFrom;
        b.validTo = validTo;
        b.source = source;
        b.sourceUrl = sourceUrl;
        b.created = created;
        b.modified = modified;
        b.locked = locked;
        b.attributes.putAll(attributes);
        return b;
    }

    /**
     * Why {@code geometry} cannot depict {@code kind}, or null if it can (see {@link KindDescriptor#geometryProblem}):
     * areas need polygons (an evacuation area may also be a point with a positive {@code radius_km}), lines a line
     * string of at least two points, markers and labels a point, range rings a point with {@code radii_km}.
     */
    public static String geometryProblem(AnnotationKind kind, Geometry geometry, Map<String, Object> attributes) {
        return kind.descriptor().geometryProblem(geometry, attributes);
    }

    public String id() {
        return id;
    }

    public AnnotationKind kind() {
        return kind;
    }

    public Geometry geometry() {
        return geometry;
    }

    public String title() {
        return title;
    }

    public String notes() {
        return notes;
    }

    public Side side() {
        return side;
    }

    public Confidence confidence() {
        return confidence;
    }

    /** The control category; always set for zones, usually null for other kinds. */
    public ZoneStatus status() {
        return status;
    }

    /** First day this is true, or null for "since before the briefing". */
    public LocalDate validFrom() {
        return validFrom;
    }

    /** Last day this is true (inclusive), or null for "still". */
    public LocalDate validTo() {
        return validTo;
    }

    public String source() {
        return source;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public Instant created() {
        return created;
    }

    public Instant modified() {
        return modified;
    }

    public boolean locked() {
        return locked;
    }

    /** Kind-specific and foreign attributes (unknown properties of an import are kept here), insertion order. */
    public Map<String, Object> attributes() {
        return attributes;
    }

    public Object attribute(String key) {
        return attributes.get(key);
    }

    /** A numeric attribute, or {@code fallback}. */
    public double number(String key, double fallback) {
        Object v = attributes.get(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    /** A text attribute, or null. */
    public String text(String key) {
        Object v = attributes.get(key);
        return v == null ? null : v.toString();
    }

    /** True if the annotation is part of the situation on {@code date} (null: always). */
    public boolean isValidOn(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public Annotation withGeometry(Geometry g) {
        return toBuilder().geometry(g).touch().build();
    }

    public Annotation withTitle(String t) {
        return toBuilder().title(t).touch().build();
    }

    public Annotation withNotes(String n) {
        return toBuilder().notes(n).touch().build();
    }

    public Annotation withSide(Side s) {
        return toBuilder().side(s).touch().build();
    }

    public Annotation withConfidence(Confidence c) {
        return toBuilder().confidence(c).touch().build();
    }

    public Annotation withStatus(ZoneStatus s) {
        return toBuilder().status(s).touch().build();
    }

    public Annotation withValidity(LocalDate from, LocalDate to) {
        return toBuilder().validFrom(from).validTo(to).touch().build();
    }

    public Annotation withSource(String text, String url) {
        return toBuilder().source(text).sourceUrl(url).touch().build();
    }

    public Annotation withLocked(boolean l) {
        return toBuilder().locked(l).touch().build();
    }

    /** With one attribute set, or removed when {@code value} is null. */
    public Annotation withAttribute(String key, Object value) {
        return toBuilder().attribute(key, value).touch().build();
    }

    /** A copy with a new id (for duplicate and paste), created now. */
    public Annotation copyWithNewId() {
        Builder b = toBuilder();
        b.id = UUID.randomUUID().toString();
        b.created = Instant.now();
        b.modified = b.created;
        return b.build();
    }

    /** Label for lists: the title, or the kind when untitled. */
    public String displayName() {
        return title.isBlank() ? kind.label() : title;
    }

    /** Value equality over everything but the timestamps (two reads of the same stored row are equal). */
    public boolean sameContent(Annotation o) {
        return id.equals(o.id) && kind == o.kind && geometry.equalsExact(o.geometry) && title.equals(o.title)
                && notes.equals(o.notes) && side == o.side && confidence == o.confidence && status == o.status
                && Objects.equals(validFrom, o.validFrom) && Objects.equals(validTo, o.validTo)
                && source.equals(o.source) && sourceUrl.equals(o.sourceUrl) && locked == o.locked
                && attributes.equals(o.attributes);
    }

    @Override
    public String toString() {
        return kind.code() + " " + id + " \"" + title + "\"";
    }

    /** Mutable staging for an {@link Annotation}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private String id;
        private AnnotationKind kind;
        private Geometry geometry;
        private String title;
        private String notes;
        private Side side;
        private Confidence confidence;
        private ZoneStatus status;
        private LocalDate validFrom;
        private LocalDate validTo;
        private String source;
        private String sourceUrl;
        private Instant created;
        private Instant modified;
        private boolean locked;
        private final Map<String, Object> attributes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder id(String v) {
            id = v;
            return this;
        }

        public Builder kind(AnnotationKind v) {
            kind = v;
            return this;
        }

        public Builder geometry(Geometry v) {
            geometry = v;
            return this;
        }

        public Builder title(String v) {
            title = v;
            return this;
        }

        public Builder notes(String v) {
            notes = v;
            return this;
        }

        public Builder side(Side v) {
            side = v;
            return this;
        }

        public Builder confidence(Confidence v) {
            confidence = v;
            return this;
        }

        public Builder status(ZoneStatus v) {
            status = v;
            return this;
        }

        public Builder validFrom(LocalDate v) {
            validFrom = v;
            return this;
        }

        public Builder validTo(LocalDate v) {
            validTo = v;
            return this;
        }

        public Builder source(String v) {
            source = v;
            return this;
        }

        public Builder sourceUrl(String v) {
            sourceUrl = v;
            return this;
        }

        public Builder created(Instant v) {
            created = v;
            return this;
        }

        public Builder modified(Instant v) {
            modified = v;
            return this;
        }

        public Builder locked(boolean v) {
            locked = v;
            return this;
        }

        /** Sets an attribute; null removes it. */
        public Builder attribute(String key, Object value) {
            if (value == null) {
                attributes.remove(key);
            } else {
                attributes.put(key, value);
            }
            return this;
        }

        /** Marks the annotation modified now. */
        public Builder touch() {
            modified = Instant.now();
            return this;
        }

        public Annotation build() {
            return new Annotation(this);
        }
    }
}
