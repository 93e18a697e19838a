package org.sitmap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.command.Command;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;

/** The one id-clash policy the window and the command line share, applied to a briefing file on disk. */
class ImportPlanTest {
    @TempDir
    Path dir;

    private Path briefingWithSamples() throws Exception {
        Path file = dir.resolve("b.gpkg");
        try (BriefingFile f = BriefingFile.create(file, new BriefingInfo("t", "", null, null))) {
            f.briefing().atomically(() -> SampleAnnotations.all().forEach(f.briefing()::add));
        }
        return file;
    }

    private static List<Annotation> renamed() {
        return SampleAnnotations.all().stream().map(a -> a.withTitle("imported " + a.title())).toList();
    }

    @Test
    void refusingImportsNothingAndNamesTheClashingIds() {
        Briefing b = new Briefing();
        SampleAnnotations.all().forEach(b::add);
        assertThatThrownBy(() -> ImportPlan.of(b, renamed(), ClashPolicy.REFUSE))
                .isInstanceOfSatisfying(ImportPlan.ClashRefusedException.class,
                        e -> assertThat(e.clashes()).hasSize(SampleAnnotations.all().size()));
        assertThat(ImportPlan.of(new Briefing(), renamed(), ClashPolicy.REFUSE).additions()).hasSize(renamed().size());
    }

    @Test
    void keepBothAddsCopiesWithNewIdsAndLeavesTheBriefingsOwn() throws Exception {
        Path file = briefingWithSamples();
        int n = SampleAnnotations.all().size();
        try (BriefingFile f = BriefingFile.open(file)) {
            ImportPlan.of(f.briefing(), renamed(), ClashPolicy.NEW_IDS).applyTo(f.briefing());
        }
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            List<Annotation> all = f.briefing().annotations();
            assertThat(all).hasSize(2 * n);
            assertThat(all.subList(0, n)).extracting(Annotation::title)
                    .containsExactlyElementsOf(SampleAnnotations.all().stream().map(Annotation::title).toList());
            assertThat(all.subList(n, 2 * n)).extracting(Annotation::id).doesNotContainAnyElementsOf(
                    SampleAnnotations.all().stream().map(Annotation::id).toList());
        }
    }

    @Test
    void replaceTakesThePlaceOfTheBriefingsAnnotationsAndUndoBringsThemBack() throws Exception {
        Path file = briefingWithSamples();
        int n = SampleAnnotations.all().size();
        try (BriefingFile f = BriefingFile.open(file)) {
            Command c = ImportPlan.of(f.briefing(), renamed(), ClashPolicy.REPLACE).command(f.briefing(), "Import");
            c.execute();
            assertThat(f.briefing().annotations()).hasSize(n).allMatch(a -> a.title().startsWith("imported "));
            c.undo();
            assertThat(f.briefing().annotations()).noneMatch(a -> a.title().startsWith("imported "));
            c.execute();
        }
        try (BriefingFile f = BriefingFile.openReadOnly(file)) {
            assertThat(f.briefing().annotations()).extracting(Annotation::id)
                    .containsExactlyElementsOf(SampleAnnotations.all().stream().map(Annotation::id).toList());
            assertThat(f.briefing().annotations()).allMatch(a -> a.title().startsWith("imported "));
        }
    }
}
