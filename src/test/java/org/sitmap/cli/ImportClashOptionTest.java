package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;

/** {@code sitmap import --on-clash}: the window's three answers to clashing ids, by name. */
class ImportClashOptionTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        err.getBuffer().setLength(0);
        return SitmapCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    /** A briefing holding the samples, and a file with the same annotations under other titles. */
    private Path[] briefingAndRenamedCopy() throws Exception {
        Path original = dir.resolve("original.geojson");
        AnnotationGeoJson.write(original, SampleAnnotations.importable());
        Path gpkg = dir.resolve("briefing.gpkg");
        assertThat(run("import", original.toString(), gpkg.toString())).as(err.toString()).isZero();
        Path renamed = dir.resolve("renamed.geojson");
        AnnotationGeoJson.write(renamed, SampleAnnotations.importable().stream().map(a -> a.withTitle("new " + a.title()))
                .toList());
        return new Path[] {gpkg, renamed};
    }

    private static List<Annotation> read(Path gpkg) throws Exception {
        try (BriefingFile f = BriefingFile.openReadOnly(gpkg)) {
            return f.briefing().snapshot();
        }
    }

    @Test
    void replaceReplacesTheBriefingsAnnotationsInPlace() throws Exception {
        Path[] files = briefingAndRenamedCopy();
        assertThat(run("import", "--on-clash", "replace", files[1].toString(), files[0].toString()))
                .as(err.toString()).isZero();
        List<Annotation> after = read(files[0]);
        assertThat(after).extracting(Annotation::id)
                .containsExactlyElementsOf(SampleAnnotations.importable().stream().map(Annotation::id).toList());
        assertThat(after).allMatch(a -> a.title().startsWith("new "));
    }

    @Test
    void newIdsKeepsBoth() throws Exception {
        Path[] files = briefingAndRenamedCopy();
        assertThat(run("import", "--on-clash", "new-ids", files[1].toString(), files[0].toString())).isZero();
        List<Annotation> after = read(files[0]);
        assertThat(after).hasSize(2 * SampleAnnotations.importable().size());
        assertThat(after).filteredOn(a -> a.title().startsWith("new ")).hasSize(SampleAnnotations.importable().size());
    }

    @Test
    void refuseIsTheDefaultAndAnUnknownPolicyIsNamed() throws Exception {
        Path[] files = briefingAndRenamedCopy();
        assertThat(run("import", "--on-clash", "refuse", files[1].toString(), files[0].toString())).isEqualTo(1);
        assertThat(run("import", "--on-clash", "merge", files[1].toString(), files[0].toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--on-clash").contains("merge").contains("replace");
        assertThat(read(files[0])).noneMatch(a -> a.title().startsWith("new "));
    }
}
