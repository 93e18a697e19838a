package org.sitmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * What the application remembers between runs (recent briefings, the last briefing, the window's place), kept in
 * {@code settings.properties} inside the user's data folder, beside the briefings themselves: a fresh data folder
 * (another SITMAP_HOME) starts fresh. Each change is written at once, to a temporary file moved over the old one,
 * so a crash never leaves half a file. An unreadable file counts as empty. Not thread-safe: FX thread only.
 * <pre>
 *   AppSettings settings = AppSettings.load(BriefingSession.dataFolder());
 *   settings.setRecentFiles(List.of(path));
 * </pre>
 */
public final class AppSettings {
    /** The file's name inside the data folder. */
    public static final String FILE_NAME = "settings.properties";
    private static final String RECENT = "recent.";
    private static final String LAST = "lastBriefing";
    private static final String WINDOW = "window.";
    private static final String MAXIMIZED = "window.maximized";

    private final Path folder;
    private final Properties values = new Properties();

    private AppSettings(Path folder) {
        this.folder = folder;
    }

    /** Reads the settings of {@code folder} (nothing yet when the file is missing or unreadable). */
    public static AppSettings load(Path folder) {
        AppSettings s = new AppSettings(folder);
        Path file = s.file();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear();
            }
        }
        return s;
    }

    /** The data folder these settings belong to: where new briefings and the worked example go. */
    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve(FILE_NAME);
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; values.containsKey(RECENT + i); i++) {
            out.add(Path.of(values.getProperty(RECENT + i)));
        }
        return out;
    }

    public void setRecentFiles(List<Path> files) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(RECENT)).toList().forEach(values::remove);
        for (int i = 0; i < files.size(); i++) {
            values.setProperty(RECENT + i, files.get(i).toString());
        }
        save();
    }

    /** The briefing that was open last, if any. */
    public Optional<Path> lastBriefing() {
        return Optional.ofNullable(values.getProperty(LAST)).map(Path::of);
    }

    public void setLastBriefing(Path file) {
        values.setProperty(LAST, file.toString());
        save();
    }

    /** The window's last size and place when it was not maximised (outer bounds, screen coordinates). */
    public Optional<Rectangle2D> windowBounds() {
        try {
            double x = Double.parseDouble(values.getProperty(WINDOW + "x"));
            double y = Double.parseDouble(values.getProperty(WINDOW + "y"));
            double w = Double.parseDouble(values.getProperty(WINDOW + "width"));
            double h = Double.parseDouble(values.getProperty(WINDOW + "height"));
            return w > 0 && h > 0 ? Optional.of(new Rectangle2D(x, y, w, h)) : Optional.empty();
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean windowMaximized() {
        return Boolean.parseBoolean(values.getProperty(MAXIMIZED));
    }

    public void setWindow(Rectangle2D bounds, boolean maximized) {
        values.setProperty(WINDOW + "x", number(bounds.getMinX()));
        values.setProperty(WINDOW + "y", number(bounds.getMinY()));
        values.setProperty(WINDOW + "width", number(bounds.getWidth()));
        values.setProperty(WINDOW + "height", number(bounds.getHeight()));
        values.setProperty(MAXIMIZED, Boolean.toString(maximized));
        save();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    /**
     * Writes the file: temporary file, then a move over the old one. Settings are a convenience, so a folder that
     * cannot be written is not worth an error dialog: the next start simply does not remember.
     */
    private void save() {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "settings", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    values.store(out, "Sitmap settings");
                }
                move(tmp, file());
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            System.err.println("Sitmap: settings not saved to " + file() + ": " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
