package org.sitmap.model;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Range ring: a point with {@code radii_km}, a list of distances such as [15, 30, 60], drawn as geodesic circles
 * around it with their distances written on them; for strike and artillery ranges.
 */
public final class RangeRingKind extends KindDescriptor {
    /** The radii a newly drawn ring starts with, in km. */
    public static final List<Number> DEFAULT_RADII = List.of(15L, 30L, 60L);
    private static final List<KindAttribute> ATTRIBUTES = List.of(
            KindAttribute.distances(Annotation.RADII_KM, "radii", "Radii (km)"));

    RangeRingKind() {
        super(AnnotationKind.RANGE_RING);
    }

    @Override
    public List<KindAttribute> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public List<KindTool> tools() {
        return List.of(new KindTool(KindTool.Gesture.DRAW, "Ring", 'R',
                "Draw range ring (R): click the centre, then type the radii in the form"));
    }

    @Override
    public String geometryProblem(Geometry geometry, Map<String, Object> attributes) {
        String problem = super.geometryProblem(geometry, attributes);
        return problem != null ? problem : Distances.problem("a range ring's radii_km", attributes.get(
                Annotation.RADII_KM));
    }

    @Override
    public void applyDefaults(Annotation.Builder b) {
        b.attribute(Annotation.RADII_KM, DEFAULT_RADII);
    }

    /** The ring's radii in km, as stored (in the order given). */
    public static double[] radii(Annotation a) {
        return Distances.of(a.attribute(Annotation.RADII_KM));
    }

    @Override
    public double reachKm(Annotation a) {
        double max = 0;
        for (double r : radii(a)) {
            max = Math.max(max, r);
        }
        return max;
    }
}
