package org.sitmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.Main;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.SampleAnnotations;

/** Several imports into one briefing at once, in separate processes, wait for each other and all land. */
class ConcurrentImportTest {
    private static final int PROCESSES = 4;
    private static final int EACH = 150;

    @TempDir
    Path dir;

    private List<Path> sources(Set<String> ids) throws Exception {
        List<Path> files = new ArrayList<>();
        Annotation template = SampleAnnotations.all().get(0);
        for (int k = 0; k < PROCESSES; k++) {
            List<Annotation> list = new ArrayList<>();
            for (int i = 0; i < EACH; i++) {
                Annotation a = template.copyWithNewId().withTitle("file " + k + " zone " + i);
                ids.add(a.id());
                list.add(a);
            }
            Path f = dir.resolve("part" + k + ".geojson");
            AnnotationGeoJson.write(f, list);
            files.add(f);
        }
        return files;
    }

    private void importAllAtOnce(List<Path> sources, Path target) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        List<Path> errors = new ArrayList<>();
        for (Path source : sources) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "import", source.toString(), target.toString());
            pb.environment().put("SITMAP_NO_RELAUNCH", "1");
            Path err = dir.resolve(source.getFileName() + ".err");
            errors.add(err);
            running.add(pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start());
        }
        for (int i = 0; i < running.size(); i++) {
            Process p = running.get(i);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(errors.get(i))).isZero();
        }
    }

    private static void assertHolds(Path target, Set<String> ids, int total) throws Exception {
        try (BriefingFile f = BriefingFile.openReadOnly(target)) {
            Set<String> found = new HashSet<>();
            f.briefing().annotations().forEach(a -> found.add(a.id()));
            assertThat(found).containsAll(ids);
            assertThat(f.briefing().size()).isEqualTo(total);
        }
        assertThat(Files.exists(target.resolveSibling(target.getFileName() + "-wal"))).isFalse();
    }

    @Test
    @Timeout(300)
    void fourImportsCreatingTheSameBriefingAllLand() throws Exception {
        Set<String> ids = new HashSet<>();
        Path target = dir.resolve("shared.gpkg");
        importAllAtOnce(sources(ids), target);
        assertHolds(target, ids, PROCESSES * EACH);
    }

    @Test
    @Timeout(300)
    void fourImportsIntoAnExistingBriefingAllLand() throws Exception {
        Set<String> ids = new HashSet<>();
        Path target = dir.resolve("existing.gpkg");
        BriefingFile.create(target, BriefingInfo.untitled()).close();
        importAllAtOnce(sources(ids), target);
        assertHolds(target, ids, PROCESSES * EACH);
    }
}
