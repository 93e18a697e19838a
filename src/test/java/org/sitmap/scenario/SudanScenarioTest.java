package org.sitmap.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingSide;
import org.sitmap.model.Side;
import org.sitmap.model.SideList;
import org.sitmap.store.BriefingFile;

/** The facts of the second worked example (Sudan, April-May 2023), checked on the briefing as the app ships it. */
class SudanScenarioTest {
    private static final Path SOURCE = Path.of("data/scenarios/sudan-2023-04/annotations.geojson");
    /** Sudan's extent (after 2011), a little generous. */
    private static final Envelope SUDAN = new Envelope(21.8, 38.7, 8.6, 22.3);
    /** A publication and a date, such as "Reuters, 15 Apr 2023". */
    private static final Pattern SOURCE_TEXT = Pattern.compile(
            "(Reuters|AP|BBC|Al Jazeera|UN OCHA), \\d{1,2} (Apr|May) 2023");
    private static List<Annotation> annotations;
    private static SideList sides;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("sudan.gpkg");
        try (var in = SudanScenarioTest.class.getResourceAsStream(
                "/org/sitmap/data/scenarios/sudan-2023-04/sudan-2023-04.gpkg")) {
            assertThat(in).as("bundled briefing in the application").isNotNull();
            Files.copy(in, copy);
        }
        try (BriefingFile f = BriefingFile.openReadOnly(copy)) {
            annotations = f.briefing().snapshot();
            sides = f.briefing().info().sides();
        }
    }

    @Test
    void theSidesAreTheArmyAndTheRsfByName() {
        assertThat(sides.list().stream().map(BriefingSide::name)).contains("Sudanese Armed Forces",
                "Rapid Support Forces");
        assertThat(annotations).allSatisfy(a -> assertThat(sides.contains(a.side())).as(a.title()).isTrue());
        assertThat(annotations.stream().map(Annotation::side).distinct())
                .contains(Side.of("saf"), Side.of("rsf"));
    }

    @Test
    void everyAnnotationIsInSudan() {
        assertThat(annotations).hasSizeGreaterThanOrEqualTo(15);
        assertThat(annotations).allSatisfy(a -> assertThat(SUDAN.contains(a.geometry().getEnvelopeInternal()))
                .as(a.title()).isTrue());
    }

    @Test
    void everyAnnotationIsDatedInAprilOrMay2023() {
        LocalDate first = LocalDate.of(2023, 4, 1);
        LocalDate last = LocalDate.of(2023, 5, 31);
        assertThat(annotations).allSatisfy(a -> {
            assertThat(a.validFrom()).as(a.title()).isNotNull().isBetween(first, last);
            if (a.validTo() != null) {
                assertThat(a.validTo()).as(a.title()).isBetween(first, last);
            }
        });
    }

    @Test
    void everyAnnotationNamesItsPublicationAndDate() {
        assertThat(annotations).allSatisfy(a -> assertThat(SOURCE_TEXT.matcher(a.source()).matches())
                .as("%s: source \"%s\"", a.title(), a.source()).isTrue());
    }

    @Test
    void theKhartoumFightingBeginsOn15April() {
        Envelope khartoum = new Envelope(32.3, 32.8, 15.4, 16.1);
        assertThat(annotations.stream().filter(a -> khartoum.intersects(a.geometry().getEnvelopeInternal())
                && LocalDate.of(2023, 4, 15).equals(a.validFrom()))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(annotations).anySatisfy(a -> assertThat(a.title()).contains("El Fasher"));
    }

    @Test
    void theBundledBriefingIsItsSourceRebuilt() throws Exception {
        AnnotationGeoJson.Contents source = AnnotationGeoJson.readWithSides(SOURCE);
        assertThat(sides).isEqualTo(source.sides());
        assertThat(annotations.stream().map(Annotation::id))
                .containsExactlyElementsOf(source.annotations().stream().map(Annotation::id).toList());
    }
}
