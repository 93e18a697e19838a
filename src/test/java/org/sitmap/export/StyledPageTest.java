package org.sitmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.style.StyleProperty;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/** A page drawn with each shipped sheet takes that sheet's colours: the expected colours are read from the sheet. */
class StyledPageTest {
    /** The Black Sea and Crimea: open water in the south-west corner of the frame. */
    private static final Envelope EXTENT = new Envelope(30, 38, 42, 47);
    private static ExportContent content;

    @BeforeAll
    static void loadBaseMap() {
        content = ExportContent.withBaseMap(List.of(), List.of(), null, () -> false);
    }

    static List<StyleSheet> sheets() {
        return StyleSheets.all();
    }

    @ParameterizedTest
    @MethodSource("sheets")
    void paperSeaLandAndTitleBandTakeTheSheetsColours(StyleSheet sheet) {
        ExportSpec spec = ExportSpec.of(EXTENT, PageSize.paper(PageSize.Paper.A4, true, 96), ExportFormat.PNG)
                .withTitle("Styled").withFurniture(false, false, false, false, false).withStyleSheet(sheet);
        MapComposer composer = new MapComposer(spec, content);
        BufferedImage page = new BufferedImage(spec.page().width(), spec.page().height(), BufferedImage.TYPE_INT_RGB);
        composer.paint(page, () -> false);
        MapLayout layout = composer.layout();
        Rectangle frame = layout.mapFrame();

        assertThat(page.getRGB(2, 2)).isEqualTo(rgb(sheet.frame("paper").colour(StyleProperty.FILL).argb()));
        Point2D sea = layout.viewport().lonLatToScreen(31.5, 43.0);
        assertThat(page.getRGB(frame.x + (int) sea.getX(), frame.y + (int) sea.getY()))
                .isEqualTo(rgb(sheet.basemap("water").colour(StyleProperty.FILL).argb()));
        Point2D land = layout.viewport().lonLatToScreen(35.3, 46.9);
        assertThat(page.getRGB(frame.x + (int) land.getX(), frame.y + (int) land.getY()))
                .isEqualTo(rgb(sheet.basemap("countries").colour(StyleProperty.FILL).argb()));
        Rectangle2D title = layout.titleBlock();
        assertThat(page.getRGB((int) title.getX() + 2, (int) title.getCenterY()))
                .isEqualTo(rgb(sheet.frame("title").colour(StyleProperty.BAND).argb()));
    }

    private static int rgb(int argb) {
        return 0xFF000000 | argb;
    }
}
