package org.sitmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Puts SQLite's native library, which sqlite-jdbc carries inside its jar, into a private cache folder once, and
 * points sqlite-jdbc at it ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}). Left to itself, the
 * driver writes a fresh copy to the temporary folder on every run: a full temporary folder or a small file-size
 * limit then fails every command with a long stack trace, and every killed run leaves a copy behind.
 * Call before the first connection. Not thread-safe (call once, at start).
 */
public final class NativeLibrary {
    private static String problem;
    /** Kept, as java.util.logging holds loggers weakly and would forget the level. */
    private static Logger driverLog;

    private NativeLibrary() {
    }

    /**
     * Makes sure the library is in {@code cacheFolder} (created on demand) and tells the driver to load it from
     * there. On failure the driver falls back to its own extraction, its log is silenced, and {@link #problem()}
     * says what went wrong so that a failing connection can say it in one line.
     */
    public static void prepare(Path cacheFolder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // chosen by whoever started us
        }
        try {
            String version = SQLiteJDBCLoader.getVersion();
            Path known = cacheFolder.resolve("sqlite-" + version + "-" + Integer.toHexString((System.getProperty(
                    "os.name") + '|' + System.getProperty("os.arch") + '|' + System.getProperty("java.home"))
                    .hashCode()) + ".folder");
            String folder = Files.isRegularFile(known) ? Files.readString(known).strip() : null;
            URL url = folder == null ? null : SQLiteJDBCLoader.class.getResource(resource(folder));
            if (url == null) {
                folder = LibraryLoaderUtil.getNativeLibResourcePath();
                url = SQLiteJDBCLoader.class.getResource(resource(folder));
                if (url == null) {
                    return; // no bundled library for this system: the driver looks on the library path
                }
                remember(known, folder);
            }
            URLConnection entry = url.openConnection();
            long size = entry.getContentLengthLong();
            String name = "sqlite-" + version + folder.replaceAll("[^A-Za-z0-9]+", "-") + "-"
                    + LibraryLoaderUtil.getNativeLibName();
            Path lib = cacheFolder.resolve(name);
            if (!Files.isRegularFile(lib) || size >= 0 && Files.size(lib) != size) {
                extract(entry, lib);
            }
            System.setProperty("org.sqlite.lib.path", cacheFolder.toAbsolutePath().toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            problem = "cannot put SQLite's native library into " + cacheFolder + ": " + Messages.describe(e);
            driverLog = Logger.getLogger("org.sqlite");
            driverLog.setLevel(Level.OFF);
        }
    }

    /** The library's path inside the driver's jar, given the folder of the system's libraries. */
    private static String resource(String folder) {
        return ("/" + folder + "/" + LibraryLoaderUtil.getNativeLibName()).replace("//", "/");
    }

    /**
     * Keeps the driver's answer to "which of my libraries fits this system" in {@code known}: asking costs 30-40 ms
     * of every command's start (it runs {@code uname} twice and reads every file this process has mapped), and the
     * answer only changes with the system, the Java runtime or the driver, which the file's name holds.
     */
    private static void remember(Path known, String folder) {
        try {
            writeWhole(known, tmp -> Files.writeString(tmp, folder));
        } catch (IOException | RuntimeException e) {
            // Asked again next time.
        }
    }

    /** Why {@link #prepare(Path)} failed, or null. */
    public static String problem() {
        return problem;
    }

    private static void extract(URLConnection entry, Path lib) throws IOException {
        writeWhole(lib, tmp -> {
            try (InputStream in = entry.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }

    /** What fills a temporary file. */
    private interface Content {
        void writeTo(Path tmp) throws IOException;
    }

    /**
     * Writes {@code file} whole or not at all: into a temporary file beside it, then moved over it, so another
     * process starting at the same time never reads half of it.
     */
    private static void writeWhole(Path file, Content content) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            content.writeTo(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
