package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.geo.WebMercator;

class ViewportTest {
    private final WebMercator merc = WebMercator.INSTANCE;
    private final Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(30, 40, 48, 54)), 1000, 800);

    @Test
    void screenAndLonLatRoundTrip() {
        Point2D p = v.lonLatToScreen(35.27, 51.19);
        double[] ll = v.screenToLonLat(p.getX(), p.getY());
        assertThat(ll[0]).isCloseTo(35.27, within(1e-9));
        assertThat(ll[1]).isCloseTo(51.19, within(1e-9));
    }

    @Test
    void northIsUp() {
        Point2D south = v.lonLatToScreen(35, 50);
        Point2D north = v.lonLatToScreen(35, 52);
        assertThat(north.getY()).isLessThan(south.getY());
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        double sx = 123;
        double sy = 456;
        double[] before = v.screenToLonLat(sx, sy);
        Viewport z = v.zoomedAt(3.0, sx, sy);
        double[] after = z.screenToLonLat(sx, sy);
        assertThat(z.resolution()).isCloseTo(v.resolution() / 3, within(1e-9));
        assertThat(after[0]).isCloseTo(before[0], within(1e-9));
        assertThat(after[1]).isCloseTo(before[1], within(1e-9));
    }

    @Test
    void panMovesContentWithThePointer() {
        Point2D before = v.lonLatToScreen(35, 51);
        Point2D after = v.pannedBy(40, -25).lonLatToScreen(35, 51);
        assertThat(after.getX() - before.getX()).isCloseTo(40, within(1e-6));
        assertThat(after.getY() - before.getY()).isCloseTo(-25, within(1e-6));
    }

    @Test
    void fittingShowsTheWholeEnvelope() {
        Envelope shown = v.lonLatEnvelope();
        shown.expandBy(1e-9);
        assertThat(shown.contains(new Envelope(30, 40, 48, 54))).isTrue();
        assertThat(shown.getWidth() <= 10 + 1e-6 || shown.getHeight() <= 6 + 1e-6).isTrue();
    }

    @Test
    void scaleDenominatorUsesGroundDistance() {
        // 1 map metre per pixel at 60 degrees north is 0.5 ground metres: 1:1786 for a 0.28 mm pixel.
        double[] c = new double[2];
        merc.forward(0, 60, c);
        Viewport at60 = new Viewport(merc, c[0], c[1], 1.0, 100, 100);
        assertThat(at60.scaleDenominator()).isCloseTo(0.5 / 0.00028, within(1.0));
    }

    @Test
    void affineTransformAgreesWithPointMethods() {
        Point2D.Double out = new Point2D.Double();
        v.worldToScreen().transform(new Point2D.Double(3_900_000, 6_600_000), out);
        assertThat(out.x).isCloseTo(v.worldToScreenX(3_900_000), within(1e-6));
        assertThat(out.y).isCloseTo(v.worldToScreenY(6_600_000), within(1e-6));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Viewport(merc, 0, 0, -1, 10, 10)).hasMessageContaining("Resolution");
        assertThatThrownBy(() -> v.zoomedAt(0, 0, 0)).hasMessageContaining("Zoom factor");
    }
}
