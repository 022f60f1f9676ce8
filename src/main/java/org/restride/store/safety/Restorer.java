package org.restride.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.restride.io.PrivateFiles;
import org.restride.store.Database;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * Puts a backup in place of the data folder's database. The database must be closed (close the workspace
 * first, open it again after). The backup is checked before anything changes; the current database is first
 * backed up (so the restore can be undone) or, if it is damaged, moved aside; then the checked copy replaces it
 * in one atomic rename.
 */
public final class Restorer {
    private static final Logger LOG = Logger.getLogger(Restorer.class.getName());

    /** Far beyond any clinic's data (a large clinic's database is tens of megabytes). */
    static final long MAX_BACKUP_BYTES = 8L * 1024 * 1024 * 1024;

    private final Path dataFolder;
    private final BackupFolder backups;

    public Restorer(Path dataFolder, BackupFolder backups) {
        this.dataFolder = dataFolder;
        this.backups = backups;
    }

    /**
     * What a restore did. {@code undo} is the backup of the database as it was (restore it to undo); {@code setAside}
     * is where a damaged database was moved instead.
     */
    public record Result(Path restoredFrom, Optional<BackupFile> undo, Optional<Path> setAside) {
        public String describe() {
            String done = "Restored the database from " + Excerpt.whole(restoredFrom) + ".";
            if (undo.isPresent()) {
                return done + " The database as it was is kept in " + Excerpt.whole(undo.get().file()) + "; restore that file to undo.";
            }
            return setAside.map(p -> done + " The damaged database was kept aside as " + Excerpt.whole(p) + ".").orElse(done);
        }
    }

    /** Restores from the backup file; throws, changing nothing, if it is not a good Restride database. */
    public Result restore(Path backup, Instant now) {
        check(backup);
        Path db = dataFolder.resolve(Database.FILE_NAME);
        Path staging = dataFolder.resolve(".restride-restore.tmp");
        try {
            PrivateFiles.folder(dataFolder);
            Snapshot.write(staging, Snapshot.ofFile(backup));
            usable(staging, backup);
            SetAside.deleteSidecars(staging);
            Optional<BackupFile> undo = Optional.empty();
            Optional<Path> aside = Optional.empty();
            if (Files.exists(db) && Files.size(db) > 0) {
                if (isSound(db)) {
                    undo = Optional.of(backups.add(now, BackupFile.Reason.BEFORE_RESTORE, Snapshot.ofFile(db)));
                } else {
                    aside = Optional.of(SetAside.damaged(db, now));
                }
            }
            SetAside.deleteSidecars(db);
            Snapshot.moveIntoPlace(staging, db);
            LOG.info(() -> "Database restored from a backup" + (backup.startsWith(backups.path()) ? ": " + backup.getFileName() : "."));
            return new Result(backup, undo, aside);
        } catch (IOException e) {
            throw new StoreException(KeyedProblem.of("problems.store.restoreUnfinished", e), e);
        } finally {
            Snapshot.deleteQuietly(staging);
        }
    }

    /** Refuses, saying what is wrong with that file, anything that is not a whole backup this Restride reads. */
    private void check(Path backup) {
        if (Files.isDirectory(backup)) {
            throw new BadBackupException(BadBackupException.Problem.FOLDER, backup);
        }
        if (!Files.exists(backup)) {
            throw new BadBackupException(BadBackupException.Problem.MISSING, backup);
        }
        backups.neverABackup(backup).ifPresent(problem -> {
            throw new BadBackupException(problem, backup);
        });
        if (!Files.isRegularFile(backup)) {
            throw new BadBackupException(BadBackupException.Problem.NOT_A_FILE, backup);
        }
        try {
            long size = Files.size(backup);
            if (size == 0) {
                throw new BadBackupException(BadBackupException.Problem.EMPTY, backup);
            }
            if (size > MAX_BACKUP_BYTES) {
                throw new BadBackupException(BadBackupException.Problem.TOO_LARGE, backup);
            }
        } catch (IOException e) {
            throw new BadBackupException(BadBackupException.Problem.DAMAGED, backup);
        }
        try {
            Database.verify(backup);
        } catch (NotRestrideDatabaseException e) {
            throw new BadBackupException(switch (e.problem()) {
                case DAMAGED -> BadBackupException.Problem.DAMAGED;
                case NOT_RESTRIDE -> BadBackupException.Problem.NOT_RESTRIDE;
                case NEWER_VERSION -> BadBackupException.Problem.NEWER_VERSION;
            }, backup);
        } catch (StoreException e) {
            throw new BadBackupException(BadBackupException.Problem.DAMAGED, backup);
        }
    }

    /** The staged copy brought up to this version and read; refused, with the live database untouched, if not. */
    private static void usable(Path staged, Path backup) {
        try {
            Database.checkUsable(staged);
        } catch (StoreException e) {
            LOG.warning(() -> "A backup was refused: it cannot be brought up to this version (" + e.getClass().getSimpleName() + ")");
            throw new BadBackupException(BadBackupException.Problem.DAMAGED, backup);
        }
    }

    private static boolean isSound(Path db) {
        try {
            Database.verify(db);
            return true;
        } catch (NotRestrideDatabaseException e) {
            return false;
        }
    }
}
