package org.sitmap.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.model.MapFeature;

/** Readers are found by file name; a new format is one class with the shared repairs and typed issues. */
class LayerReadersTest {
    @TempDir
    Path dir;

    /** A made-up format: one polygon per line, "name: x y, x y, ...". */
    static final class RingLinesReader implements LayerReader {
        @Override
        public String name() {
            return "Ring lines";
        }

        @Override
        public List<String> extensions() {
            return List.of("rings");
        }

        @Override
        public LoadResult read(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
            LoadIssueLog log = new LoadIssueLog();
            FeatureRepairs repairs = new FeatureRepairs(true);
            List<MapFeature> features = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                log.startFeature();
                try {
                    Geometry g = repairs.checkNow(ring(lines.get(i), i + 1), i, i + 1, 1, log);
                    log.keep(i);
                    features.add(new MapFeature(g, Map.of("name", lines.get(i).split(":")[0])));
                } catch (FeatureProblem | RuntimeException e) {
                    log.leaveOut(i, i + 1, 1, e.getMessage(), LoadIssue.Kind.SKIPPED);
                }
            }
            Envelope bounds = new Envelope();
            features.forEach(f -> bounds.expandToInclude(f.geometry().getEnvelopeInternal()));
            return new LoadResult(file.getFileName().toString(), features, log.finish(),
                    new TreeMap<>(Map.of("Polygon", features.size())), bounds, 0, Files.size(file));
        }

        private static Geometry ring(String line, long lineNo) throws FeatureProblem {
            String[] parts = line.split(":", 2);
            if (parts.length < 2) {
                throw new FeatureProblem(lineNo, 1, "no ':' after the name");
            }
            List<Coordinate> cs = new ArrayList<>();
            for (String xy : parts[1].split(",")) {
                String[] v = xy.trim().split("\\s+");
                cs.add(new Coordinate(Double.parseDouble(v[0]), Double.parseDouble(v[1])));
            }
            return GeoJsonLoader.GEOMETRY_FACTORY.createPolygon(cs.toArray(Coordinate[]::new));
        }
    }

    @Test
    void geoJsonIsTheDefaultAndFoundByItsExtensions() {
        assertThat(LayerReaders.forFile(Path.of("a.GeoJSON"))).isInstanceOf(GeoJsonLayerReader.class);
        assertThat(LayerReaders.forFile(Path.of("a.geojson.gz"))).isInstanceOf(GeoJsonLayerReader.class);
        assertThat(LayerReaders.forFile(Path.of("a.txt"))).isInstanceOf(GeoJsonLayerReader.class);
    }

    @Test
    void aRegisteredReaderReadsItsFilesWithTheSharedRepairs() throws Exception {
        Path file = dir.resolve("zones.rings");
        Files.writeString(file, "square: 0 0, 1 0, 1 1, 0 1, 0 0\nbowtie: 0 0, 1 1, 1 0, 0 1, 0 0\nbroken\n");
        RingLinesReader reader = new RingLinesReader();
        LayerReaders.register(reader);
        LoadResult r;
        try {
            assertThat(LayerReaders.forFile(file)).isSameAs(reader);
            r = LayerReaders.read(file, null, null);
        } finally {
            LayerReaders.unregister(reader);
        }
        assertThat(LayerReaders.forFile(file)).isInstanceOf(GeoJsonLayerReader.class);
        assertThat(r.features()).hasSize(2).allMatch(f -> f.geometry().isValid());
        assertThat(r.issues()).extracting(LoadIssue::featureIndex).containsExactly(1, 2);
        assertThat(r.issues().get(0).kind()).isEqualTo(LoadIssue.Kind.REPAIRED);
        assertThat(r.issues().get(0).message()).contains("self-intersecting");
        assertThat(r.issues().get(1).kind()).isEqualTo(LoadIssue.Kind.SKIPPED);
    }
}
