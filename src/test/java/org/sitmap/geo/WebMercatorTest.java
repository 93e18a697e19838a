package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

class WebMercatorTest {
    private final WebMercator p = WebMercator.INSTANCE;

    @ParameterizedTest
    @CsvSource({"0,0", "35.27,51.19", "-179.999,-84.9", "179.999,84.9", "36.19,51.73", "-122.4,37.77"})
    void forwardThenInverseReturnsThePoint(double lon, double lat) {
        double[] xy = new double[2];
        double[] back = new double[2];
        p.forward(lon, lat, xy);
        p.inverse(xy[0], xy[1], back);
        assertThat(back[0]).isCloseTo(lon, within(1e-9));
        assertThat(back[1]).isCloseTo(lat, within(1e-9));
    }

    @Test
    void matchesPublishedEpsg3857Values() {
        double[] xy = new double[2];
        p.forward(180, 0, xy);
        assertThat(xy[0]).isCloseTo(20037508.342789244, within(1e-6));
        // Sudzha: checked against PROJ (cs2cs EPSG:4326 -> EPSG:3857)
        p.forward(35.27, 51.19, xy);
        assertThat(xy[0]).isCloseTo(3926238.44, within(0.01));
        assertThat(xy[1]).isCloseTo(6654971.59, within(0.01));
    }

    @Test
    void clampsBeyondTheMercatorLimit() {
        double[] a = new double[2];
        double[] b = new double[2];
        p.forward(10, 89.9, a);
        p.forward(10, WebMercator.MAX_LATITUDE, b);
        assertThat(a[1]).isEqualTo(b[1]);
        assertThat(a[1]).isCloseTo(WebMercator.HALF_WORLD, within(1e-3));
    }

    @Test
    void scaleFactorIsSecantOfLatitude() {
        assertThat(p.scaleFactor(0, 0)).isCloseTo(1.0, within(1e-12));
        assertThat(p.scaleFactor(0, 60)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void projectedEnvelopeCoversTheCorners() {
        Envelope e = p.forward(new Envelope(30, 40, 45, 55));
        double[] xy = new double[2];
        p.forward(40, 55, xy);
        assertThat(e.getMaxX()).isCloseTo(xy[0], within(1e-6));
        assertThat(e.getMaxY()).isCloseTo(xy[1], within(1e-6));
    }
}
