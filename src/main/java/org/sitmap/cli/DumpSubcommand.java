package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.geo.GeoJsonSides;
import org.sitmap.geo.GeoJsonWriter;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;
import org.sitmap.store.BriefingFileException;
import org.sitmap.store.BriefingStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap dump BRIEFING.gpkg}: prints the annotations of a briefing as interchange GeoJSON (see
 * {@link AnnotationGeoJson}), in drawing order, streaming: one annotation in memory at a time, whatever the briefing's
 * size. Reads the file read-only: never migrates or changes it.
 */
@Command(name = "dump", description = "Print the annotations of a briefing as GeoJSON, in drawing order.")
public final class DumpSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BRIEFING", description = "Briefing file (.gpkg)")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Streamed: one annotation in memory at a time; the collection opens only once the file proved sound.
        GeoJsonWriter[] writer = {null};
        try {
            BriefingStream.forEach(file, new BriefingStream.Sink() {
                @Override
                public void begin(BriefingInfo info) throws IOException {
                    writer[0] = new GeoJsonWriter(out, AnnotationGeoJson.DECIMALS, GeoJsonSides.member(info.sides()));
                }

                @Override
                public void accept(Annotation a) throws IOException {
                    writer[0].write(AnnotationGeoJson.toFeature(a));
                }
            });
            writer[0].close();
        } catch (BriefingFileException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (IOException e) {
            throw new CliException(file.getFileName() + ": cannot write GeoJSON: " + e.getMessage(), 1);
        }
        out.flush();
        return 0;
    }
}
