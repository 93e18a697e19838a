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
        grid.reserve(new Rectangle2D.Double(150, 140, 100, 20));
        LabelEngine engine = new LabelEngine(grid, 1);
        engine.add(job("a", 40, 10, 200, 150, 1).centredAt(200, 150));
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
        engine.add(job("free", 40, 10, 100, 100, 9).centredAt(300, 200));
        engine.add(job("pinned", 40, 10, 100, 100, 1).pinnedAt(300, 200));
        List<Placement> placed = engine.place();
        assertThat(boxOf(placed, "pinned")).isEqualTo(new Rectangle2D.Double(280, 195, 40, 10));
        assertThat(boxOf(placed, "free").intersects(boxOf(placed, "pinned"))).isFalse();
        assertThat(placed.get(0).leader()).as("far from its anchor: a leader").isNotNull();
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
