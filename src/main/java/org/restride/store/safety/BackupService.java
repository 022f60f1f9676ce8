package org.restride.store.safety;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.restride.io.OutputGuard;
import org.restride.io.OutputKind;
import org.restride.store.Database;

/**
 * Backups of the open database. It has no timer of its own: the app calls {@link #backupIfDue} when it starts
 * and then every few minutes, and a backup is made at most once an hour, and only when something changed since
 * this service's last one (so an idle app does not push older backups out of rotation).
 */
public final class BackupService {
    public static final Duration INTERVAL = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Database db;
    private final BackupFolder folder;
    private long changesAtLastBackup = -1;

    public BackupService(Database db, BackupFolder folder) {
        this.db = db;
        this.folder = folder;
    }

    public BackupService(Database db, ZoneId zone) {
        this(db, new BackupFolder(db.file().toAbsolutePath().getParent(), zone));
    }

    /** Makes an automatic backup if the newest backup is an hour old (or there is none) and there is something new. */
    public Optional<BackupFile> backupIfDue(Instant now) {
        long changes = totalChanges();
        boolean changedSinceOurLast = changesAtLastBackup < 0 || changes != changesAtLastBackup;
        Optional<BackupFile> newest = folder.list().stream().findFirst();
        boolean hourPassed = newest.isEmpty() || !newest.get().made().plus(INTERVAL).isAfter(now);
        if (!changedSinceOurLast || !hourPassed) {
            return Optional.empty();
        }
        return Optional.of(make(now, BackupFile.Reason.AUTOMATIC, changes));
    }

    /** "Back up now": a backup into the backups folder, whatever the time of the last one. */
    public BackupFile backupNow(Instant now) {
        return make(now, BackupFile.Reason.MANUAL, totalChanges());
    }

    /** A backup written to a file of the user's choosing, such as a USB stick. It is not rotated. */
    public void backupTo(Path file) {
        Path target = new OutputGuard(db.file().toAbsolutePath().getParent()).check(file, OutputKind.DATABASE);
        db.checkWhole();
        Snapshot.write(target, Snapshot.of(db));
        LOG.info("Backup written to a chosen file.");
    }

    /**
     * A copy made just before something that changes rows already here (an import that replaces), kept apart from
     * rotation so that restoring it undoes that change.
     */
    public BackupFile safetyCopy(Instant now, BackupFile.Reason reason) {
        if (!reason.safetyCopy()) {
            throw new IllegalArgumentException(reason + " is not a safety copy");
        }
        db.checkWhole();
        return folder.add(now, reason, Snapshot.of(db));
    }

    /** The backups in the backups folder, newest first. */
    public List<BackupFile> list() {
        return folder.list();
    }

    public BackupFolder folder() {
        return folder;
    }

    private BackupFile make(Instant now, BackupFile.Reason reason, long changes) {
        db.checkWhole();
        BackupFile made = folder.add(now, reason, Snapshot.of(db));
        changesAtLastBackup = changes;
        return made;
    }

    /** Rows changed through this connection since it opened: a cheap sign that there is something new to back up. */
    private long totalChanges() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }
}
