package org.sitmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.export.ExportContent;
import org.sitmap.export.ExportFormat;
import org.sitmap.export.ExportSpec;
import org.sitmap.export.MapComposer;
import org.sitmap.export.PageSize;
import org.sitmap.export.SeriesExporter;

/** Each frame of a series carries its own date in its title and subtitle, not the briefing's. */
class SeriesTitlesTest {
    private static final LocalDate BRIEFING_DAY = LocalDate.of(2024, 8, 14);

    /** The titles of the pages a series would write, frame by frame. */
    private static List<String[]> frames(String title) throws Exception {
        List<String[]> titles = new ArrayList<>();
        SeriesExporter recorder = new SeriesExporter() {
            @Override
            public String description() {
                return "titles";
            }

            @Override
            public boolean accepts(Path target) {
                return true;
            }

            @Override
            public void export(Path target, List<LocalDate> days, Function<LocalDate, MapComposer> page,
                    int frameMillis, DoubleConsumer progress, BooleanSupplier cancelled) {
                for (LocalDate d : days) {
                    ExportSpec s = page.apply(d).layout().spec();
                    titles.add(new String[] {s.title(), s.subtitle()});
                }
            }
        };
        ExportSpec spec = ExportSpec.of(new Envelope(34, 37, 50, 52), PageSize.pixels(400, 300, 96), ExportFormat.PNG)
                .withTitle(title).withSituationDate(BRIEFING_DAY);
        MapExport.series(recorder, spec, new ExportContent(List.of(), List.of(), List.of(), List.of()),
                MapExport.days(LocalDate.of(2024, 8, 6), LocalDate.of(2024, 8, 7)), Path.of("unused"), 1000, null,
                () -> false);
        return titles;
    }

    @Test
    void aTitleNamingTheBriefingsDateTakesEachFramesDate() throws Exception {
        List<String[]> titles = frames("Kursk incursion: situation on 14 August 2024");
        assertThat(titles.get(0)).containsExactly("Kursk incursion: situation on 6 August 2024",
                "Situation as of 6 August 2024");
        assertThat(titles.get(1)[0]).isEqualTo("Kursk incursion: situation on 7 August 2024");
    }

    @Test
    void everyFormWePrintDatesInIsMoved() throws Exception {
        List<String[]> titles = frames("Kursk, 14 Aug 2024 (2024-08-14, August 14, 2024)");
        assertThat(titles.get(0)[0]).isEqualTo("Kursk, 6 Aug 2024 (2024-08-06, August 6, 2024)");
    }

    @Test
    void aDatePlaceholderIsFilledInOnEveryPage() throws Exception {
        assertThat(frames("Kursk on {date}").get(1)[0]).isEqualTo("Kursk on 7 August 2024");
        ExportSpec single = ExportSpec.of(new Envelope(34, 37, 50, 52), PageSize.pixels(400, 300, 96),
                ExportFormat.PNG).withTitle("Kursk on {date}").withSituationDate(BRIEFING_DAY);
        MapComposer page = new MapComposer(single, new ExportContent(List.of(), List.of(), List.of(), List.of()));
        assertThat(page.layout().spec().title()).isEqualTo("Kursk on 14 August 2024");
    }

    @Test
    void otherDatesInTheTitleStay() throws Exception {
        assertThat(frames("Since 6 August 2024").get(1)[0]).isEqualTo("Since 6 August 2024");
    }
}
