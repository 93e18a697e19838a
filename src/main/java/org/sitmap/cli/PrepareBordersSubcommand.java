package org.sitmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BaseMap;
import org.sitmap.cli.SitmapCli.CliException;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.geo.GeoJsonLoader;
import org.sitmap.geo.GeoJsonWriter;
import org.sitmap.geo.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap prepare-borders ADMIN0 ADMIN1 DIR}: derives the base map's border lines from its country and region
 * polygons ({@link BaseMap#deriveBorders}) and writes {@code admin0-borders.geojson.gz} and
 * {@code admin1-borders.geojson.gz} into DIR. {@code data/build.sh} runs it so the app reads the lines instead of
 * deriving them at every start.
 */
@Command(name = "prepare-borders",
        description = "Derive the base map's border lines from its country and region polygons.")
public final class PrepareBordersSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ADMIN0")
    Path countries;

    @Parameters(index = "1", paramLabel = "ADMIN1")
    Path regions;

    @Parameters(index = "2", paramLabel = "DIR")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Path current = countries;
        try {
            LoadResult admin0 = new GeoJsonLoader().checkPolygons(false).load(countries, null, null);
            current = regions;
            LoadResult admin1 = new GeoJsonLoader().checkPolygons(false).load(regions, null, null);
            BaseMap.Borders borders = BaseMap.deriveBorders(admin0.features(), admin1.features());
            // The lines reuse the polygons' vertices, which have at most six decimals: written exactly.
            Path out0 = dir.resolve("admin0-borders.geojson.gz");
            Path out1 = dir.resolve("admin1-borders.geojson.gz");
            current = out0;
            GeoJsonWriter.write(out0, borders.countries(), 6);
            current = out1;
            GeoJsonWriter.write(out1, borders.regions(), 6);
            w.printf("%d country border and coast lines -> %s%n", borders.countries().size(), out0);
            w.printf("%d region border lines -> %s%n", borders.regions().size(), out1);
            w.flush();
            return 0;
        } catch (GeoJsonException e) {
            throw new CliException(e.getMessage(), 1);
        } catch (NoSuchFileException e) {
            throw new CliException(current + ": no such file or folder", 2);
        } catch (IOException e) {
            throw new CliException(current + ": " + e.getMessage(), 2);
        }
    }
}
