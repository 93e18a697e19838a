package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Affiliation;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Confidence;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.model.ZoneStatus;
import org.sitmap.store.BriefingFile;
import org.sitmap.style.StyleSheet;
import org.sitmap.style.StyleSheets;

/**
 * How a briefing's side colours combine with the style sheet, read back from rendered pixels: a migrated old
 * briefing draws exactly as the sheet always drew it; a colour the user picked wins; a side with no colour of its own
 * takes the sheet's colour for its affiliation.
 */
class BriefingSideColoursTest {
    private static final WebMercator MERC = WebMercator.INSTANCE;
    private final Viewport view = Viewport.fitting(MERC, MERC.forward(new Envelope(30, 40, 47, 54)), 300, 200);

    @TempDir
    Path dir;

    private static Annotation zone(Side side) throws Exception {
        return Annotation.builder(AnnotationKind.ZONE, new WKTReader().read(
                "POLYGON ((34 50, 36 50, 36 52, 34 52, 34 50))")).side(side).status(ZoneStatus.ASSESSED_CONTROL)
                .confidence(Confidence.CONFIRMED).build();
    }

    private int pixel(StyleSheet sheet, Side side) throws Exception {
        BufferedImage img = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, view.width(), view.height());
        new AnnotationPainter().paint(DrawSurface.java2d(g), view, List.of(zone(side)),
                new RenderOptions(96, Color.WHITE, true, List.of(), false).withStyleSheet(sheet), null);
        g.dispose();
        Point2D inside = view.lonLatToScreen(35, 51);
        return img.getRGB((int) inside.getX(), (int) inside.getY()) & 0xFFFFFF;
    }

    private BriefingInfo migratedKursk() throws Exception {
        Path copy = dir.resolve("kursk.gpkg");
        try (InputStream in = getClass().getResourceAsStream("/store/kursk-before-sides.gpkg")) {
            Files.copy(in, copy);
        }
        try (BriefingFile f = BriefingFile.open(copy)) {
            return f.briefing().info();
        }
    }

    @Test
    void aMigratedBriefingKeepsEverySheetsColoursForItsSides() throws Exception {
        BriefingInfo info = migratedKursk();
        for (StyleSheet sheet : StyleSheets.all()) {
            StyleSheet applied = StyleSheets.forBriefing(info.withStyleSheet(sheet.id()));
            for (BriefingSide s : info.sides().list()) {
                assertThat(pixel(applied, s.side())).as("%s in %s", s.name(), sheet.id())
                        .isEqualTo(pixel(sheet, s.side()));
            }
        }
    }

    @Test
    void aPickedColourWinsAndAnUncolouredSideTakesItsAffiliationsColour() throws Exception {
        StyleSheet classic = StyleSheets.standard();
        Side rsf = Side.of("rsf");
        Side saf = Side.of("saf");
        SideList sides = SideList.of(List.of(new BriefingSide(saf, "SAF", "#00A000", Affiliation.FRIEND),
                new BriefingSide(rsf, "RSF", null, Affiliation.HOSTILE)));
        StyleSheet applied = classic.forSides(sides);

        int green = pixel(applied, saf);
        assertThat((green >> 8) & 0xFF).as("green channel").isGreaterThan(((green >> 16) & 0xFF) + 40);
        assertThat((green >> 8) & 0xFF).isGreaterThan((green & 0xFF) + 40);
        // Hostile like Russia is in this sheet: the same pixels.
        assertThat(pixel(applied, rsf)).isEqualTo(pixel(classic, Side.RUSSIA));
        // Recoloured the other way round: a friend with no colour of its own is the sheet's friend colour.
        StyleSheet swapped = classic.forSides(SideList.of(List.of(new BriefingSide(rsf, "RSF", null,
                Affiliation.FRIEND))));
        assertThat(pixel(swapped, rsf)).isEqualTo(pixel(classic, Side.UKRAINE));
    }
}
