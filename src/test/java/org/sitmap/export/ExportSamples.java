package org.sitmap.export;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;

/** A small Kursk-incursion briefing for export tests: zones, an axis, a marker, an evacuation, sources. */
public final class ExportSamples {
    public static final LocalDate DAY = LocalDate.of(2024, 8, 14);
    /** Centre of the Ukrainian-held zone. */
    public static final double ZONE_LON = 35.25;
    public static final double ZONE_LAT = 51.25;

    private ExportSamples() {
    }

    public static Geometry wkt(String wkt) {
        try {
            return new WKTReader(GeoJsonLoader.GEOMETRY_FACTORY).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The Ukrainian zone only (solid fill, easy to find in pixels). */
    public static Annotation zone() {
        return Annotation.builder(AnnotationKind.ZONE,
                wkt("POLYGON ((34.75 50.95, 35.75 50.95, 35.75 51.55, 34.75 51.55, 34.75 50.95))"))
                .id("zone-ua").title("Ukrainian-held area").side(Side.UKRAINE)
                .status(ZoneStatus.ASSESSED_CONTROL).confidence(Confidence.LIKELY)
                .validFrom(LocalDate.of(2024, 8, 6)).source("Institute for the Study of War").build();
    }

    public static List<Annotation> all() {
        return List.of(zone(),
                Annotation.builder(AnnotationKind.MOVEMENT, wkt("LINESTRING (34.9 50.75, 35.1 51.0, 35.3 51.3)"))
                        .id("axis-ua").title("Main effort").side(Side.UKRAINE).validFrom(LocalDate.of(2024, 8, 6))
                        .attribute(Annotation.ARROW_STYLE, "axis").source("Ukrainian Army spokesman").build(),
                Annotation.builder(AnnotationKind.ZONE,
                        wkt("POLYGON ((35.75 51.1, 36.2 51.1, 36.2 51.45, 35.75 51.45, 35.75 51.1))"))
                        .id("zone-claim").title("Claimed advance").side(Side.UKRAINE).status(ZoneStatus.CLAIMED)
                        .confidence(Confidence.REPORTED).validFrom(LocalDate.of(2024, 8, 10))
                        .source("Ukrainian Army spokesman").build(),
                Annotation.builder(AnnotationKind.EVACUATION, wkt("POINT (36.19 51.73)"))
                        .id("evac-kursk").title("Evacuation of Kursk outskirts").side(Side.OTHER)
                        .validFrom(LocalDate.of(2024, 8, 8)).attribute(Annotation.RADIUS_KM, 25.0)
                        .attribute(Annotation.EVACUATED, 121000L).source("Kursk regional governor").build(),
                Annotation.builder(AnnotationKind.MARKER, wkt("POINT (35.27 51.19)"))
                        .id("sudzha").title("Sudzha").side(Side.UKRAINE).attribute(Annotation.SYMBOL, "star")
                        .validFrom(LocalDate.of(2024, 8, 12)).source("U.S. official").build(),
                Annotation.builder(AnnotationKind.FRONTLINE, wkt("LINESTRING (37.5 47.6, 37.8 48.1, 38.0 48.6)"))
                        .id("front-ru").side(Side.RUSSIA).validFrom(LocalDate.of(2024, 7, 1))
                        .source("Institute for the Study of War").build(),
                Annotation.builder(AnnotationKind.ZONE,
                        wkt("POLYGON ((37.9 47.8, 39.5 47.8, 39.5 49.0, 38.0 48.6, 37.9 47.8))"))
                        .id("zone-ru").title("Russian-held").side(Side.RUSSIA)
                        .status(ZoneStatus.ASSESSED_CONTROL).source("Institute for the Study of War").build(),
                // Not valid on DAY: must not be drawn or credited.
                Annotation.builder(AnnotationKind.MARKER, wkt("POINT (36.0 50.0)"))
                        .id("future").title("Later event").side(Side.RUSSIA).attribute(Annotation.SYMBOL, "x")
                        .validFrom(LocalDate.of(2024, 9, 1)).source("Future source").build());
    }
}
