package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitmap.basemap.BaseMap;
import org.sitmap.model.Annotation;
import org.sitmap.render.AnnotationPainter;
import org.sitmap.render.LegendEntry;
import org.sitmap.render.Viewport;

class MapLayoutTest {
    private static final List<LegendEntry> LEGEND = AnnotationPainter.legendFor(ExportSamples.all());
    private static final String ATTRIBUTION = BaseMap.ATTRIBUTION + " Sources: Ukrainian Army spokesman; U.S. official.";

    private static MapLayout layout(PageSize page) {
        ExportSpec spec = ExportSpec.of(BaseMap.THEATRE, page, ExportFormat.PNG).withTitle("Kursk incursion")
                .withSituationDate(ExportSamples.DAY).withNotes("Claims are hatched.");
        return MapLayout.compute(spec, LEGEND, ATTRIBUTION);
    }

    @Test
    void panelsLieInsideTheFrameAndNeverOverlapOnAnyPreset() {
        for (PageSize page : PageSize.presets()) {
            MapLayout l = layout(page);
            Rectangle frame = l.mapFrame();
            List<Rectangle2D> panels = l.panels();
            assertThat(panels).as(page.name()).hasSize(6);
            for (int i = 0; i < panels.size(); i++) {
                assertThat(frame.getBounds2D().contains(panels.get(i))).as(page.name() + " panel " + i + " inside")
                        .isTrue();
                for (int j = i + 1; j < panels.size(); j++) {
                    assertThat(panels.get(i).intersects(panels.get(j)))
                            .as(page.name() + " panels " + i + " and " + j).isFalse();
                }
            }
            assertThat(l.legendEntries()).as(page.name()).hasSameSizeAs(LEGEND);
        }
    }

    @Test
    void furnitureScalesWithDpiSoPrintsLookLikeTheScreen() {
        MapLayout low = layout(PageSize.paper(PageSize.Paper.A4, true, 150));
        MapLayout high = layout(PageSize.paper(PageSize.Paper.A4, true, 300));
        assertThat(high.titleBlock().getHeight() / low.titleBlock().getHeight()).isCloseTo(2, within(0.02));
        assertThat(high.legendBox().getWidth() / low.legendBox().getWidth()).isCloseTo(2, within(0.03));
        assertThat(high.mapFrame().width / (double) low.mapFrame().width).isCloseTo(2, within(0.01));
    }

    @Test
    void paperGetsAMarginPixelPresetsAreFullBleed() {
        assertThat(layout(PageSize.hd()).mapFrame()).isEqualTo(new Rectangle(0, 0, 1920, 1080));
        Rectangle a4 = layout(PageSize.paper(PageSize.Paper.A4, true, 72)).mapFrame();
        assertThat(a4.x).isEqualTo(20);
        assertThat(a4.width).isEqualTo(842 - 40);
    }

    @Test
    void reservedAreasAreThePanelsInMapFramePixels() {
        MapLayout l = layout(PageSize.paper(PageSize.Paper.A4, true, 150));
        Rectangle frame = l.mapFrame();
        Rectangle2D legend = l.legendBox();
        assertThat(l.reservedAreas()).anySatisfy(r -> {
            assertThat(r.contains(legend.getX() - frame.x, legend.getY() - frame.y)).isTrue();
            assertThat(r.contains(legend.getMaxX() - frame.x - 0.5, legend.getMaxY() - frame.y - 0.5)).isTrue();
        });
    }

    @Test
    void scaleBarIsARoundLengthOfAtMostAFifthOfTheWidth() {
        MapLayout l = layout(PageSize.hd());
        MapLayout.ScaleBar bar = l.scaleBar();
        assertThat(bar.lengthPx()).isLessThanOrEqualTo(1920 / 5.0).isGreaterThan(1920 / 5.0 / 2.6);
        double mantissa = bar.lengthKm() / Math.pow(10, Math.floor(Math.log10(bar.lengthKm())));
        assertThat(mantissa).isIn(1.0, 2.0, 5.0);
        assertThat(bar.labels().get(0)).isEqualTo("0");
        assertThat(bar.labels().get(2)).endsWith(" km");
        // Geodesic check: the bar's length in pixels times the ground resolution at the centre.
        Viewport v = l.viewport();
        assertThat(bar.lengthPx() * v.groundResolution() / 1000).isCloseTo(bar.lengthKm(), within(bar.lengthKm()
                * 0.01));
    }

    @Test
    void scaleBarLabelsAreRoundValues() {
        Viewport v = Viewport.fitting(MapLayout.PROJECTION,
                MapLayout.PROJECTION.forward(new org.locationtech.jts.geom.Envelope(35, 35.2, 51, 51.1)), 1000, 800);
        MapLayout.ScaleBar bar = MapLayout.scaleBarFor(v, 200);
        assertThat(bar.labels()).containsExactly("0", "1", "2 km");
    }

    @Test
    void switchedOffFurnitureIsNotLaidOut() {
        ExportSpec spec = ExportSpec.of(BaseMap.THEATRE, PageSize.hd(), ExportFormat.PNG)
                .withFurniture(false, false, false, false, false);
        MapLayout l = MapLayout.compute(spec, LEGEND, ATTRIBUTION);
        assertThat(l.panels()).isEmpty();
        assertThat(l.reservedAreas()).isEmpty();
    }

    @Test
    void attributionListsDistinctSourcesOfAnnotationsInViewOnTheDate() {
        ExportSpec spec = ExportSpec.of(BaseMap.THEATRE, PageSize.hd(), ExportFormat.PNG)
                .withSituationDate(ExportSamples.DAY);
        ExportContent content = new ExportContent(List.of(), ExportSamples.all(), List.of(),
                List.of(BaseMap.ATTRIBUTION));
        MapComposer composer = new MapComposer(spec, content);
        assertThat(composer.attribution()).isEqualTo(BaseMap.ATTRIBUTION + " Sources: 1 Institute for the Study of "
                + "War; 2 Ukrainian Army spokesman (reported); 3 Kursk regional governor; 4 U.S. official.");
        assertThat(composer.annotations()).extracting(Annotation::id).doesNotContain("future");
    }
}
