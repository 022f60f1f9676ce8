package org.restride.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.restride.io.OutputKind;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The one SQLite database of a data folder. All work goes through {@link #read} and {@link #write}, which
 * share one connection under a lock; a write is one transaction, and writes nested inside it join it. How the
 * file is opened, refused or checked first is {@link DatabaseOpener}'s.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "restride.db";
    /** "RSTD" in ASCII: marks the file as Restride's. */
    public static final int APPLICATION_ID = OutputKind.RESTRIDE_APPLICATION_ID;

    private final Path file;
    private final Connection connection;
    /** Why nothing may be written through this connection, or null when it is the folder's writer. */
    private final KeyedProblem readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicLong libraryChanges = new AtomicLong();
    private int writeDepth;
    /** The one clock the app runs on, handed over by the workspace that opened this database. */
    private volatile Clock clock = Clock.systemDefaultZone();

    Database(Path file, Connection connection, KeyedProblem readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (or creates) the database in the data folder and brings its schema up to date. */
    public static Database openFolder(Path dataFolder) {
        return DatabaseOpener.folder(dataFolder);
    }

    /**
     * Opens the folder's database for reading only, as a second copy of Restride does while the first one writes.
     * Nothing is created, migrated or written; {@link #write} refuses with a plain message.
     */
    public static Database openFolderReadOnly(Path dataFolder) {
        return DatabaseOpener.reading(dataFolder, false, KeyedProblem.of("problems.store.otherCopyWrites"));
    }

    /**
     * Opens the database of a read-only data folder (or a read-only database) to read it, touching no file: no
     * {@code -wal} or {@code -shm} file is made beside it. {@link #write} refuses with the read-only message.
     */
    public static Database openReadOnlyData(Path dataFolder) {
        return DatabaseOpener.reading(dataFolder, true, KeyedProblem.of("safety.readOnly.noSaving", Excerpt.path(dataFolder)));
    }

    /** Opens the file and migrates it to {@code targetVersion} (tests use older targets). */
    static Database open(Path file, int targetVersion) {
        return DatabaseOpener.migrated(file, targetVersion);
    }

    /**
     * Checks, reading only, that a file is a whole Restride database this version can open: SQLite, not damaged
     * (full integrity check), Restride's, and not from a newer version. Used on backups before they are trusted.
     */
    public static void verify(Path file) {
        verify(file, false);
    }

    /**
     * As {@link #verify(Path)}; when {@code untouched}, no file is made beside it (not even SQLite's {@code -shm}),
     * for a file in a read-only folder or on a full disk, that no one else is writing.
     */
    public static void verify(Path file, boolean untouched) {
        DatabaseOpener.verify(file, untouched);
    }

    /** Migrates a copy nobody else uses and reads each of its tables: StoreException if this version cannot use it. */
    public static void checkUsable(Path copy) {
        SchemaCheck.usable(copy);
    }

    /**
     * A failure told as what it is: a full disk, a read-only file or folder, a file that cannot be opened; any
     * other failure as "{@code what} (first line of the reason)". Never "damaged".
     */
    static StoreException explained(Path file, Exception e, KeyedProblem what) {
        WriteFailure kind = WriteFailure.of(e);
        StoreException told = kind.explain(kind.place(file), e);
        if (told != null) {
            return told;
        }
        return new StoreException(KeyedProblem.of("problems.store.because", what, e), e);
    }

    /**
     * SQLite's full integrity check of the open database, made with every backup (as long as the backup itself):
     * damage is refused with the one-line damaged message and noted for the next open ({@link #suspectDamage}).
     */
    public void checkWhole() {
        try {
            read(c -> {
                DatabaseChecks.checkIntegrity(file, c, "integrity_check(1)");
                return null;
            });
        } catch (NotRestrideDatabaseException e) {
            suspectDamage();
            throw e;
        }
    }

    /**
     * Notes that a backup found this database damaged: the next open runs the full check, and (if the damage is
     * real) refuses with the damaged-database message that leads to recovery.
     */
    public void suspectDamage() {
        try {
            Files.writeString(DatabaseChecks.suspectMarker(file),
                    "a backup found this database damaged; check it whole on the next open\n");
        } catch (IOException e) {
            // the next backup finds it again
        }
    }

    /** The newest data version this Restride reads and writes. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public boolean isReadOnly() {
        return readOnly != null;
    }

    /** The time every save is stamped with: the workspace's clock (tests hand over a fixed one). */
    public Clock clock() {
        return clock;
    }

    /** Set once, by the workspace that opened this database, so store and window keep one time. */
    public void useClock(Clock theClock) {
        this.clock = Objects.requireNonNull(theClock);
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    /**
     * Counts the changes made to the exercise library through this database, so that what is kept of the library
     * in memory ({@link ExerciseSearchIndex}) knows when to read it again.
     */
    public long libraryChanges() {
        return libraryChanges.get();
    }

    void libraryChanged() {
        libraryChanges.incrementAndGet();
    }

    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(e, "problems.store.readFailed");
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work in one transaction: all of it is saved, or none of it. */
    public <T> T write(SqlWork<T> work) {
        if (readOnly != null) {
            throw new StoreException(readOnly);
        }
        lock.lock();
        try {
            if (writeDepth > 0) {
                return runNested(work);
            }
            connection.setAutoCommit(false);
            writeDepth = 1;
            Exception failure = null;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                failure = e;
                rollbackAfter(e);
                throw e;
            } finally {
                writeDepth = 0;
                autoCommitAgain(failure);
            }
        } catch (SQLException e) {
            throw failed(e, "problems.store.saveFailed");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rolls back after a failed write. SQLite may already have rolled back by itself (after a full disk, say): then
     * rolling back fails too, and that second failure must not hide the first, which says what went wrong.
     */
    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException again) {
            failure.addSuppressed(again);
        }
    }

    /** Back to one statement at a time; after a failure, a second failure here is only noted, never in its place. */
    private void autoCommitAgain(Exception failure) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException again) {
            if (failure == null) {
                throw again;
            }
            failure.addSuppressed(again);
        }
    }

    private StoreException failed(SQLException e, String whatKey) {
        return explained(file, e, KeyedProblem.of(whatKey));
    }

    private <T> T runNested(SqlWork<T> work) throws SQLException {
        writeDepth++;
        try {
            return work.run(connection);
        } finally {
            writeDepth--;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            DatabaseOpener.closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }
}
