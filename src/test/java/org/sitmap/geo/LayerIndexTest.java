package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
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

    @Test
    void zoomedOutIslandsUnderTwoPixelsAreLeftOutButLinesAndLargeAreasStay() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        Geometry land = circle(35, 52, 5, 64).createCircle();
        Geometry islet = circle(20, 40, 0.001, 20).createCircle();
        Geometry specksCoast = circle(5, 5, 0.001, 20).createCircle().getBoundary();
        Geometry shortBorder = gf.createLineString(java.util.Arrays.copyOf(specksCoast.getCoordinates(), 15));
        List<MapFeature> fs = List.of(
                new MapFeature(gf.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                    (org.locationtech.jts.geom.Polygon) land, (org.locationtech.jts.geom.Polygon) islet}), Map.of()),
                new MapFeature(shortBorder, Map.of()),
                new MapFeature(specksCoast, Map.of()));
        LayerIndex idx = LayerIndex.build(fs, merc);
        double res = 20_000; // about 1:70M: the islet is a hundredth of a pixel across

        assertThat(idx.geometry(0, res).getNumGeometries()).isEqualTo(1);
        assertThat(idx.geometry(0, res).getArea()).isGreaterThan(0.95 * idx.geometry(0).getArea());
        assertThat(idx.geometry(1, res).isEmpty()).as("open lines may be part of a longer border").isFalse();
        assertThat(idx.geometry(2, res).isEmpty()).as("a closed line that small is a speck").isTrue();
        assertThat(idx.geometry(0, 1).getNumGeometries()).as("zoomed in, all is drawn").isEqualTo(2);
    }

    private static GeometricShapeFactory circle(double lon, double lat, double radius, int points) {
        GeometricShapeFactory f = new GeometricShapeFactory();
        f.setCentre(new Coordinate(lon, lat));
        f.setSize(2 * radius);
        f.setNumPoints(points);
        return f;
    }

    @Test
    void aPolygonAcrossTheDateLineIsIndexedInPieces() throws Exception {
        Geometry island = new WKTReader().read("POLYGON ((178 -17, -178 -17, -178 -16, 178 -16, 178 -17))");
        LayerIndex idx = LayerIndex.build(List.of(new MapFeature(island, Map.of())), merc);
        Geometry drawn = idx.geometry(0);
        assertThat(drawn.getNumGeometries()).isEqualTo(2);
        for (int k = 0; k < 2; k++) {
            assertThat(drawn.getGeometryN(k).getEnvelopeInternal().getWidth()).isLessThan(500_000);
        }
    }
}
