package org.sitmap.render.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The grid's checks of a leader's path: a line through a taken box is refused, one along its edge is not. */
class CollisionGridTest {
    @Test
    void aLineThroughATakenBoxIsRefusedOneBesideOrAlongItsEdgeIsNot() {
        CollisionGrid grid = new CollisionGrid(400, 300);
        grid.reserve(new Rectangle2D.Double(100, 100, 20, 10));
        assertThat(grid.isFree(50, 50, 200, 160)).as("diagonal through the box").isFalse();
        assertThat(grid.isFree(110, 0, 110, 300)).as("vertical through the box").isFalse();
        assertThat(grid.isFree(50, 100, 200, 100)).as("along its top edge").isTrue();
        assertThat(grid.isFree(120, 0, 120, 300)).as("along its right edge").isTrue();
        assertThat(grid.isFree(90, 95, 130, 95)).as("above it").isTrue();
        assertThat(grid.isFree(0, 0, 99, 99)).as("stopping short of its corner").isTrue();
    }

    @Test
    void aLongLineMeetsABoxFarFromItsEnds() {
        // Cells are small: the check must walk every cell the line crosses, not only its ends'.
        CollisionGrid grid = new CollisionGrid(2000, 1000);
        grid.reserve(new Rectangle2D.Double(999, 499, 2, 2));
        assertThat(grid.isFree(0, 0, 2000, 1000)).isFalse();
        assertThat(grid.isFree(0, 10, 2000, 1010)).isTrue();
    }

    @Test
    void aReservedLeaderBlocksBoxesOnItsPathButNotBesideIt() {
        CollisionGrid grid = new CollisionGrid(400, 300);
        grid.reserve(new Line2D.Double(0, 0, 200, 200), 3);
        assertThat(grid.isFree(new Rectangle2D.Double(95, 95, 10, 10))).isFalse();
        assertThat(grid.isFree(new Rectangle2D.Double(120, 20, 40, 10))).as("beside the line").isTrue();
        assertThat(grid.isFree(0, 200, 200, 0)).as("a line crossing it").isFalse();
    }

    @Test
    void onAPageOnlyGridALineLeavingThePageIsRefused() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        assertThat(grid.isFree(10, 10, 500, 10)).isFalse();
        assertThat(grid.isFree(10, 10, 390, 10)).isTrue();
    }
}
