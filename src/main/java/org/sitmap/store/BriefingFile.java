package org.sitmap.store;

import static org.sitmap.store.Connections.closeAsFound;
import static org.sitmap.store.Connections.closeQuietly;
import static org.sitmap.store.Connections.connect;
import static org.sitmap.store.Connections.deleteWithSidecars;
import static org.sitmap.store.Connections.foldIntoOneFile;
import static org.sitmap.store.Connections.vacuumInto;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.sitmap.model.Annotation;
import org.sitmap.model.Briefing;
import org.sitmap.model.BriefingInfo;

/**
 * A briefing stored in one SQLite file that is also a valid GeoPackage 1.3: QGIS and GDAL see the annotations as the
 * {@code annotations} feature layer (lon/lat, EPSG:4326) and the metadata as the {@code sitmap_briefing} table.
 *
 * <p>The file listens to its {@link #briefing()} and writes every change at once: a batch of changes
 * ({@link Briefing#atomically(Runnable)}) is one SQLite transaction, a change outside a batch is one transaction of
 * its own. The journal is WAL with {@code synchronous=NORMAL}, so a crash or {@code kill -9} loses at most the edit
 * in flight; {@link #close()} checkpoints and goes back to a rollback journal so no {@code -wal}/{@code -shm}
 * sidecars stay next to a file that is handed on. A write that fails is rolled back (the file stays as it was),
 * reported through {@link #lastError()} and {@link #setOnWriteError(Consumer)}, and the next change rewrites the whole
 * briefing so the file catches up with the model.
 *
 * <p>Opening never harms a file: it is first inspected on a read-only connection (SQLite header, {@code quick_check},
 * GeoPackage application id, tables, schema version) and only a healthy Sitmap briefing is opened for writing and
 * migrated. A second window opening a file that is already open gets it read-only ({@code FILE.gpkg.lock}, see
 * {@link #readOnlyReason()}), as does a file written by a newer Sitmap.
 *
 * <pre>{@code
 * try (BriefingFile file = BriefingFile.open(path)) {
 *     file.setOnWriteError(message -> notices.show(message));
 *     Briefing b = file.briefing();
 *     b.atomically(() -> b.add(zone));   // written in one transaction
 * }
 * }</pre>
 *
 * <p>Not thread-safe: like its {@link Briefing}, use it on one thread (writes run on the thread that changes the
 * briefing).
 */
public final class BriefingFile implements AutoCloseable {
    /** {@code PRAGMA application_id} of a GeoPackage: 'GPKG'. */
    public static final int GPKG_APPLICATION_ID = 0x47504B47;
    /** {@code PRAGMA user_version} of a GeoPackage 1.3. */
    public static final int GPKG_USER_VERSION = 10300;
    /** The reason given when another window holds the file. */
    public static final String OPEN_ELSEWHERE = "open in another Sitmap window";

    private final Path path;
    private final Briefing briefing;
    private final String readOnlyReason;
    private final int schemaVersion;
    private final ChangeWriter writer;
    private LockFile lock;

    private BriefingFile(Path path, Briefing briefing, Connection conn, LockFile lock, String readOnlyReason,
            int schemaVersion) {
        this.path = path;
        this.briefing = briefing;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.schemaVersion = schemaVersion;
        this.writer = new ChangeWriter(path, briefing, conn, readOnlyReason);
        briefing.addListener(writer);
    }

    // ------------------------------------------------------------------------------------------------ opening

    /**
     * Creates a new, empty briefing file; refuses to overwrite anything. The file is built under a temporary name in
     * the same folder and appears under its own name only once complete, so a crash or {@code kill -9} while it is
     * being created never leaves an empty or half-made briefing that blocks the next try.
     *
     * @throws BriefingFileException when the file exists or cannot be written
     */
    public static BriefingFile create(Path file, BriefingInfo info) throws BriefingFileException {
        return create(file, info, Duration.ZERO);
    }

    /**
     * Like {@link #create(Path, BriefingInfo)}, but waits up to {@code lockWait} while another Sitmap process is
     * creating or writing the same file; when that one has created it meanwhile, this one refuses ("already
     * exists") and the caller may open it instead.
     */
    public static BriefingFile create(Path file, BriefingInfo info, Duration lockWait) throws BriefingFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(info, "info");
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BriefingFileException(file, "already exists; a new briefing never overwrites a file");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BriefingFileException(file, "the folder " + dir + " does not exist");
        }
        LockFile lock = null;
        Path tmp = null;
        Connection c = null;
        try {
            lock = LockFile.acquire(file, lockWait);
            if (lock == null) {
                throw new BriefingFileException(file, "is being created in another Sitmap window");
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new BriefingFileException(file, "already exists (it was created meanwhile); a new briefing "
                        + "never overwrites a file");
            }
            tmp = temporarySibling(file);
            c = connect(tmp, false);
            Migrations.migrate(c, 0, Migrations.LATEST);
            c.setAutoCommit(false);
            BriefingInfoDao.write(c, info);
            c.commit();
            c.setAutoCommit(true);
            foldIntoOneFile(c);
            c.close();
            c = null;
            publish(tmp, file);
            tmp = null;
            c = connect(file, false);
            return new BriefingFile(file, new Briefing(info), c, lock, null, Migrations.LATEST);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(c);
            if (lock != null) {
                lock.release();
            }
            throw new BriefingFileException(file, "cannot be created: " + Messages.describe(e), e);
        } catch (BriefingFileException e) {
            closeQuietly(c);
            if (lock != null) {
                lock.release();
            }
            throw e;
        } finally {
            if (tmp != null) {
                deleteWithSidecars(tmp);
            }
        }
    }

    /** A new empty file beside {@code file}, hidden, with the folder's usual permissions (unlike a temp file). */
    private static Path temporarySibling(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Gives the finished temporary file its name, atomically and never over an existing file: a hard link fails
     * when the name is taken (a rename would replace it); where the file system has no hard links, a rename after
     * a last look.
     */
    private static void publish(Path tmp, Path file) throws IOException, BriefingFileException {
        try {
            Files.createLink(file, tmp);
            Files.delete(tmp);
            return;
        } catch (FileAlreadyExistsException e) {
            throw new BriefingFileException(file, "already exists (it was created meanwhile); a new briefing never "
                    + "overwrites a file");
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            // no hard links here (e.g. FAT, some network shares)
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BriefingFileException(file, "already exists (it was created meanwhile); a new briefing never "
                    + "overwrites a file");
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Opens a briefing for editing: inspects it, takes the window lock, migrates it to the latest schema and reads
     * it. Opens read-only (see {@link #readOnlyReason()}) when another window holds it, when it was written by a
     * newer Sitmap or when the file or folder is write-protected.
     *
     * @throws BriefingFileException when the file is missing, not a SQLite database, damaged, or not a Sitmap
     *     briefing; the file is left untouched
     */
    public static BriefingFile open(Path file) throws BriefingFileException {
        return open(file, Duration.ZERO);
    }

    /**
     * Like {@link #open(Path)}, but when another Sitmap process holds the file, waits up to {@code lockWait} for it
     * to let go (commands that write, such as several imports into one briefing at once) before opening read-only
     * with {@value #OPEN_ELSEWHERE}.
     */
    public static BriefingFile open(Path file, Duration lockWait) throws BriefingFileException {
        int version = inspect(file, true);
        String reason = null;
        if (version > Migrations.LATEST) {
            reason = "written by a newer Sitmap (schema " + version + "; this version knows up to "
                    + Migrations.LATEST + ")";
        } else if (!Files.isWritable(file)) {
            reason = "the file is write-protected";
        }
        LockFile lock = null;
        if (reason == null) {
            try {
                lock = LockFile.acquire(file, lockWait);
                if (lock == null) {
                    reason = OPEN_ELSEWHERE;
                } else if (lock.waited()) {
                    version = inspect(file, true); // the other process has changed the file meanwhile
                }
            } catch (IOException e) {
                reason = "cannot take the lock " + LockFile.pathFor(file).getFileName() + " ("
                        + Messages.describe(e) + "); the folder may be write-protected";
            } catch (BriefingFileException e) {
                lock.release();
                throw e;
            }
        }
        if (reason != null) {
            return readOnly(file, version, reason);
        }
        return openLocked(file, version, lock);
    }

    private static BriefingFile openLocked(Path file, int version, LockFile lock) throws BriefingFileException {
        Connection c = null;
        try {
            Briefing b;
            // Read first without writing anything (not even the switch to WAL), so a damaged annotation leaves the
            // file's bytes exactly as they were.
            try (Connection reader = connect(file, true)) {
                b = load(file, reader);
            }
            c = connect(file, false);
            try {
                Migrations.migrate(c, version, Migrations.LATEST);
            } catch (SQLException | RuntimeException e) {
                throw new BriefingFileException(file, "could not be upgraded from schema " + version + " to "
                        + Migrations.LATEST + " (the file was left as it was): " + Messages.describe(e), e);
            }
            if (version < Migrations.LATEST) {
                b = load(file, c); // as the new schema has it
            }
            return new BriefingFile(file, b, c, lock, null, Migrations.LATEST);
        } catch (SQLException e) {
            closeAsFound(c);
            lock.release();
            throw new BriefingFileException(file, "cannot be read: " + Messages.describe(e), e);
        } catch (BriefingFileException | RuntimeException e) {
            closeAsFound(c);
            lock.release();
            throw e;
        }
    }

    /**
     * Deletes a briefing this process created and could not fill, with its sidecar files, under its lock and only
     * while it holds no annotations: another import that was waiting for the lock may have taken it over and written
     * to it by now. Returns whether it was deleted; never throws.
     */
    public static boolean deleteIfEmpty(Path file) {
        LockFile lock;
        try {
            lock = LockFile.tryAcquire(file);
        } catch (IOException e) {
            return false;
        }
        if (lock == null) {
            return false;
        }
        try {
            if (Files.exists(file)) {
                try (BriefingFile view = openReadOnly(file)) {
                    if (!view.briefing().annotations().isEmpty()) {
                        return false;
                    }
                } catch (BriefingFileException e) {
                    // Not even readable: the half-made file of this process, which no one else could have used.
                }
            }
            Connections.deleteWithSidecars(file);
            return true;
        } finally {
            lock.release();
        }
    }

    /**
     * Opens a briefing only to read it (export, dump): no lock, no migration, the file is never written. Changes to
     * the briefing are refused with {@link #readOnlyReason()} "opened read-only".
     */
    public static BriefingFile openReadOnly(Path file) throws BriefingFileException {
        return readOnly(file, inspect(file, false), "opened read-only");
    }

    private static BriefingFile readOnly(Path file, int version, String reason) throws BriefingFileException {
        try (Connection c = connect(file, true)) {
            return new BriefingFile(file, load(file, c), null, null, reason, version);
        } catch (SQLException e) {
            throw BriefingFileException.unreadable(file, e);
        }
    }

    /**
     * Reads the whole briefing. An annotation whose geometry or attributes cannot be trusted (coordinates off the
     * globe, outside the box stored with them, a broken encoding) makes the whole file refused rather than opened
     * read-only: whatever read it next (the window, an export, a dump, a Save As copy) would pass the damage on as
     * if it were data, while the file left untouched can still be recovered from, with sqlite3 or from a backup.
     */
    private static Briefing load(Path file, Connection c) throws SQLException, BriefingFileException {
        try {
            return load(c);
        } catch (AnnotationDao.DamagedRowException e) {
            throw BriefingFileException.damaged(file, e);
        }
    }

    private static Briefing load(Connection c) throws SQLException {
        Briefing b = new Briefing(BriefingInfoDao.read(c));
        for (Annotation a : AnnotationDao.readAll(c)) {
            b.add(a);
        }
        return b;
    }

    /** See {@link BriefingInspector#inspect(Path, boolean)}. */
    static int inspect(Path file, boolean beforeWriting) throws BriefingFileException {
        return BriefingInspector.inspect(file, beforeWriting);
    }

    // ------------------------------------------------------------------------------------------------ state

    /** The writer of this file's changes, for writes past the in-memory briefing ({@link StreamedWrite}). */
    ChangeWriter writer() {
        return writer;
    }

    /** The briefing read from the file; every change to it is written to the file at once (unless read-only). */
    public Briefing briefing() {
        return briefing;
    }

    public Path path() {
        return path;
    }

    /** True when changes are not written (see {@link #readOnlyReason()}). */
    public boolean readOnly() {
        return readOnlyReason != null;
    }

    /** Why the file is read-only, e.g. {@value #OPEN_ELSEWHERE}; null when writable. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /** The schema version of the file as read (the latest once migrated). */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** The message of the last failed or refused write, or null when every change so far is in the file. */
    public String lastError() {
        return writer.lastError();
    }

    /** The cause of the last failed write or close in a few words ("the disk is full"), or null. */
    public String lastErrorCause() {
        return writer.lastCause();
    }

    /**
     * True when {@link #close()} could not move the saved changes from the {@code -wal} file into the briefing:
     * they are safe there, but the briefing file alone lacks them until it is opened again.
     */
    public boolean changesLeftInWal() {
        return writer.foldFailed();
    }

    /** False after a write failed, until a later change has written the whole briefing again. */
    public boolean inSync() {
        return !writer.outOfSync();
    }

    /** Hears the message of every failed or refused write (on the thread that changed the briefing). */
    public void setOnWriteError(Consumer<String> handler) {
        writer.setOnWriteError(handler);
    }

    // ------------------------------------------------------------------------------------------------ copy, close

    /**
     * Writes a consistent copy of the file to {@code target} with {@code VACUUM INTO}, which works while the file is
     * open and being edited; the copy is a single file (no WAL). This file stays the one being edited.
     *
     * @throws BriefingFileException when the target exists, cannot be written, or the last changes are not saved
     */
    public void saveAs(Path target) throws BriefingFileException {
        Objects.requireNonNull(target, "target");
        if (Files.exists(target)) {
            throw new BriefingFileException(target, "already exists; Save As never overwrites a file");
        }
        if (writer.closed()) {
            throw new BriefingFileException(path, "is closed");
        }
        if (!writer.catchUp()) { // one more try at writing the whole briefing
            throw new BriefingFileException(path, "the last changes could not be saved (" + writer.lastError()
                    + "), so a copy would miss them");
        }
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part"); // VACUUM INTO accepts an empty file
            if (writer.connection() != null) {
                vacuumInto(writer.connection(), tmp);
            } else {
                try (Connection c = connect(path, true)) {
                    vacuumInto(c, tmp);
                }
            }
            if (Files.exists(target)) {
                throw new BriefingFileException(target, "was created by someone else meanwhile; not overwritten");
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new BriefingFileException(target, "cannot be written: " + Messages.describe(e), e);
        } finally {
            if (tmp != null) {
                deleteWithSidecars(tmp);
            }
        }
    }

    /**
     * Stops listening, checkpoints the WAL into the file ({@code wal_checkpoint(TRUNCATE)}), switches back to a
     * rollback journal so no {@code -wal}/{@code -shm} files remain, and releases the window lock. Idempotent; a
     * failure is reported through {@link #lastError()}, never thrown.
     */
    @Override
    public void close() {
        if (writer.closed()) {
            return;
        }
        briefing.removeListener(writer);
        writer.close();
        if (lock != null) {
            lock.release();
            lock = null;
        }
    }
}
