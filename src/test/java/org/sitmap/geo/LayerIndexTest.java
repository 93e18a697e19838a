package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.sitmap.model.MapFeature;

class LayerIndexTest {
    private final WebMercator merc = WebMercator.INSTANCE;

    @Test
    void queryReturnsOnlyIntersectingFeaturesInLayerOrder() throws Exception {
        WKTReader r = new WKTReader();
        List<MapFeature> fs = List.of(
                new MapFeature(r.read("POINT (10 10)"), Map.of()),
                new MapFeature(r.read("POLYGON ((30 50, 31 50, 31 51, 30 51, 30 50))"), Map.of()),
                new MapFeature(r.read("POINT (30.5 50.5)"), Map.of()),
                new MapFeature(r.read("LINESTRING (-100 40, -90 41)"), Map.of()));
        LayerIndex idx = LayerIndex.build(fs, merc);
        List<Integer> hits = new ArrayList<>();
        idx.query(merc.forward(new Envelope(29, 32, 49, 52)), hits::add);
        assertThat(hits).containsExactly(1, 2);
        assertThat(idx.size()).isEqualTo(4);
    }

    @Test
    void geometriesAreProjectedNotShared() throws Exception {
        Geometry original = new WKTReader().read("POINT (35.27 51.19)");
        LayerIndex idx = LayerIndex.build(List.of(new MapFeature(original, Map.of())), merc);
        double[] xy = new double[2];
        merc.forward(35.27, 51.19, xy);
        assertThat(idx.geometry(0).getCoordinate().x).isEqualTo(xy[0]);
        assertThat(original.getCoordinate().x).isEqualTo(35.27);
    }

    @Test
    void coarserBandsHaveFewerVerticesButStayWithinHalfAPixel() {
        GeometricShapeFactory shapes = new GeometricShapeFactory(new GeometryFactory());
        shapes.setCentre(new Coordinate(35, 51));
        shapes.setSize(2);
        shapes.setNumPoints(4000);
        Geometry circle = shapes.createCircle();
        LayerIndex idx = LayerIndex.build(List.of(new MapFeature(circle, Map.of())), merc);
        Geometry full = idx.geometry(0, 1);
        Geometry coarse = idx.geometry(0, 5000);
        assertThat(full.getNumPoints()).isEqualTo(circle.getNumPoints());
        assertThat(coarse.getNumPoints()).isLessThan(full.getNumPoints() / 10);
        // Simplification must be invisible: the shapes differ by less than half a pixel at that resolution.
        assertThat(DiscreteHausdorffDistance.distance(full, coarse)).isLessThan(2500);
        assertThat(coarse.getArea()).isCloseTo(full.getArea(), org.assertj.core.api.Assertions.withinPercentage(3));
        assertThat(idx.geometry(0, 5000)).isSameAs(coarse);
    }

    @Test
    void labelAnchorOfAPolygonLiesInside() throws Exception {
        Geometry u = new WKTReader().read(
                "POLYGON ((30 50, 36 50, 36 51, 31 51, 31 53, 36 53, 36 54, 30 54, 30 50))");
        LayerIndex idx = LayerIndex.build(List.of(new MapFeature(u, Map.of())), merc);
        Coordinate a = idx.labelAnchor(0);
        assertThat(idx.geometry(0).contains(new GeometryFactory().createPoint(a))).isTrue();
    }
}
