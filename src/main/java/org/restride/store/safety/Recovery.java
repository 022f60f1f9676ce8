package org.restride.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.restride.store.Database;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The way out when the data folder's database cannot be opened (it is damaged, not Restride's, or from a newer
 * version): restore the newest good backup, or start fresh. Either way the unusable file is moved aside, never
 * overwritten or deleted.
 */
public final class Recovery {
    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    private final Path dataFolder;
    private final BackupFolder backups;
    /** Checks make no file beside what they read: the folder is read-only, or its disk full. */
    private final boolean untouched;

    public Recovery(Path dataFolder, BackupFolder backups) {
        this(dataFolder, backups, false);
    }

    private Recovery(Path dataFolder, BackupFolder backups, boolean untouched) {
        this.dataFolder = dataFolder;
        this.backups = backups;
        this.untouched = untouched;
    }

    /**
     * For a check that only reads and reports, in a folder no one else is writing (its lock is held, or it is
     * read-only): nothing is made beside the database or the backups, so it works on a read-only folder or a
     * full disk.
     */
    public static Recovery readingOnly(Path dataFolder, BackupFolder backups) {
        return new Recovery(dataFolder, backups, true);
    }

    /** The backups that pass the full check, newest first. */
    public List<BackupFile> goodBackups() {
        return backups.list().stream().filter(this::isGood).toList();
    }

    public Optional<BackupFile> newestGoodBackup() {
        return backups.list().stream().filter(this::isGood).findFirst();
    }

    /** What the data folder's database is like, as far as recovering goes. */
    public enum State {
        /** Whole and Restride's: there is nothing to recover. */
        HEALTHY,
        /** There is none yet (or an empty file). */
        MISSING,
        /** Sound, but made by a newer Restride: updating Restride is the answer, not recovering. */
        NEWER_VERSION,
        /** Damaged, or another program's: recovering is the way on. */
        UNUSABLE
    }

    /** Checks the database in full, reading only. */
    public State state() {
        Path db = database();
        try {
            if (!Files.isRegularFile(db) || Files.size(db) == 0) {
                return State.MISSING;
            }
            Database.verify(db, untouched);
            return State.HEALTHY;
        } catch (NotRestrideDatabaseException e) {
            return e.problem() == NotRestrideDatabaseException.Problem.NEWER_VERSION ? State.NEWER_VERSION : State.UNUSABLE;
        } catch (IOException e) {
            return State.UNUSABLE;
        }
    }

    /**
     * Restores the newest good backup; an unusable database is moved aside. A healthy or newer-version database
     * is left as it is unless {@code force}: then the restore first keeps a copy of it (or moves it aside whole).
     */
    public Restorer.Result restoreNewestGoodBackup(Instant now, boolean force) {
        refuseWithoutForce(force, "restoreNewest");
        BackupFile newest = newestGoodBackup().orElseThrow(() -> new StoreException(
                KeyedProblem.of("problems.store.noGoodBackup", Excerpt.path(backups.path()))));
        return new Restorer(dataFolder, backups).restore(newest.file(), now);
    }

    /**
     * Moves the database aside so the next start creates a new, empty one; returns where it went. A healthy or
     * newer-version database is left as it is unless {@code force}; a healthy one is then first backed up.
     */
    public Path startFresh(Instant now, boolean force) {
        Path db = database();
        if (!Files.exists(db)) {
            throw new StoreException(KeyedProblem.of("problems.store.nothingToSetAside", Excerpt.path(dataFolder)));
        }
        State state = refuseWithoutForce(force, "startFresh");
        if (state == State.HEALTHY) {
            BackupFile copy = backups.add(now, BackupFile.Reason.BEFORE_RECOVERY, Snapshot.ofFile(db));
            LOG.info(() -> "Healthy database backed up before a forced fresh start: " + copy.file().getFileName());
        }
        Path aside = SetAside.aside(db, now, state == State.UNUSABLE ? "damaged" : "set-aside");
        LOG.info(() -> "Database set aside as " + aside.getFileName() + "; starting fresh.");
        return aside;
    }

    private State refuseWithoutForce(boolean force, String action) {
        State state = state();
        if (!force && (state == State.HEALTHY || state == State.NEWER_VERSION)) {
            throw new StoreException(KeyedProblem.of("safety.recover." + (state == State.HEALTHY ? "healthy" : "newer"),
                    Excerpt.path(database()), KeyedProblem.of("safety.recover." + action)));
        }
        return state;
    }

    private Path database() {
        return dataFolder.resolve(Database.FILE_NAME);
    }

    private boolean isGood(BackupFile backup) {
        try {
            Database.verify(backup.file(), untouched);
            return true;
        } catch (NotRestrideDatabaseException e) {
            return false;
        }
    }
}
