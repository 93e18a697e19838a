package org.sitmap.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.basemap.BaseMapStyles;
import org.sitmap.geo.LayerIndex;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.MapFeature;
import org.sitmap.model.MapLayer;
import org.sitmap.render.RenderLayer;
import org.sitmap.render.Viewport;
import org.sitmap.style.StyleSheets;

/** Snapping in pixels on a viewport of about 1 km per pixel near Sudzha. */
class SnapperTest {
    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private final Viewport view = viewAround(35.0, 51.0);
    private final Snapper snapper = new Snapper();
    /** A north-south border along 35.2° E with a vertex at 51.0° N. */
    private final RenderLayer border = layer("base-admin1-borders", "LINESTRING (35.2 50.5, 35.2 51.0, 35.2 51.5)");
    private final Annotation zone = Annotation.create(AnnotationKind.ZONE,
            wkt("POLYGON ((34.8 50.9, 34.9 50.9, 34.9 51.0, 34.8 51.0, 34.8 50.9))"));

    private static Viewport viewAround(double lon, double lat) {
        double[] c = new double[2];
        WebMercator.INSTANCE.forward(lon, lat, c);
        return new Viewport(WebMercator.INSTANCE, c[0], c[1], 1500, 1000, 800);
    }

    private static RenderLayer layer(String id, String wkt) {
        List<MapFeature> features = List.of(new MapFeature(wkt(wkt), Map.of()));
        MapLayer l = new MapLayer(id, id, features, BaseMapStyles.userLayer(StyleSheets.standard(), 0), "test");
        return new RenderLayer(l, LayerIndex.build(features, WebMercator.INSTANCE, () -> false));
    }

    private Snapper.Snap snapNear(double lon, double lat, double dxPx, double dyPx) {
        Point2D p = view.lonLatToScreen(lon, lat);
        return snapper.snap(view, p.getX() + dxPx, p.getY() + dyPx, List.of(border), List.of(zone));
    }

    @BeforeEach
    void on() {
        snapper.setEnabled(true);
    }

    @Test
    void aVertexWithinTheToleranceIsTakenExactly() {
        Snapper.Snap s = snapNear(34.9, 51.0, 5, -4);
        assertThat(s.target()).isEqualTo(Snapper.Target.VERTEX);
        assertThat(s.at()).isEqualTo(new Coordinate(34.9, 51.0));
    }

    @Test
    void aBorderVertexWinsOverTheNearerSegment() {
        // 3 px beside the border's middle vertex and 2 px from the line: the vertex is taken.
        Snapper.Snap s = snapNear(35.2, 51.0, 2, 2);
        assertThat(s.target()).isEqualTo(Snapper.Target.VERTEX);
        assertThat(s.at().x).isCloseTo(35.2, within(1e-9));
        assertThat(s.at().y).isCloseTo(51.0, within(1e-9));
    }

    @Test
    void awayFromVerticesItSnapsOntoTheBorderLine() {
        Snapper.Snap s = snapNear(35.2, 51.25, 6, 0);
        assertThat(s.target()).isEqualTo(Snapper.Target.BORDER);
        assertThat(s.at().x).isCloseTo(35.2, within(1e-9));
        assertThat(s.at().y).isCloseTo(51.25, within(1e-6));
    }

    @Test
    void nothingBeyondTheToleranceOrWhenSwitchedOff() {
        Snapper.Snap far = snapNear(35.2, 51.25, 12, 0);
        assertThat(far.snapped()).isFalse();
        Point2D p = view.lonLatToScreen(35.2, 51.25);
        double[] plain = view.screenToLonLat(p.getX() + 12, p.getY());
        assertThat(far.at()).isEqualTo(new Coordinate(plain[0], plain[1]));

        snapper.setTolerancePx(15);
        assertThat(snapNear(35.2, 51.25, 12, 0).target()).isEqualTo(Snapper.Target.BORDER);
        snapper.setEnabled(false);
        assertThat(snapNear(34.9, 51.0, 1, 1).snapped()).isFalse();
    }

    @Test
    void hiddenBorderLayersDoNotAttract() {
        border.layer().setVisible(false);
        assertThat(snapNear(35.2, 51.25, 3, 0).snapped()).isFalse();
    }
}
