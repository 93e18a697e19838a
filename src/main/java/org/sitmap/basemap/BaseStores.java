package org.sitmap.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.sitmap.model.MapLayer;

/**
 * Finds the base-map store for this application, building it when there is none to trust: first the file named by
 * {@code -Dsitmap.basestore}, else {@value #FILE_NAME} next to the application's jar (built by {@code mvn package}
 * and shipped by the installer), else one named by the sources in the user's cache folder, built there on first
 * use. A store made
 * from other bundled files (another version of the application) or damaged is rebuilt, never trusted.
 *
 * <p>Thread-safe: the process opens one store and shares it.
 */
public final class BaseStores {
    /** The store's file name beside the jar and in the cache folder. */
    public static final String FILE_NAME = "sitmap-base.gpkg";
    private static final System.Logger LOG = System.getLogger(BaseStores.class.getName());
    private static BaseStore shared;
    private static volatile boolean building;

    private BaseStores() {
    }

    /**
     * The process's store: opened once, built first if needed (which reads the bundled GeoJSON and takes tens of
     * seconds; {@code progress} follows it).
     *
     * @throws IllegalStateException with one line saying why when no store can be opened or built
     * @throws CancellationException when cancelled while building
     */
    public static synchronized BaseStore shared(DoubleConsumer progress, BooleanSupplier cancelled) {
        if (shared == null) {
            shared = find(sourceKey(), progress, cancelled);
        }
        return shared;
    }

    /**
     * The process's store if one is built already (opening it as {@link #shared} would), else empty: never builds
     * one. For work done ahead of need (the window's warm start), which must not build a store without the
     * window's progress.
     */
    public static synchronized Optional<BaseStore> sharedIfBuilt() {
        if (shared == null) {
            for (Path p : candidates(sourceKey())) {
                try {
                    shared = BaseStore.open(p, sourceKey());
                    break;
                } catch (BaseStore.UnusableStoreException e) {
                    // not this one
                }
            }
        }
        return Optional.ofNullable(shared);
    }

    private static BaseStore find(String key, DoubleConsumer progress, BooleanSupplier cancelled) {
        List<Path> candidates = candidates(key);
        return openOrBuild(candidates, candidates.get(candidates.size() - 1), key,
                x -> BaseMap.readBundled(x, cancelled), progress, cancelled);
    }

    /** Where a store may be, in the order tried; the last is where one is built. */
    private static List<Path> candidates(String key) {
        String chosen = System.getProperty("sitmap.basestore");
        List<Path> candidates = new ArrayList<>();
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(Path.of(chosen));
        } else {
            Path beside = besideJar();
            if (beside != null) {
                candidates.add(beside);
            }
            // Named by the sources, so two versions of the application on one machine do not rebuild each other's.
            candidates.add(cacheFolder().resolve("sitmap-base-" + Integer.toHexString(key.hashCode()) + ".gpkg"));
        }
        return candidates;
    }

    /**
     * The first of {@code candidates} that is a store of {@code key}, else a store built at {@code target} from
     * the layers {@code source} reads (replacing whatever is there: a damaged or stale store is never trusted).
     */
    static BaseStore openOrBuild(List<Path> candidates, Path target, String key,
            Function<DoubleConsumer, List<MapLayer>> source, DoubleConsumer progress, BooleanSupplier cancelled) {
        for (Path p : candidates) {
            try {
                return BaseStore.open(p, key);
            } catch (BaseStore.UnusableStoreException e) {
                if (Files.exists(p)) {
                    LOG.log(System.Logger.Level.INFO, "Not using the base-map store: " + e.getMessage());
                }
            }
        }
        building = true;
        try {
            build(target, key, source, progress, cancelled);
        } finally {
            building = false;
        }
        // Building held the whole world in memory; a full collection lets G1 hand that heap back to the system, so
        // a window that had to build its store does not keep a gigabyte resident.
        System.gc();
        try {
            return BaseStore.open(target, key);
        } catch (BaseStore.UnusableStoreException e) {
            throw new IllegalStateException("The base-map store just built is unusable: " + e.getMessage(), e);
        }
    }

    /** Builds the store at {@code file} from the bundled GeoJSON (see the other {@code build}). */
    public static void build(Path file, String key, DoubleConsumer progress, BooleanSupplier cancelled) {
        build(file, key, x -> BaseMap.readBundled(x, cancelled), progress, cancelled);
    }

    /** Whether a store is being built now (a first start): the window says so, since it takes a while. */
    public static boolean building() {
        return building;
    }

    /**
     * Builds the store at {@code file} from the layers {@code source} reads, through a temporary file beside it so
     * a reader never sees half a store.
     *
     * @throws IllegalStateException with one line saying why it failed
     */
    static void build(Path file, String key, Function<DoubleConsumer, List<MapLayer>> source,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        DoubleConsumer p = progress == null ? x -> { } : progress;
        Path tmp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, FILE_NAME, ".part");
            List<MapLayer> layers = source.apply(x -> p.accept(0.4 * x));
            BaseStoreWriter.write(tmp, layers, key, x -> p.accept(0.4 + 0.6 * x), cancelled);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            p.accept(1.0);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot build the base-map store " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A leftover .part file is harmless and replaced by the next build.
                }
            }
        }
    }

    /**
     * What the store must have been built from: its format and each bundled file's CRC-32 and size. Inside a jar
     * these come from the jar's directory without reading the files.
     */
    public static String sourceKey() {
        StringBuilder key = new StringBuilder(BaseStoreWriter.FORMAT);
        for (String file : BaseMap.FILES) {
            URL url = BaseMap.class.getResource(BaseMap.RESOURCE_FOLDER + file);
            if (url == null) {
                throw new IllegalStateException("The bundled base map file " + file
                        + " is missing from the application; reinstall Sitmap or rebuild it with data/build.sh");
            }
            key.append(' ').append(file).append(':').append(crc(url));
        }
        return key.toString();
    }

    private static String crc(URL url) {
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                var entry = jar.getJarEntry();
                if (entry.getCrc() != -1) {
                    return Long.toHexString(entry.getCrc()) + ":" + entry.getSize();
                }
            }
            CRC32 crc = new CRC32();
            long size = 0;
            try (InputStream in = connection.getInputStream()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; size += n) {
                    crc.update(buf, 0, n);
                }
            }
            return Long.toHexString(crc.getValue()) + ":" + size;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled base map file " + url, e);
        }
    }

    /** {@value #FILE_NAME} in the folder of the jar this class was loaded from; null when run from classes. */
    static Path besideJar() {
        try {
            var source = BaseStores.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? location.resolveSibling(FILE_NAME) : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The user's cache folder for Sitmap ($XDG_CACHE_HOME/sitmap or ~/.cache/sitmap). */
    static Path cacheFolder() {
        String home = System.getenv("XDG_CACHE_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "sitmap")
                : Path.of(System.getProperty("user.home"), ".cache", "sitmap");
    }
}
