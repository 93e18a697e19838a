package org.sitmap.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Checks a file before it is opened for reading: a named pipe would block the reader forever, a folder or a device
 * gives a misleading error later. Stateless.
 */
public final class InputFiles {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private InputFiles() {
    }

    /**
     * Why {@code file} cannot be read as an ordinary file, in words ("no such file", "is a folder, not a file",
     * "not a regular file (a named pipe)", "permission denied", "no file name given"), or null when it can.
     */
    public static String problem(Path file) {
        if (file == null || file.toString().isEmpty()) {
            return "no file name given (the argument is empty)";
        }
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (IOException e) {
            return "cannot be read: " + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getMessage());
        }
        if (a.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!a.isRegularFile()) {
            return "not a regular file (" + specialKind(file) + ")";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read: permission denied";
        }
        return null;
    }

    /** {@link #problem(Path)} for a file that exists: null also when it does not, for callers that say so alike. */
    static String notRegular(Path file) {
        String p = problem(file);
        return "no such file".equals(p) ? null : p;
    }

    private static String specialKind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & TYPE_MASK) {
                case FIFO:
                    return "a named pipe";
                case CHARACTER_DEVICE:
                    return "a character device";
                case BLOCK_DEVICE:
                    return "a block device";
                case SOCKET:
                    return "a socket";
                default:
                    return "a special file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }
}
