package org.sitmap.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

/** One annotation of every kind with every field and attribute set; coordinates with at most 6 decimals. */
public final class SampleAnnotations {
    private SampleAnnotations() {
    }

    public static Geometry wkt(String wkt) {
        try {
            return new WKTReader(GeoJsonLoader.GEOMETRY_FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * {@link #all()} with the values an import accepts: the V1 fixture keeps an arrow style ("dashed") and a marker
     * symbol ("bridge") written before those were checked, which a briefing may hold but GeoJSON import refuses.
     */
    public static List<Annotation> importable() {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : all()) {
            if ("dashed".equals(a.text(Annotation.ARROW_STYLE))) {
                a = a.toBuilder().attribute(Annotation.ARROW_STYLE, "attack").build();
            }
            if ("bridge".equals(a.text(Annotation.SYMBOL))) {
                a = a.toBuilder().attribute(Annotation.SYMBOL, "x").build();
            }
            out.add(a);
        }
        return out;
    }

    public static List<Annotation> all() {
        Instant t = Instant.parse("2024-08-14T09:30:00Z");
        List<Annotation> list = new ArrayList<>();
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("by", "analyst");
        nested.put("score", 0.75);
        nested.put("tags", new ArrayList<>(java.util.Arrays.asList("a", 2L, true, null)));
        list.add(Annotation.builder(AnnotationKind.ZONE,
                wkt("POLYGON ((35.1 51.2, 35.5 51.2, 35.5 51.5, 35.1 51.5, 35.1 51.2), "
                        + "(35.2 51.3, 35.2 51.4, 35.3 51.4, 35.2 51.3))"))
                .id("zone-1").title("Sudzha salient").notes("line one\nline two « unicode »").side(Side.UKRAINE)
                .status(ZoneStatus.CLAIMED).confidence(Confidence.REPORTED)
                .validFrom(LocalDate.of(2024, 8, 6)).validTo(LocalDate.of(2024, 8, 20))
                .source("ISW").sourceUrl("https://example.org/isw").created(t).modified(t.plusSeconds(60)).locked(true)
                .attribute("review", nested).attribute("weight", 3L).build());
        list.add(Annotation.builder(AnnotationKind.EVACUATION, wkt("POINT (36.123456 50.654321)"))
                .id("evac-1").title("Evacuation of Kupiansk").side(Side.OTHER).confidence(Confidence.CONFIRMED)
                .validFrom(LocalDate.of(2024, 8, 1)).created(t)
                .attribute(Annotation.EVACUATED, 12000L).attribute(Annotation.RADIUS_KM, 15.5)
                .attribute(Annotation.DATE_ORDERED, "2024-08-01").attribute(Annotation.ORDERED_BY, "oblast admin")
                .build());
        list.add(Annotation.builder(AnnotationKind.DECLARATION,
                wkt("MULTIPOLYGON (((34 51, 36 51, 36 52, 34 52, 34 51)), ((30 50, 31 50, 31 51, 30 50)))"))
                .id("decl-1").title("State of emergency").side(Side.RUSSIA).created(t)
                .attribute(Annotation.REGION, "RU-KRS").attribute(Annotation.LEVEL, "federal").build());
        list.add(Annotation.builder(AnnotationKind.MOVEMENT, wkt("LINESTRING (37 48, 37.5 48.2, 38 48.1)"))
                .id("move-1").title("Redeployment").side(Side.RUSSIA).confidence(Confidence.UNCONFIRMED)
                .validTo(LocalDate.of(2024, 9, 1)).created(t)
                .attribute(Annotation.UNIT, "1st Guards Tank Army").attribute(Annotation.SIZE, "brigade")
                .attribute(Annotation.ARROW_STYLE, "dashed").build());
        list.add(Annotation.builder(AnnotationKind.FRONTLINE, wkt("LINESTRING (37 47, 37.2 47.5, 37.4 48)"))
                .id("front-1").side(Side.UKRAINE).created(t).attribute(Annotation.TEETH, "left").build());
        list.add(Annotation.builder(AnnotationKind.BUFFER,
                wkt("POLYGON ((33 50, 34 50, 34 50.5, 33 50.5, 33 50))"))
                .id("buffer-1").title("Buffer").created(t).build());
        list.add(Annotation.builder(AnnotationKind.MARKER, wkt("POINT (35.9 50.0)"))
                .id("marker-1").title("Bridge destroyed").side(Side.UKRAINE).created(t)
                .attribute(Annotation.SYMBOL, "bridge").attribute("flag", false).build());
        list.add(Annotation.builder(AnnotationKind.LABEL, wkt("POINT (36.5 49.5)"))
                .id("label-1").title("KHARKIV OBLAST").created(t).attribute(Annotation.ROTATION, -12.5).build());
        return list;
    }
}
