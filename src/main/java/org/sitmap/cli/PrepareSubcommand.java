package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.geo.GeoJsonWriter;
import org.sitmap.geo.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap prepare IN OUT}: loads a GeoJSON file, repairing invalid polygons, and writes the repaired
 * collection. {@code data/build.sh} runs it on the derived base map so the app can skip validity checks of its own
 * bundled data at every start (rounding the source coordinates makes a few dozen rings self-intersect, and
 * repairing country-sized polygons takes seconds).
 */
@Command(name = "prepare", description = "Repair a GeoJSON file's polygons and write it out.")
public final class PrepareSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output (.geojson or .geojson.gz); may equal IN")
    Path out;

    @Option(names = "--decimals", description = "Coordinate decimals in the output (default 6)")
    int decimals = 6;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        try {
            LoadResult r = new GeoJsonLoader().load(in, null, null);
            GeoJsonWriter.write(out, r.features(), decimals);
            w.printf("%s: %d features, %d repaired or skipped -> %s%n", in.getFileName(), r.features().size(),
                    r.issues().size(), out);
            r.issues().forEach(i -> w.println("  " + i));
            w.flush();
            return 0;
        } catch (GeoJsonException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (IOException e) {
            throw new CliException(in + " -> " + out + ": " + e.getMessage(), 2);
        }
    }
}
