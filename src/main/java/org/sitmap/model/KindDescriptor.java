package org.sitmap.model;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * All the model knows about one kind of annotation, in one place: the geometry it needs, its own typed attributes
 * (their interchange names, form rows and import checks), the defaults of a new one, its legend wording and the
 * tools that draw it. One subclass per kind, registered in {@link AnnotationKind#descriptor()}; its drawing lives
 * in the render package's painter for the kind. Immutable and thread-safe.
 */
public abstract class KindDescriptor {
    private final AnnotationKind kind;

    protected KindDescriptor(AnnotationKind kind) {
        this.kind = kind;
    }

    public AnnotationKind kind() {
        return kind;
    }

    /** The kind's own attributes, in the order the property form shows them. */
    public abstract List<KindAttribute> attributes();

    /** The attributes the form shows for {@code a} (some only apply to one geometry). */
    public List<KindAttribute> attributes(Annotation a) {
        return attributes();
    }

    /** The tool-bar buttons that draw this kind; at least one (a kind nobody can draw is a mistake). */
    public abstract List<KindTool> tools();

    /**
     * Why {@code geometry} cannot depict this kind, or null if it can. By default: areas need polygons, lines a
     * line string of at least two points, point kinds a point.
     */
    public String geometryProblem(Geometry geometry, Map<String, Object> attributes) {
        if (geometry.isEmpty()) {
            return kind.code() + " has an empty geometry";
        }
        return switch (kind.shape()) {
            case AREA -> geometry instanceof Polygonal ? null
                    : kind.code() + " needs a Polygon or MultiPolygon, not a " + geometry.getGeometryType();
            case LINE -> geometry instanceof LineString && geometry.getNumPoints() >= 2 ? null
                    : kind.code() + " needs a LineString of at least 2 points, not a " + geometry.getGeometryType();
            case POINT -> geometry instanceof Point ? null
                    : kind.code() + " needs a Point, not a " + geometry.getGeometryType();
        };
    }

    /** Why one of {@code attributes} (as imported) is not a value of its kind's attribute, or null. */
    public String attributeProblem(Map<String, Object> attributes) {
        for (KindAttribute k : attributes()) {
            Object value = attributes.get(k.name());
            String problem = value == null ? null : k.problem(value);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Sets the attributes a newly drawn annotation of this kind starts with. */
    public void applyDefaults(Annotation.Builder b) {
    }

    /** Whether the kind has a {@link ZoneStatus} (always set then). */
    public boolean hasStatus() {
        return false;
    }

    /** How far beyond its geometry the annotation covers the ground, in km (a circle's radius), or 0. */
    public double reachKm(Annotation a) {
        return 0;
    }

    /** Whether the kind has an entry in a map's legend. */
    public boolean inLegend() {
        return true;
    }

    /**
     * Which of the kind's looks {@code a} has, for the legend and the style sheet's {@code variant} (an arrow style,
     * a marker symbol), or null when the kind has one look.
     */
    public KindLook legendVariant(Annotation a) {
        return null;
    }

    /** What the legend says the look is: "Axis of advance", "Captured town"... */
    public String legendText(ZoneStatus status, KindLook variant) {
        return variant != null ? variant.legendText() : kind.label();
    }

    /** What {@code a} is for in the legend's words ("staging area"), or null to name the look. */
    public String legendCategory(Annotation a) {
        return null;
    }

    /**
     * {@code a} with {@code mark} (a source note's superscript number) appended to the text its label shows: the
     * title, unless the kind labels something else. A blank title gets no mark (it draws no label).
     */
    public Annotation withLabelMark(Annotation a, String mark) {
        return a.title().isBlank() ? a : a.withTitle(a.title() + mark);
    }

    /** Whether the legend names the side ("Russia: ..."): not for kinds that are nobody's. */
    public boolean sided(ZoneStatus status) {
        return true;
    }

    /** The one tool that draws this kind by clicking its shape, labelled {@code button}. */
    protected final List<KindTool> drawTool(String button, char key) {
        return List.of(new KindTool(KindTool.Gesture.DRAW, button, key,
                "Draw " + kind.label().toLowerCase(java.util.Locale.ROOT) + " (" + key + ")"));
    }
}
