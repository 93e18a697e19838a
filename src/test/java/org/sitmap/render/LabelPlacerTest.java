package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {
    @Test
    void secondOverlappingLabelIsRefused() {
        LabelPlacer p = new LabelPlacer(500, 500);
        assertThat(p.tryPlace(new Rectangle2D.Double(10, 10, 100, 20))).isTrue();
        assertThat(p.tryPlace(new Rectangle2D.Double(90, 25, 100, 20))).isFalse();
        assertThat(p.tryPlace(new Rectangle2D.Double(120, 10, 100, 20))).isTrue();
    }

    @Test
    void overlapAcrossGridCellsIsFound() {
        LabelPlacer p = new LabelPlacer(1000, 1000);
        assertThat(p.tryPlace(new Rectangle2D.Double(50, 50, 400, 10))).isTrue();
        assertThat(p.isFree(new Rectangle2D.Double(380, 55, 5, 5))).isFalse();
    }

    @Test
    void reservedAreasKeepLabelsOut() {
        LabelPlacer p = new LabelPlacer(500, 500);
        p.reserve(new Rectangle2D.Double(300, 300, 200, 200));
        assertThat(p.tryPlace(new Rectangle2D.Double(350, 350, 20, 10))).isFalse();
        assertThat(p.tryPlace(new Rectangle2D.Double(10, 350, 20, 10))).isTrue();
    }

    @Test
    void boxesOutsideTheSurfaceAreClampedNotLost() {
        LabelPlacer p = new LabelPlacer(100, 100);
        assertThat(p.tryPlace(new Rectangle2D.Double(-50, -50, 60, 60))).isTrue();
        assertThat(p.isFree(new Rectangle2D.Double(5, 5, 2, 2))).isFalse();
    }
}
