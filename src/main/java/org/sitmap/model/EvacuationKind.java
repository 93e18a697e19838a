package org.sitmap.model;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Evacuation area: a polygon, or a point with a positive {@code radius_km} (a geodesic circle); how many people
 * were evacuated, who ordered it and when. Nobody's side.
 */
public final class EvacuationKind extends KindDescriptor {
    private static final KindAttribute RADIUS = KindAttribute.number(Annotation.RADIUS_KM, "radiusKm", "Radius (km)",
            false, 0.0, false);
    private static final List<KindAttribute> COMMON = List.of(
            KindAttribute.number(Annotation.EVACUATED, "evacuated", "People evacuated", true, 0.0, true),
            KindAttribute.text(Annotation.ORDERED_BY, "orderedBy", "Ordered by"),
            KindAttribute.date(Annotation.DATE_ORDERED, "dateOrdered", "Date ordered"));
    private static final List<KindAttribute> CIRCLE = List.of(COMMON.get(0), COMMON.get(1), COMMON.get(2), RADIUS);

    EvacuationKind() {
        super(AnnotationKind.EVACUATION);
    }

    @Override
    public List<KindAttribute> attributes() {
        return COMMON;
    }

    @Override
    public List<KindAttribute> attributes(Annotation a) {
        return a.geometry() instanceof Point ? CIRCLE : COMMON;
    }

    @Override
    public List<KindTool> tools() {
        return List.of(drawTool("Evacuation", 'E').get(0), new KindTool(KindTool.Gesture.CIRCLE, "Circle", 'C',
                "Evacuation circle (C): press at the centre, drag the radius"));
    }

    @Override
    public String geometryProblem(Geometry geometry, Map<String, Object> attributes) {
        if (!geometry.isEmpty() && geometry instanceof Point) {
            Object r = attributes.get(Annotation.RADIUS_KM);
            return r instanceof Number n && n.doubleValue() > 0 ? null
                    : "an evacuation area given as a Point needs a positive radius_km";
        }
        return super.geometryProblem(geometry, attributes);
    }

    /** True when the area is given as a centre and a radius. */
    public static boolean isCircle(Annotation a) {
        return a.kind() == AnnotationKind.EVACUATION && a.geometry() instanceof Point;
    }

    @Override
    public double reachKm(Annotation a) {
        return a.geometry() instanceof Point ? a.number(Annotation.RADIUS_KM, 0) : 0;
    }

    @Override
    public String legendText(ZoneStatus status, KindLook variant) {
        return "Evacuation area";
    }

    @Override
    public boolean sided(ZoneStatus status) {
        return false;
    }
}
