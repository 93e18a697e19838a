package org.sitmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.BriefingFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap dump BRIEFING.gpkg}: prints the annotations of a briefing as interchange GeoJSON (see
 * {@link AnnotationGeoJson}), in drawing order. Reads the file read-only: never migrates or changes it.
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BriefingFile briefing = BriefingFile.openReadOnly(file)) {
            AnnotationGeoJson.write(bytes, briefing.briefing().snapshot(), briefing.briefing().info().sides());
        } catch (BriefingFileException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (IOException e) {
            throw new CliException(file.getFileName() + ": cannot write GeoJSON: " + e.getMessage(), 1);
        }
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
