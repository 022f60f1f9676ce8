package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.store.Database;
import org.restride.store.SettingsRepository;

/** Copies made to undo a restore, an import or a recovery are never pushed out by ordinary backups. */
class SafetyCopyRetentionTest {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    static BackupFile backup(Instant made, BackupFile.Reason reason) {
        return new BackupFile(Path.of(BackupFile.fileName(made, reason)), made, reason);
    }

    @Test
    void theUndoOfARestoreOutlivesManyBackupsAndRestores() {
        try (Database db = Database.openFolder(folder)) {
            new SettingsRepository(db).put("note", "the work before the restores");
        }
        BackupFolder backups = new BackupFolder(folder, ZoneOffset.UTC);
        Path usb = elsewhere.resolve("usb.db");
        try (Database db = Database.openFolder(folder)) {
            new BackupService(db, backups).backupTo(usb);
        }
        Instant t = NOW;
        BackupFile firstUndo = new Restorer(folder, backups).restore(usb, t).undo().orElseThrow();
        for (int i = 0; i < 11; i++) {
            t = t.plusSeconds(60);
            new Restorer(folder, backups).restore(usb, t);
        }
        try (Database db = Database.openFolder(folder)) {
            BackupService service = new BackupService(db, backups);
            for (int i = 0; i < 12; i++) {
                t = t.plusSeconds(60);
                service.backupNow(t);
            }
        }
        assertTrue(Files.exists(firstUndo.file()), "the first restore can still be undone");
        assertEquals(12, backups.list().stream().filter(b -> b.reason().safetyCopy()).count());
        assertEquals(BackupRotation.KEEP_LATEST, backups.list().stream().filter(b -> !b.reason().safetyCopy()).count());
    }

    @Test
    void safetyCopiesAreKeptThirtyDaysAndNeverFewerThanTheNewestFive() {
        List<BackupFile> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            all.add(backup(NOW.minus(Duration.ofHours(i)), BackupFile.Reason.AUTOMATIC));
        }
        BackupFile recentImport = backup(NOW.minus(Duration.ofDays(29)), BackupFile.Reason.BEFORE_IMPORT);
        BackupFile oldRecovery = backup(NOW.minus(Duration.ofDays(31)), BackupFile.Reason.BEFORE_RECOVERY);
        all.add(recentImport);
        all.add(oldRecovery);
        List<BackupFile> deleted = BackupRotation.toDelete(all, NOW, ZoneOffset.UTC);
        assertFalse(deleted.contains(recentImport));
        assertFalse(deleted.contains(oldRecovery), "one of the newest five safety copies, however old");

        List<BackupFile> old = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            old.add(backup(NOW.minus(Duration.ofDays(100 + i)), BackupFile.Reason.BEFORE_RESTORE));
        }
        List<BackupFile> gone = BackupRotation.toDelete(old, NOW, ZoneOffset.UTC);
        assertEquals(old.subList(5, 8), gone, "old ones beyond the newest five go");
    }

    @Test
    void halfMadeCopiesLeftByAKilledRestoreAreRemovedLater() throws Exception {
        BackupFolder backups = new BackupFolder(folder, ZoneOffset.UTC);
        Files.createDirectories(backups.path());
        Path staging = Files.writeString(folder.resolve(".restride-restore.tmp"), "a whole database copy");
        Path half = Files.writeString(backups.path().resolve(".restride-2026-11-25T08-00-00.000Z-auto.db.tmp"), "half");
        Path fresh = Files.writeString(backups.path().resolve(".restride-2026-11-25T09-00-00.000Z-auto.db.tmp"), "now");
        Path mine = Files.writeString(folder.resolve(".my-notes.tmp"), "not Restride's");
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(3)));
        for (Path p : List.of(staging, half, mine)) {
            Files.setLastModifiedTime(p, old);
        }
        backups.rotate(Instant.now());
        assertFalse(Files.exists(staging));
        assertFalse(Files.exists(half));
        assertTrue(Files.exists(fresh), "a copy that may still be being made is left alone");
        assertTrue(Files.exists(mine), "other files are not Restride's to remove");
    }
}
