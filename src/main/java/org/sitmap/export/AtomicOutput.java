package org.sitmap.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it appears whole or not at all: into a hidden temporary file in the target's folder, then
 * moved into place. A failed or cancelled export leaves no partial file behind (and keeps the previous one).
 */
final class AtomicOutput {
    /** The work of writing the file's content to the temporary path. */
    @FunctionalInterface
    interface Writer {
        void write(Path temporary) throws IOException;
    }

    private AtomicOutput() {
    }

    static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder");
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + "-", ".part");
        boolean done = false;
        try {
            writer.write(tmp);
            // Temporary files are private (rw-------); the export is an ordinary document.
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults apply
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
