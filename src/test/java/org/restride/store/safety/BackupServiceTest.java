package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.io.OutputRefusedException;
import org.restride.store.Database;
import org.restride.store.FreshDatabase;
import org.restride.store.SettingsRepository;

class BackupServiceTest extends FreshDatabase {
    static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    BackupService backups;

    @BeforeEach
    void open() {
        backups = new BackupService(db, ZoneOffset.UTC);
    }

    @Test
    void aBackupAtStartThenAtMostHourlyAndOnlyWhenSomethingChanged() {
        new SettingsRepository(db).put("edit", "1");
        assertTrue(backups.backupIfDue(START).isPresent(), "at start");
        new SettingsRepository(db).put("edit", "2");
        assertTrue(backups.backupIfDue(START.plus(Duration.ofMinutes(59))).isEmpty(), "not within the hour");
        assertTrue(backups.backupIfDue(START.plus(Duration.ofMinutes(60))).isPresent(), "an hour later, with an edit");
        assertTrue(backups.backupIfDue(START.plus(Duration.ofHours(5))).isEmpty(), "nothing changed since");
        assertEquals(2, backups.list().size());
    }

    @Test
    void aBackupHoldsEverySavedEditAndIsAWholeDatabaseOfItsOwn() throws Exception {
        SettingsRepository settings = new SettingsRepository(db);
        for (int i = 0; i < 50; i++) {
            settings.put("edit-" + i, "value " + i);
        }
        BackupFile backup = backups.backupNow(START);
        assertEquals(BackupFile.Reason.MANUAL, backup.reason());
        assertEquals(List.of(backup.file().getFileName().toString()), fileNames(backup.file().getParent()),
                "one self-contained file: no -wal, no temporary file left");
        Database.verify(backup.file());
        try (Database copy = Database.openFolder(copyToFolder(backup.file()))) {
            assertEquals("value 49", new SettingsRepository(copy).get("edit-49").orElseThrow());
        }
    }

    @Test
    void rotationRunsAfterEachBackup() {
        for (int hour = 0; hour < 14; hour++) {
            new SettingsRepository(db).put("edit", Integer.toString(hour));
            backups.backupIfDue(START.plus(Duration.ofHours(hour)));
        }
        List<BackupFile> kept = backups.list();
        assertEquals(10, kept.size(), "the last 10 (all from today)");
        assertEquals(START.plus(Duration.ofHours(13)), kept.get(0).made(), "newest first");
    }

    @Test
    void aBackupCanBeWrittenToAChosenFileButNeverOverTheDatabase(@TempDir Path elsewhere) throws Exception {
        new SettingsRepository(db).put("edit", "kept");
        Path usb = Files.createDirectories(elsewhere.resolve("usb")).resolve("clinic.db");
        backups.backupTo(usb);
        Database.verify(usb);
        assertTrue(backups.list().isEmpty(), "a chosen file is not part of the rotation");

        byte[] before = Files.readAllBytes(db.file());
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> backups.backupTo(db.file()));
        assertTrue(e.getMessage().contains("data folder"), e.getMessage());
        assertThrows(OutputRefusedException.class, () -> backups.backupTo(folder.resolve(Database.FILE_NAME + "-wal")));
        assertThrows(OutputRefusedException.class, () -> backups.backupTo(folder.resolve("usb/clinic.db")));
        assertEquals(before.length, Files.readAllBytes(db.file()).length);
        assertThrows(OutputRefusedException.class, () -> backups.backupTo(elsewhere.resolve("nowhere").resolve("x.db")));
        assertFalse(Files.exists(elsewhere.resolve("nowhere")));
    }

    private Path copyToFolder(Path backup) throws Exception {
        Path other = Files.createDirectories(folder.resolve("restored"));
        Files.copy(backup, other.resolve(Database.FILE_NAME));
        return other;
    }

    static List<String> fileNames(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
