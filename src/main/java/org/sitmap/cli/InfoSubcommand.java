package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.LayerReaders;
import org.sitmap.geo.LoadResult;
import org.sitmap.store.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap info FILE}: reads a GeoJSON file with the app's own loader and describes it, streaming: a file larger
 * than memory is described feature by feature.
 */
@Command(name = "info", description = "Load a GeoJSON file as the app would and print what it holds.")
public final class InfoSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "GeoJSON file (.geojson, .json, .geojson.gz)")
    Path file;

    @Option(names = "--issues", paramLabel = "N", description = "List at most N repairs and skips (default 20)")
    int maxIssues = 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        LoadResult r;
        try {
            Inputs.requireReadable(null, file);
            r = LayerReaders.forFile(file).summarise(file);
        } catch (OutOfMemoryError e) {
            throw Inputs.tooLarge(file);
        } catch (GeoJsonException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (NoSuchFileException e) {
            throw new CliException(file + ": no such file", 2);
        } catch (IOException e) {
            throw new CliException(file + ": cannot read: " + Messages.describe(e), 2);
        }
        long nanos = System.nanoTime() - start;
        Envelope b = r.bounds();
        out.printf(Locale.ROOT, "File:        %s%n", file);
        out.printf(Locale.ROOT, "Size:        %,d bytes%n", r.byteCount());
        out.printf(Locale.ROOT, "Features:    %,d%n", r.featureCount());
        out.printf(Locale.ROOT, "Geometry:    %s%n", describe(r.geometryTypeCounts()));
        out.printf(Locale.ROOT, "Coordinates: %,d%n", r.coordinateCount());
        if (b == null || b.isNull()) {
            out.printf(Locale.ROOT, "Bounds:      (empty)%n");
        } else {
            out.printf(Locale.ROOT, "Bounds:      lon %.5f .. %.5f, lat %.5f .. %.5f%n", b.getMinX(), b.getMaxX(),
                    b.getMinY(), b.getMaxY());
        }
        out.printf(Locale.ROOT, "Repairs:     %d%n", r.issues().size());
        r.issues().stream().limit(Math.max(0, maxIssues)).forEach(i -> out.println("  " + i));
        if (r.issues().size() > maxIssues) {
            out.printf(Locale.ROOT, "  ... and %d more%n", r.issues().size() - maxIssues);
        }
        out.printf(Locale.ROOT, "Load time:   %.0f ms%n", nanos / 1e6);
        out.flush();
        return 0;
    }

    private static String describe(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "(none)";
        }
        return counts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
