package org.sitmap.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.sitmap.basemap.BaseMap;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.geo.WebMercator;
import org.sitmap.model.Annotation;
import org.sitmap.model.AnnotationKind;
import org.sitmap.model.MapFeature;
import org.sitmap.model.Side;
import org.sitmap.model.ZoneStatus;
import org.sitmap.render.MapRenderer;
import org.sitmap.render.RenderOptions;
import org.sitmap.render.Viewport;
import org.sitmap.store.BriefingFile;

/** The facts of the 14 August 2024 report, checked on the bundled briefing as the app ships it. */
class KurskScenarioTest {
    private static final Path SOURCE = Path.of("data/scenarios/kursk-2024-08-14/annotations.geojson");
    private static final LocalDate AUG_14 = LocalDate.of(2024, 8, 14);
    private static final GeometryFactory GF = new GeometryFactory();
    private static List<Annotation> annotations;
    private static Map<String, Geometry> regions;
    private static String title;
    private static LocalDate situationDate;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("kursk.gpkg");
        try (var in = KurskScenarioTest.class.getResourceAsStream(
                "/org/sitmap/data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg")) {
            assertThat(in).as("bundled briefing in the application").isNotNull();
            Files.copy(in, copy);
        }
        try (BriefingFile f = BriefingFile.openReadOnly(copy)) {
            annotations = f.briefing().snapshot();
            title = f.briefing().info().title();
            situationDate = f.briefing().info().situationDate();
        }
        List<MapFeature> admin1 = BaseMap.load(null, () -> false).get(1).features();
        regions = admin1.stream().filter(r -> r.text("iso_3166_2") != null).collect(Collectors.toMap(
                r -> r.text("iso_3166_2"), MapFeature::geometry, (a, b) -> a.union(b)));
    }

    private static Annotation byId(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Point point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }

    @Test
    void briefingIsSetToTheReportDate() {
        assertThat(situationDate).isEqualTo(AUG_14);
        assertThat(title).contains("Kursk");
    }

    @Test
    void ukrainianHeldAreaOnTheFourteenthContainsSudzhaAndLiesInKurskOblast() {
        List<Annotation> held = annotations.stream().filter(a -> a.kind() == AnnotationKind.ZONE
                && a.side() == Side.UKRAINE && a.status() == ZoneStatus.ASSESSED_CONTROL && a.isValidOn(AUG_14))
                .toList();
        assertThat(held).hasSize(1);
        Geometry zone = held.get(0).geometry();
        assertThat(zone.contains(point(35.27, 51.19))).as("Sudzha inside").isTrue();
        assertThat(regions.get("RU-KRS").contains(zone)).as("inside Kursk oblast").isTrue();
    }

    @Test
    void theHeldAreaGrewDayByDay() {
        double previous = 0;
        for (int day = 6; day <= 14; day++) {
            LocalDate d = LocalDate.of(2024, 8, day);
            List<Annotation> held = annotations.stream().filter(a -> a.kind() == AnnotationKind.ZONE
                    && a.status() == ZoneStatus.ASSESSED_CONTROL && a.isValidOn(d)).toList();
            assertThat(held).as("one assessed zone on %s", d).hasSize(1);
            double area = held.get(0).geometry().getArea();
            assertThat(area).as("area on %s", d).isGreaterThanOrEqualTo(previous);
            previous = area;
        }
        // The claim is larger than what is assessed, and drawn as a claim.
        Annotation claim = byId("kursk-claim-0812");
        assertThat(claim.status()).isEqualTo(ZoneStatus.CLAIMED);
        assertThat(claim.geometry().getArea()).isGreaterThan(byId("kursk-zone-0812").geometry().getArea());
    }

    @Test
    void redeploymentArrowsRunFromTheSouthernFrontToKurskOblast() {
        for (String id : List.of("redeploy-zaporizhzhia", "redeploy-dnipro")) {
            LineString arrow = (LineString) byId(id).geometry();
            Point start = arrow.getStartPoint();
            Point end = arrow.getEndPoint();
            assertThat(regions.get("UA-23").contains(start) || regions.get("UA-12").contains(start))
                    .as("%s starts in Zaporizhzhia or Dnipropetrovsk oblast", id).isTrue();
            assertThat(regions.get("RU-KRS").contains(end)).as("%s ends in Kursk oblast", id).isTrue();
            assertThat(byId(id).side()).isEqualTo(Side.RUSSIA);
            assertThat(byId(id).confidence().isTentative()).as("reported, drawn dashed").isTrue();
        }
        assertThat(regions.get("RU-KRS").contains(((LineString) byId("reinforcements-north").geometry())
                .getEndPoint())).isTrue();
    }

    @Test
    void evacuationsAddUpToMoreThan130000() {
        double total = annotations.stream().filter(a -> a.kind() == AnnotationKind.EVACUATION)
                .mapToDouble(a -> a.number(Annotation.EVACUATED, 0)).sum();
        assertThat(total).isGreaterThan(130_000);
        assertThat(regions.get("RU-KRS").intersects(byId("kursk-evacuation").geometry())).isTrue();
        assertThat(regions.get("RU-BEL").contains(byId("belgorod-evacuation").geometry().getInteriorPoint()))
                .isTrue();
    }

    @Test
    void belgorodEmergencyIsDeclaredOnTheFourteenthOverTheOblastBorder() {
        Annotation bel = byId("belgorod-emergency");
        assertThat(bel.kind()).isEqualTo(AnnotationKind.DECLARATION);
        assertThat(bel.text(Annotation.REGION)).isEqualTo("RU-BEL");
        assertThat(bel.isValidOn(AUG_14)).isTrue();
        assertThat(bel.isValidOn(AUG_14.minusDays(1))).isFalse();
        assertThat(bel.geometry().getEnvelopeInternal().getWidth()).isCloseTo(
                regions.get("RU-BEL").getEnvelopeInternal().getWidth(), org.assertj.core.api.Assertions.within(1e-4));
        assertThat(byId("kursk-emergency").isValidOn(LocalDate.of(2024, 8, 7))).isTrue();
    }

    @Test
    void everyAnnotationCitesItsSourceAndTheFrontIsNearPokrovsk() {
        assertThat(annotations).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        Geometry front = byId("pokrovsk-front").geometry();
        assertThat(front.distance(point(37.18, 48.28))).isLessThan(0.3);
        assertThat(regions.get("UA-14").intersects(front)).isTrue();
    }

    @Test
    void bundledFileMatchesItsReadableSource() throws Exception {
        Map<String, Annotation> source = AnnotationGeoJson.read(SOURCE).stream()
                .collect(Collectors.toMap(Annotation::id, Function.identity()));
        assertThat(annotations).hasSize(source.size());
        for (Annotation a : annotations) {
            assertThat(a.sameContent(source.get(a.id()))).as("%s as in annotations.geojson", a.id()).isTrue();
        }
    }

    @Test
    void renderingAsOfTheSeventhAndTheFourteenthDiffersOnlyWhereTheZoneGrew() {
        WebMercator merc = WebMercator.INSTANCE;
        Viewport v = Viewport.fitting(merc, merc.forward(new Envelope(33.5, 38.5, 47.5, 52.2)), 600, 600);
        List<Annotation> zones = annotations.stream().filter(a -> a.kind() == AnnotationKind.ZONE
                && a.status() == ZoneStatus.ASSESSED_CONTROL).toList();
        BufferedImage seventh = render(v, zones, LocalDate.of(2024, 8, 7));
        BufferedImage fourteenth = render(v, zones, AUG_14);
        Envelope grown = byId("kursk-zone-0812").geometry().getEnvelopeInternal();
        Point2D a = v.lonLatToScreen(grown.getMinX(), grown.getMaxY());
        Point2D b = v.lonLatToScreen(grown.getMaxX(), grown.getMinY());
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 600; x++) {
                if (seventh.getRGB(x, y) != fourteenth.getRGB(x, y)) {
                    boolean near = x >= a.getX() - 4 && x <= b.getX() + 4 && y >= a.getY() - 4 && y <= b.getY() + 4;
                    if (near) {
                        inside++;
                    } else {
                        outside++;
                    }
                }
            }
        }
        assertThat(inside).isGreaterThan(100);
        assertThat(outside).isZero();
    }

    private static BufferedImage render(Viewport v, List<Annotation> all, LocalDate date) {
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        List<Annotation> valid = all.stream().filter(x -> x.isValidOn(date)).toList();
        // Shapes only: zones carry labels now, and a label may move when another zone grows.
        new MapRenderer().paint(g, v, List.of(), valid, new RenderOptions(96, RenderOptions.SEA, false, List.of(),
                false), () -> false);
        g.dispose();
        return img;
    }
}
