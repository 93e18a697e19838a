package org.sitmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitmap.basemap.BaseStore;
import org.sitmap.basemap.BaseStores;
import org.sitmap.cli.SitmapCli.CliException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitmap dev prepare-base FILE}: builds the indexed base-map store (a GeoPackage) from the bundled GeoJSON,
 * unless FILE already is a store of exactly these files. {@code mvn package} runs it to put
 * {@code sitmap-base.gpkg} beside the jar, where the application and the installer find it.
 */
@Command(name = "prepare-base", description = "Build the indexed base-map store (GeoPackage) from the bundled data.")
public final class PrepareBaseSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        String key = BaseStores.sourceKey();
        try (BaseStore existing = BaseStore.open(file, key)) {
            w.printf("%s is up to date%n", file);
            w.flush();
            return 0;
        } catch (BaseStore.UnusableStoreException e) {
            // Built below.
        }
        long t0 = System.nanoTime();
        try {
            BaseStores.build(file, key, null, () -> false);
        } catch (IllegalStateException e) {
            throw new CliException(e.getMessage(), 1);
        }
        w.printf("%s built in %.1f s (%,d bytes)%n", file, (System.nanoTime() - t0) / 1e9, file.toFile().length());
        w.flush();
        return 0;
    }
}
