package org.sitmap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.Side;
import org.sitmap.render.label.Placement;

/**
 * A crowd's labels are collected in parts side by side and then taken in order: the labels placed must be the very
 * ones, at the very places, that collecting them in one go gives (obstacles of every part kept clear, priorities
 * tied in list order as before).
 */
class LabelsInPartsTest {
    @Test
    void aCrowdsLabelsCollectedInPartsArePlacedAsIfCollectedInOneGo() {
        Viewport view = KurskFrames.kursk();
        List<Annotation> crowd = crowd(new Random(17), 1500);
        RenderOptions options = RenderOptions.screen();
        AnnotationPainter painter = new AnnotationPainter();
        List<Annotation> visible = AnnotationPainter.visible(view, crowd, options.pixelsPerPoint());
        assertThat(visible.size()).isGreaterThan(AnnotationPainter.COLLECTED_IN_PARTS_FROM);

        List<String> inOneGo = described(painter.placed(view, visible, options, false));
        List<String> inParts = described(painter.placed(view, visible, options, true));
        assertThat(inOneGo).hasSizeGreaterThan(15);
        assertThat(inParts).containsExactlyElementsOf(inOneGo);
    }

    /** Each placement as its annotation, box and leader, in the order drawn. */
    private static List<String> described(List<Placement> placed) {
        List<String> out = new ArrayList<>();
        for (Placement p : placed) {
            String leader = p.leader() == null ? "-" : String.format(Locale.ROOT, "%.3f,%.3f", p.leader().getX2(),
                    p.leader().getY2());
            out.add(String.format(Locale.ROOT, "%s %.3f,%.3f %.3fx%.3f %s", p.job().key(), p.box().getX(),
                    p.box().getY(), p.box().getWidth(), p.box().getHeight(), leader));
        }
        return out;
    }

    /** Titled zones, arrows with a unit and titled markers at random around Kursk. */
    private static List<Annotation> crowd(Random random, int n) {
        GeometryFactory gf = new GeometryFactory();
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double lon = 33.5 + random.nextDouble() * 3.5;
            double lat = 50.4 + random.nextDouble() * 1.8;
            Annotation.Builder a = switch (i % 3) {
                case 0 -> Annotation.builder(AnnotationKind.ZONE, gf.createPolygon(new Coordinate[] {
                    new Coordinate(lon, lat), new Coordinate(lon + 0.12, lat), new Coordinate(lon + 0.12, lat + 0.07),
                    new Coordinate(lon, lat + 0.07), new Coordinate(lon, lat)})).side(Side.UKRAINE);
                case 1 -> Annotation.builder(AnnotationKind.MOVEMENT, gf.createLineString(new Coordinate[] {
                    new Coordinate(lon, lat), new Coordinate(lon + 0.1, lat + 0.06), new Coordinate(lon + 0.2, lat)}))
                        .attribute(Annotation.UNIT, "Unit " + i).side(Side.RUSSIA);
                default -> Annotation.builder(AnnotationKind.MARKER, gf.createPoint(new Coordinate(lon, lat)));
            };
            out.add(a.title("A" + i).build());
        }
        return out;
    }
}
