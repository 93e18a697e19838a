package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class MeasurementTest {
    private static final Coordinate KYIV = new Coordinate(30.5238, 50.4547);
    private static final Coordinate KURSK = new Coordinate(36.1874, 51.7373);

    @Test
    void kyivToKurskIsAbout440KmHeadingEastNorthEast() {
        Measurement m = Measurement.of(List.of(KYIV, KURSK), false);
        // Great-circle distance on a 6371 km sphere: 420.3 km (haversine); the ellipsoid differs by under 0.5 %.
        assertThat(m.totalKm()).isBetween(415.0, 430.0);
        assertThat(m.lastBearingDeg()).isBetween(65.0, 75.0);
        assertThat(m.areaKm2()).isNaN();
        assertThat(m.text()).contains("km").contains("bearing");
    }

    @Test
    void aDegreeOfLatitudeAlongAMeridianIsDueNorth() {
        Measurement m = Measurement.of(List.of(new Coordinate(30, 50), new Coordinate(30, 51)), false);
        // One degree of latitude at 50.5° N on WGS 84 is 111.23 km (meridian arc tables).
        assertThat(m.totalKm()).isCloseTo(111.23, within(0.05));
        assertThat(m.lastBearingDeg()).isCloseTo(0, within(1e-6));
        Measurement south = Measurement.of(List.of(new Coordinate(30, 51), new Coordinate(30, 50)), false);
        assertThat(south.lastBearingDeg()).isCloseTo(180, within(1e-6));
    }

    @Test
    void legsAddUpAndAClosedPathHasAnArea() {
        List<Coordinate> square = List.of(new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1),
                new Coordinate(0, 1));
        Measurement open = Measurement.of(square, false);
        assertThat(open.legsKm()).hasSize(3);
        assertThat(open.legsKm().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(open.totalKm(),
                within(1e-9));
        Measurement closed = Measurement.of(square, true);
        // A 1° square at the equator: about 111.32 x 110.57 km.
        assertThat(closed.areaKm2()).isCloseTo(12308, within(30.0));
        assertThat(closed.text()).contains("area 12,3");
    }

    @Test
    void destinationAndBearingAreInverse() {
        Coordinate d = Geodesy.destination(KYIV.x, KYIV.y, 70, 440);
        assertThat(Geodesy.distanceKm(KYIV.x, KYIV.y, d.x, d.y)).isCloseTo(440, within(1e-6));
        assertThat(Geodesy.bearingDeg(KYIV.x, KYIV.y, d.x, d.y)).isCloseTo(70, within(1e-6));
    }
}
