package org.sitmap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sitmap.app.ClashPolicy;
import org.sitmap.app.ImportPlan;
import org.sitmap.geo.AnnotationGeoJson;
import org.sitmap.geo.GeoJsonException;
import org.sitmap.model.Annotation;
import org.sitmap.model.BriefingInfo;
import org.sitmap.model.SideList;
import org.sitmap.store.BriefingFile;
import org.sitmap.store.BriefingFileException;

/**
 * The briefing file behind the window: New, Open, Save As, recent files, and import / export of annotations as
 * GeoJSON. Every edit is written by the {@link BriefingFile} the moment it is made, so there is no Save. Failures
 * leave the current briefing open and untouched and are reported with the file's full path (two briefings may share
 * a name). Recent files and the last briefing are kept in the data folder's {@link AppSettings}. FX thread only.
 */
public final class BriefingSession {
    private static final int MAX_RECENT = 8;
    private static final String EXAMPLE_RESOURCE = "/org/sitmap/data/scenarios/kursk-2024-08-14/kursk-2024-08-14.gpkg";
    private static final String EXAMPLE_FILE = "Kursk incursion 2024-08-14.gpkg";
    private static final String SUDAN_RESOURCE = "/org/sitmap/data/scenarios/sudan-2023-04/sudan-2023-04.gpkg";
    private static final String SUDAN_FILE = "Sudan 2023-04 example.gpkg";

    private final BriefingViewModel vm;
    private final AppSettings settings;
    private final ReadOnlyObjectWrapper<BriefingFile> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Sitmap");
    private Consumer<Notice> notices = n -> { };
    private ClashChooser clashChooser = (s, n, c) -> ImportClashDialog.ask(null, s, n, c);

    /** @param settings the data folder's settings: where briefings go and what was open (a test passes a temp one) */
    public BriefingSession(BriefingViewModel vm, AppSettings settings) {
        this.vm = vm;
        this.settings = settings;
        vm.briefingProperty().addListener((o, a, b) -> refreshTitle());
        vm.situationDateProperty().addListener((o, a, b) -> refreshTitle());
        refreshTitle();
    }

    public void setNoticeSink(Consumer<Notice> sink) {
        this.notices = sink == null ? n -> { } : sink;
    }

    public ReadOnlyObjectProperty<BriefingFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** The data folder of this session: where new briefings and the worked example go. */
    public Path folder() {
        return settings.folder();
    }

    /** Where briefings go by default: $SITMAP_HOME, else the platform's per-user data folder. */
    public static Path dataFolder() {
        String override = System.getProperty("sitmap.home", System.getenv("SITMAP_HOME"));
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Sitmap");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Sitmap");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("sitmap");
    }

    /**
     * At start-up: reopens the last briefing (else the most recent one still there); at the very first start in
     * this data folder opens a copy of the worked example there; else creates "My briefing.gpkg" there, so what the
     * analyst draws is saved from the first stroke.
     */
    public void openStartupBriefing() {
        List<Path> candidates = new ArrayList<>();
        settings.lastBriefing().ifPresent(candidates::add);
        candidates.addAll(recentFiles());
        for (Path p : candidates) {
            if (Files.isRegularFile(p) && open(p)) {
                return;
            }
        }
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            notices.accept(new Notice(Notice.Level.WARNING, "No folder for briefings",
                    folder + ": " + e.getMessage() + "\nWhat you draw is not saved until you choose File > New."));
            return;
        }
        Path example = folder.resolve(EXAMPLE_FILE);
        if (!Files.exists(example) && copyWorkedExample(example) && open(example)) {
            return;
        }
        Path target = folder.resolve("My briefing.gpkg");
        if (Files.exists(target) ? !open(target) : !create(target, "My briefing")) {
            notices.accept(new Notice(Notice.Level.WARNING, "Drawing is not being saved",
                    "Choose File > New briefing to start a briefing file."));
        }
    }

    /**
     * Copies the bundled worked example (the Kursk incursion of August 2024) to {@code target}: the user works on a
     * copy, never on the application's original.
     */
    static boolean copyWorkedExample(Path target) {
        return copyExample(EXAMPLE_RESOURCE, target);
    }

    /**
     * Opens the second worked example (Sudan, April-May 2023): a copy in the briefings folder, made on first use and
     * kept after, like the Kursk one.
     */
    public boolean openSudanExample() {
        Path target = folder().resolve(SUDAN_FILE);
        if (!Files.exists(target) && !copyExample(SUDAN_RESOURCE, target)) {
            notices.accept(new Notice(Notice.Level.ERROR, "The Sudan example could not be opened",
                    "It could not be copied to " + target));
            return false;
        }
        return open(target);
    }

    private static boolean copyExample(String resource, Path target) {
        try (var in = BriefingSession.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "example", ".part");
            try {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates a new briefing file and switches to it. */
    public boolean create(Path target, String title) {
        try {
            BriefingFile f = BriefingFile.create(target, new BriefingInfo(title, System.getProperty("user.name"),
                    null, null));
            switchTo(f);
            return true;
        } catch (BriefingFileException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Cannot create " + shown(target), e.getMessage()));
            return false;
        }
    }

    /** Opens a briefing file and switches to it; on failure the current briefing stays as it was. */
    public boolean open(Path target) {
        BriefingFile current = file.get();
        if (current != null && current.path().toAbsolutePath().normalize()
                .equals(target.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            BriefingFile f = BriefingFile.open(target);
            switchTo(f);
            if (f.readOnly()) {
                notices.accept(new Notice(Notice.Level.INFO, shown(target) + " is open read-only",
                        f.readOnlyReason() + ". You can look and export; use File > Save As for an editable copy."));
            }
            return true;
        } catch (BriefingFileException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Cannot open " + shown(target), e.getMessage()));
            return false;
        }
    }

    /** Copies the briefing to a new file (consistent even while open) and continues there. */
    public boolean saveAs(Path target) {
        BriefingFile current = file.get();
        if (current == null) {
            return create(target, vm.briefing().info().title());
        }
        try {
            current.saveAs(target);
        } catch (BriefingFileException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Cannot save as " + shown(target), e.getMessage()));
            return false;
        }
        return open(target);
    }

    /**
     * Adds the annotations of a GeoJSON file, all or nothing, as one undoable step. When the briefing already holds
     * some of their ids, the clash chooser (by default a dialog) decides: keep both, replace, or cancel.
     */
    public boolean importAnnotations(Path source) {
        List<Annotation> read;
        SideList fileSides;
        try {
            AnnotationGeoJson.Contents contents = AnnotationGeoJson.readWithSides(source);
            read = contents.annotations();
            fileSides = contents.sides();
        } catch (GeoJsonException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Nothing imported from " + shown(source),
                    e.getMessage()));
            return false;
        } catch (IOException | RuntimeException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Nothing imported from " + shown(source),
                    e.getMessage()));
            return false;
        }
        if (read.isEmpty()) {
            notices.accept(new Notice(Notice.Level.INFO, "Nothing imported", shown(source)
                    + " holds no annotations"));
            return false;
        }
        List<String> clashes = ImportPlan.clashes(vm.briefing(), read);
        ClashPolicy policy = clashes.isEmpty() ? ClashPolicy.REFUSE
                : clashChooser.choose(source, read.size(), clashes);
        if (policy == ClashPolicy.REFUSE && !clashes.isEmpty()) {
            return false;
        }
        ImportPlan plan;
        try {
            plan = ImportPlan.of(vm.briefing(), read, fileSides, policy);
        } catch (ImportPlan.UnknownSideException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Nothing imported from " + shown(source),
                    shown(source) + ": " + e.getMessage()));
            return false;
        }
        return vm.execute(plan.command(vm.briefing(), "Import " + plan.size() + " annotations"));
    }

    /** Replaces the dialog that asks what to do with clashing ids (tests, or a window that owns the question). */
    public void setClashChooser(ClashChooser chooser) {
        this.clashChooser = chooser == null ? (s, n, c) -> ImportClashDialog.ask(null, s, n, c) : chooser;
    }

    /** Decides what an import does with annotations whose id the briefing already holds. */
    @FunctionalInterface
    public interface ClashChooser {
        /**
         * @param total   how many annotations the file holds
         * @param clashes the ids the briefing already holds
         * @return the policy; {@link ClashPolicy#REFUSE} imports nothing
         */
        ClashPolicy choose(Path source, int total, List<String> clashes);
    }

    /** Writes every annotation of the briefing to a GeoJSON file. */
    public boolean exportAnnotations(Path target) {
        try {
            AnnotationGeoJson.write(target, vm.briefing().snapshot(), vm.briefing().info().sides());
            return true;
        } catch (IOException | RuntimeException e) {
            notices.accept(new Notice(Notice.Level.ERROR, "Cannot export to " + shown(target),
                    e.getMessage()));
            return false;
        }
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        return settings.recentFiles();
    }

    /** A file as messages name it: the full path, since two briefings in different folders may share a name. */
    private static String shown(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private void remember(Path p) {
        List<Path> recent = recentFiles();
        Path abs = p.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        settings.setRecentFiles(recent);
        settings.setLastBriefing(abs);
    }

    private void switchTo(BriefingFile f) {
        BriefingFile old = file.get();
        f.setOnWriteError(msg -> Platform.runLater(() -> notices.accept(new Notice(Notice.Level.ERROR,
                "The last change was not saved", msg))));
        vm.readOnlyProperty().set(f.readOnly());
        vm.attach(f.briefing());
        // Last: listeners of the file (the window fits the view to it) see the new briefing already attached.
        file.set(f);
        if (old != null) {
            old.close();
        }
        remember(f.path());
        refreshTitle();
    }

    /** Checkpoints and closes the file (no -wal/-shm left behind). */
    public void close() {
        BriefingFile f = file.get();
        if (f != null) {
            f.close();
        }
    }

    private void refreshTitle() {
        BriefingFile f = file.get();
        StringBuilder sb = new StringBuilder("Sitmap");
        if (vm.briefing() != null && !vm.briefing().info().title().isBlank()) {
            sb.append(" — ").append(vm.briefing().info().title());
        }
        if (vm.situationDateProperty().get() != null) {
            sb.append(" — situation ").append(vm.situationDateProperty().get());
        }
        if (f != null) {
            sb.append(" — ").append(f.path().getFileName());
            if (f.readOnly()) {
                sb.append(" [read-only]");
            }
        } else {
            sb.append(" — not saved");
        }
        windowTitle.set(sb.toString());
    }
}
