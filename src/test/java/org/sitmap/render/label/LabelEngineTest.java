package org.sitmap.render.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class LabelEngineTest {
    private final List<String> drawn = new ArrayList<>();

    private LabelJob job(String name, double w, double h, double ax, double ay, int rank) {
        return new LabelJob(w, h, ax, ay, rank, name, (x, y) -> drawn.add(name));
    }

    private static Rectangle2D boxOf(List<Placement> placed, String key) {
        return placed.stream().filter(p -> key.equals(p.job().key())).findFirst().map(Placement::box).orElse(null);
    }

    @Test
    void theFirstFreeCandidateWins() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        grid.reserve(new Rectangle2D.Double(100, 100, 50, 20));
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("a", 40, 10, 100, 100, 1).candidate(105, 105).candidate(200, 105));
        List<Placement> placed = engine.place();
        assertThat(boxOf(placed, "a")).isEqualTo(new Rectangle2D.Double(200, 105, 40, 10));
        assertThat(placed.get(0).leader()).isNull();
    }

    @Test
    void aBlockedLabelGoesOnALeaderFromItsAnchor() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        // A wide symbol under the label's own spot: the leader leaves it.
        Rectangle2D symbol = new Rectangle2D.Double(150, 140, 100, 20);
        grid.reserve(symbol);
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("a", 40, 10, 200, 150, 1).centredAt(200, 150).leaderLeaves(symbol));
        List<Placement> placed = engine.place();
        assertThat(placed).hasSize(1);
        Placement p = placed.get(0);
        assertThat(p.box().intersects(150, 140, 100, 20)).isFalse();
        assertThat(p.leader()).isNotNull();
        assertThat(p.leader().getP1()).isEqualTo(new java.awt.geom.Point2D.Double(200, 150));
    }

    @Test
    void whenOnlyOneFitsTheLowerPriorityIsDropped() {
        // A page just big enough for one label: the higher rank is placed whatever the order added.
        CollisionGrid grid = new CollisionGrid(50, 12, true);
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("low", 40, 10, 25, 6, 1).centredAt(25, 6));
        engine.add(job("high", 40, 10, 25, 6, 9).centredAt(25, 6));
        List<Placement> placed = engine.place();
        assertThat(placed).extracting(p -> p.job().key()).containsExactly("high");
    }

    @Test
    void nothingIsPlacedOffThePage() {
        CollisionGrid grid = new CollisionGrid(100, 100, true);
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("edge", 60, 10, 95, 50, 1).candidate(90, 45).withoutLeader());
        assertThat(engine.place()).isEmpty();
    }

    @Test
    void aPinnedLabelStaysWhereItWasPutAndOthersKeepOut() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("free", 40, 10, 300, 240, 9).centredAt(300, 200));
        engine.add(job("pinned", 40, 10, 100, 100, 1).pinnedAt(300, 200));
        List<Placement> placed = engine.place();
        assertThat(boxOf(placed, "pinned")).isEqualTo(new Rectangle2D.Double(280, 195, 40, 10));
        assertThat(boxOf(placed, "free").intersects(boxOf(placed, "pinned"))).isFalse();
        assertThat(placed.get(0).leader()).as("far from its anchor: a leader").isNotNull();
    }

    @Test
    void aLeaderGoesRoundWhatItWouldCross() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        // The label's own spot is taken; a small symbol sits between the anchor and the nearest leader spot.
        grid.reserve(new Rectangle2D.Double(290, 90, 60, 30));
        Rectangle2D symbol = new Rectangle2D.Double(202, 138, 5, 5);
        grid.reserve(symbol);
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("a", 40, 10, 200, 150, 1).candidate(300, 100));
        List<Placement> placed = engine.place();
        assertThat(placed).hasSize(1);
        assertThat(placed.get(0).leader()).isNotNull();
        assertThat(placed.get(0).leader().intersects(symbol)).as("leader " + placed.get(0).leader().getBounds2D())
                .isFalse();
        assertThat(placed.get(0).box().intersects(symbol)).isFalse();
    }

    @Test
    void aLeaderLeavesItsOwnSymbolButNoOtherTakenBox() {
        Rectangle2D own = new Rectangle2D.Double(190, 140, 20, 20);
        for (boolean leaves : new boolean[] {true, false}) {
            CollisionGrid grid = new CollisionGrid(400, 300, true);
            grid.reserve(own);
            LabelEngine engine = new LabelEngine(grid, 1);
            LabelJob j = job("a", 40, 10, 200, 150, 1).candidate(195, 145);
            engine.add(leaves ? j.leaderLeaves(own) : j);
            // Every leader starts inside the symbol: only the symbol's own label may cross it.
            assertThat(engine.place()).as("leader may leave its symbol: " + leaves).hasSize(leaves ? 1 : 0);
        }
    }

    @Test
    void aPlacedLeaderBlocksLaterLabelsAndLeaders() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        Rectangle2D symbol = new Rectangle2D.Double(180, 140, 40, 20);
        grid.reserve(symbol);
        LabelEngine first = new LabelEngine(grid, 1);
        first.add(job("a", 40, 10, 200, 150, 9).centredAt(200, 150).leaderLeaves(symbol));
        Placement p = first.place().get(0);
        assertThat(p.leader()).isNotNull();
        double mx = (p.leader().getX1() + p.leader().getX2()) / 2;
        double my = (p.leader().getY1() + p.leader().getY2()) / 2;
        LabelEngine later = new LabelEngine(grid, 1);
        later.add(job("b", 4, 4, mx, my, 1).centredAt(mx, my).withoutLeader());
        assertThat(later.place()).as("a label on the leader's path").isEmpty();
        assertThat(grid.isFree(p.leader().getX1() - 30, my, p.leader().getX2() + 30, my))
                .as("a line across the leader").isFalse();
    }

    @Test
    void freeTextStaysWhereTheUserPutItEvenOverOtherFreeTextAndOthersKeepOut() {
        CollisionGrid grid = new CollisionGrid(400, 300, true);
        LabelEngine engine = new LabelEngine(grid, 1);
        // Two texts the user wrote over each other: their choice, both kept exactly, neither moved.
        engine.add(job("t1", 80, 12, 140, 106, 1).fixedAt(100, 100));
        engine.add(job("t2", 80, 12, 160, 110, 1).fixedAt(120, 104));
        // A higher-ranked label wanting the same spot goes elsewhere, its leader round the texts.
        engine.add(job("m", 40, 10, 150, 140, 99).centredAt(150, 106));
        List<Placement> placed = engine.place();
        assertThat(boxOf(placed, "t1")).isEqualTo(new Rectangle2D.Double(100, 100, 80, 12));
        assertThat(boxOf(placed, "t2")).isEqualTo(new Rectangle2D.Double(120, 104, 80, 12));
        assertThat(boxOf(placed, "t1").intersects(boxOf(placed, "t2"))).as("the user's overlap stays").isTrue();
        Placement m = placed.stream().filter(q -> "m".equals(q.job().key())).findFirst().orElseThrow();
        assertThat(m.box().intersects(boxOf(placed, "t1")) || m.box().intersects(boxOf(placed, "t2"))).isFalse();
        assertThat(m.leader()).isNotNull();
        assertThat(m.leader().intersects(boxOf(placed, "t1")) || m.leader().intersects(boxOf(placed, "t2"))).isFalse();
    }

    @Test
    void aConcaveZoneIsNamedInsideItselfNotInItsNotch() throws Exception {
        // A C open to the right: its centroid lies in the notch, outside the shape.
        var c = new WKTReader().read("POLYGON ((0 0, 300 0, 300 60, 80 60, 80 240, 300 240, 300 300, 0 300, 0 0))");
        AreaSpot spot = AreaSpot.of(c, 1000, 1000);
        assertThat(c.getCentroid().within(c)).isFalse();
        assertThat(c.contains(c.getFactory().createPoint(new org.locationtech.jts.geom.Coordinate(spot.x(),
                spot.y())))).isTrue();
        assertThat(spot.radius()).isGreaterThan(25);
    }

    @Test
    void anAreaReachingOffScreenIsNamedInItsVisiblePart() throws Exception {
        var big = new WKTReader().read("POLYGON ((-500 -500, 300 -500, 300 300, -500 300, -500 -500))");
        AreaSpot spot = AreaSpot.of(big, 800, 600);
        assertThat(spot.x()).isBetween(0.0, 300.0);
        assertThat(spot.y()).isBetween(0.0, 300.0);
    }
}
