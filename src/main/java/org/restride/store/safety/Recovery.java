package org.restride.store.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.restride.store.Database;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;

/**
 * The way out when the data folder's database cannot be opened (it is damaged, not Restride's, or from a newer
 * version): restore the newest good backup, or start fresh. Either way the unusable file is moved aside, never
 * overwritten or deleted.
 */
public final class Recovery {
    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    private final Path dataFolder;
    private final BackupFolder backups;

    public Recovery(Path dataFolder, BackupFolder backups) {
        this.dataFolder = dataFolder;
        this.backups = backups;
    }

    /** The backups that pass the full check, newest first. */
    public List<BackupFile> goodBackups() {
        return backups.list().stream().filter(Recovery::isGood).toList();
    }

    public Optional<BackupFile> newestGoodBackup() {
        return backups.list().stream().filter(Recovery::isGood).findFirst();
    }

    /** Restores the newest good backup; the unusable database is moved aside. */
    public Restorer.Result restoreNewestGoodBackup(Instant now) {
        BackupFile newest = newestGoodBackup().orElseThrow(() -> new StoreException(
                "There is no good backup in " + backups.path() + " to restore."));
        return new Restorer(dataFolder, backups).restore(newest.file(), now);
    }

    /** Moves the unusable database aside so the next start creates a new, empty one; returns where it went. */
    public Path startFresh(Instant now) {
        Path db = dataFolder.resolve(Database.FILE_NAME);
        if (!Files.exists(db)) {
            throw new StoreException("There is no database in " + dataFolder + " to set aside.");
        }
        Path aside = SetAside.damaged(db, now);
        LOG.info(() -> "Unusable database set aside as " + aside.getFileName() + "; starting fresh.");
        return aside;
    }

    private static boolean isGood(BackupFile backup) {
        try {
            Database.verify(backup.file());
            return true;
        } catch (NotRestrideDatabaseException e) {
            return false;
        }
    }
}
