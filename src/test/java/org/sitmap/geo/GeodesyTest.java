package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeodesyTest {
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257223563;

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Independent check: the area between the equator and latitude phi per radian of longitude on the WGS 84
     * ellipsoid (closed form of the authalic integral), in km².
     */
    private static double bandKm2(double phiDegrees) {
        double e2 = F * (2 - F);
        double e = Math.sqrt(e2);
        double b = A * (1 - F);
        double s = Math.sin(Math.toRadians(phiDegrees));
        double q = s / (1 - e2 * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
        return b * b / 2 * q / 1e6;
    }

    @Test
    void oneDegreeCellAtTheEquatorMatchesTheClosedForm() {
        double area = Geodesy.areaKm2(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));
        double expected = Math.toRadians(1) * bandKm2(1);
        // The northern edge is a geodesic, not the parallel: it bulges north by metres, a fraction of a km².
        assertThat(area).isCloseTo(expected, within(1.0));
        assertThat(area).isCloseTo(12_308, within(5.0));
    }

    @Test
    void ringOrientationDoesNotMatter() {
        double ccw = Geodesy.areaKm2(wkt("POLYGON ((30 50, 31 50, 31 51, 30 51, 30 50))"));
        double cw = Geodesy.areaKm2(wkt("POLYGON ((30 50, 30 51, 31 51, 31 50, 30 50))"));
        assertThat(cw).isCloseTo(ccw, within(1e-6));
        assertThat(ccw).isCloseTo(Math.toRadians(1) * (bandKm2(51) - bandKm2(50)), within(2.0));
    }

    @Test
    void holesAreSubtractedAndPartsSummed() {
        double outer = Geodesy.areaKm2(wkt("POLYGON ((30 50, 32 50, 32 52, 30 52, 30 50))"));
        double hole = Geodesy.areaKm2(wkt("POLYGON ((30.5 50.5, 31.5 50.5, 31.5 51.5, 30.5 51.5, 30.5 50.5))"));
        double withHole = Geodesy.areaKm2(wkt("POLYGON ((30 50, 32 50, 32 52, 30 52, 30 50), "
                + "(30.5 50.5, 31.5 50.5, 31.5 51.5, 30.5 51.5, 30.5 50.5))"));
        assertThat(withHole).isCloseTo(outer - hole, within(1e-6));
        double other = Geodesy.areaKm2(wkt("POLYGON ((35 48, 36 48, 36 49, 35 49, 35 48))"));
        double multi = Geodesy.areaKm2(wkt("MULTIPOLYGON (((30 50, 32 50, 32 52, 30 52, 30 50), "
                + "(30.5 50.5, 31.5 50.5, 31.5 51.5, 30.5 51.5, 30.5 50.5)), ((35 48, 36 48, 36 49, 35 49, 35 48)))"));
        assertThat(multi).isCloseTo(withHole + other, within(1e-6));
    }

    @Test
    void areaRejectsLines() {
        assertThatThrownBy(() -> Geodesy.areaKm2(wkt("LINESTRING (0 0, 1 1)")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LineString");
    }

    @Test
    void kyivToKharkivMatchesProjGeod() {
        // echo "50.45 30.52 50.00 36.23" | geod +ellps=WGS84 -I +units=km  ->  410.428
        assertThat(Geodesy.distanceKm(30.52, 50.45, 36.23, 50.00)).isCloseTo(410.428, within(0.001));
    }

    @Test
    void lengthIsTheSumOfItsGeodesicSegments() {
        LineString line = (LineString) wkt("LINESTRING (30.52 50.45, 33 50.2, 36.23 50.00)");
        double expected = Geodesy.distanceKm(30.52, 50.45, 33, 50.2) + Geodesy.distanceKm(33, 50.2, 36.23, 50.0);
        assertThat(Geodesy.lengthKm(line)).isCloseTo(expected, within(1e-9));
        assertThat(Geodesy.lengthKm(line)).isGreaterThan(410.428);
    }

    @Test
    void circleVerticesLieAtTheRadiusAndEncloseItsArea() {
        Polygon c = Geodesy.circle(35.27, 51.19, 20, 180);
        assertThat(c.isValid()).isTrue();
        assertThat(c.getExteriorRing().isClosed()).isTrue();
        assertThat(c.getNumPoints()).isEqualTo(181);
        for (Coordinate p : c.getCoordinates()) {
            assertThat(Geodesy.distanceKm(35.27, 51.19, p.x, p.y)).isCloseTo(20, within(1e-6));
        }
        // An inscribed 180-gon has 0.02 % less area than the circle.
        assertThat(Geodesy.areaKm2(c)).isCloseTo(Math.PI * 400, within(Math.PI * 400 * 0.002));
    }

    @Test
    void circleAcrossTheAntimeridianKeepsLongitudesContinuous() {
        Polygon c = Geodesy.circle(179.9, 65, 50, 64);
        for (Coordinate p : c.getCoordinates()) {
            assertThat(p.x).isBetween(178.0, 182.0);
        }
        assertThat(c.isValid()).isTrue();
    }

    @Test
    void circleRejectsBadArguments() {
        assertThatThrownBy(() -> Geodesy.circle(0, 0, 0, 32)).hasMessageContaining("Radius");
        assertThatThrownBy(() -> Geodesy.circle(0, 0, 5, 2)).hasMessageContaining("segments");
        assertThatThrownBy(() -> Geodesy.circle(0, 95, 5, 32)).hasMessageContaining("lon/lat");
    }
}
