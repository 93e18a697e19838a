package org.sitmap.model;

/** What an annotation depicts; decides its geometry type, its own attributes and how it is drawn. */
public enum AnnotationKind {
    /** Controlled or captured zone: polygon with a {@link ZoneStatus}. */
    ZONE("Controlled zone", Shape.AREA),
    /** Evacuation area: polygon, or a point with {@code radius_km}; {@code evacuated} people. */
    EVACUATION("Evacuation area", Shape.AREA),
    /** State of emergency or other declaration over an admin-1 region ({@code region} ISO 3166-2 code). */
    DECLARATION("Declaration", Shape.AREA),
    /** Redeployment / movement arrow from origin to destination: line; {@code unit}, arrow {@code style}. */
    MOVEMENT("Movement arrow", Shape.LINE),
    /** Frontline: line with teeth on one side. */
    FRONTLINE("Frontline", Shape.LINE),
    /** Buffer zone: polygon drawn as a hatched band. */
    BUFFER("Buffer zone", Shape.AREA),
    /** Marker / point of interest: symbol and label. */
    MARKER("Marker", Shape.POINT),
    /** Free text label, rotatable, with halo. */
    LABEL("Text label", Shape.POINT),
    /** Range ring: a point with {@code radii_km}, drawn as geodesic circles at those distances. */
    RANGE_RING("Range ring", Shape.POINT);

    private static final KindDescriptor[] DESCRIPTORS = new KindDescriptor[values().length];

    /** The geometry an annotation of this kind is drawn from. */
    public enum Shape { AREA, LINE, POINT }

    private final String label;
    private final Shape shape;

    AnnotationKind(String label, Shape shape) {
        this.label = label;
        this.shape = shape;
    }

    public String label() {
        return label;
    }

    /** The label, so lists and choice boxes read naturally; use {@link #code()} for files. */
    @Override
    public String toString() {
        return label;
    }

    public Shape shape() {
        return shape;
    }

    /** The interchange code: {@code zone}, {@code evacuation}, ... as in the GeoJSON {@code kind} property. */
    public String code() {
        return Codes.of(this);
    }

    /**
     * Everything the model knows about this kind. The one registry of descriptors: a new kind without one does not
     * compile (the switch has no default).
     */
    public KindDescriptor descriptor() {
        KindDescriptor d = DESCRIPTORS[ordinal()];
        if (d == null) {
            d = switch (this) {
                case ZONE -> new ZoneKind();
                case EVACUATION -> new EvacuationKind();
                case DECLARATION -> new DeclarationKind();
                case MOVEMENT -> new MovementKind();
                case FRONTLINE -> new FrontlineKind();
                case BUFFER -> new BufferKind();
                case MARKER -> new MarkerKind();
                case LABEL -> new LabelKind();
                case RANGE_RING -> new RangeRingKind();
            };
            DESCRIPTORS[ordinal()] = d; // a race only builds an equal, stateless descriptor twice
        }
        return d;
    }

    public static AnnotationKind fromCode(String code) {
        return Codes.parse(AnnotationKind.class, code, "kind");
    }
}
