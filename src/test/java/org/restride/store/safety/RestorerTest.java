package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.store.Database;
import org.restride.store.SettingsRepository;

class RestorerTest {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;

    BackupFolder backupFolder() {
        return new BackupFolder(folder, ZoneOffset.UTC);
    }

    @Test
    void aRestoreBringsBackTheBackupAndCanBeUndone() {
        BackupFile morning;
        try (Database db = Database.openFolder(folder)) {
            new SettingsRepository(db).put("note", "morning");
            morning = new BackupService(db, backupFolder()).backupNow(NOW);
            new SettingsRepository(db).put("note", "afternoon");
        }

        Restorer.Result result = new Restorer(folder, backupFolder()).restore(morning.file(), NOW.plusSeconds(60));
        assertEquals("morning", note());
        BackupFile undo = result.undo().orElseThrow();
        assertEquals(BackupFile.Reason.BEFORE_RESTORE, undo.reason());
        assertTrue(result.describe().contains("restore that file to undo"), result.describe());

        new Restorer(folder, backupFolder()).restore(undo.file(), NOW.plusSeconds(120));
        assertEquals("afternoon", note(), "undone");
    }

    @Test
    void aBadBackupIsRefusedBeforeAnythingChanges() throws Exception {
        try (Database db = Database.openFolder(folder)) {
            new SettingsRepository(db).put("note", "mine");
        }
        byte[] before = Files.readAllBytes(folder.resolve(Database.FILE_NAME));
        Path text = folder.resolve("not-a-backup.db");
        Files.writeString(text, "shopping list\n".repeat(100), StandardCharsets.UTF_8);
        Path missing = folder.resolve("missing.db");

        for (Path bad : new Path[] {text, missing}) {
            BadBackupException e = assertThrows(BadBackupException.class,
                    () -> new Restorer(folder, backupFolder()).restore(bad, NOW));
            assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
            assertTrue(e.getMessage().endsWith("Your current data is untouched."), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(folder.resolve(Database.FILE_NAME)));
        assertTrue(backupFolder().list().isEmpty(), "no backup was made for a restore that did not happen");
        assertEquals("mine", note());
    }

    @Test
    void aBackupWhoseVersionWasResetOrTableDroppedIsRefusedBeforeAnythingChanges() throws Exception {
        BackupFile good;
        try (Database db = Database.openFolder(folder)) {
            new SettingsRepository(db).put("note", "mine");
            good = new BackupService(db, backupFolder()).backupNow(NOW);
        }
        byte[] before = Files.readAllBytes(folder.resolve(Database.FILE_NAME));
        Path reset = folder.resolve("reset.db");
        Path dropped = folder.resolve("dropped.db");
        Files.copy(good.file(), reset);
        Files.copy(good.file(), dropped);
        sql(reset, "PRAGMA user_version = 0");
        sql(dropped, "DROP TABLE exercise_equipment");
        for (Path bad : new Path[] {reset, dropped}) {
            BadBackupException e = assertThrows(BadBackupException.class,
                    () -> new Restorer(folder, backupFolder()).restore(bad, NOW.plusSeconds(60)));
            assertTrue(e.getMessage().contains("is not a usable Restride backup"), e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(folder.resolve(Database.FILE_NAME)));
        assertEquals("mine", note());
        new Restorer(folder, backupFolder()).restore(good.file(), NOW.plusSeconds(120));
        assertEquals("mine", note(), "a whole backup still restores");
    }

    private static void sql(Path file, String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void restoringOverADamagedDatabaseKeepsTheDamagedFileAside() throws Exception {
        BackupFile good;
        try (Database db = Database.openFolder(folder)) {
            new SettingsRepository(db).put("note", "good");
            good = new BackupService(db, backupFolder()).backupNow(NOW);
        }
        byte[] garbage = "garbage".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(Database.FILE_NAME), garbage);

        Restorer.Result result = new Restorer(folder, backupFolder()).restore(good.file(), NOW);
        Path aside = result.setAside().orElseThrow();
        assertEquals(Optional.empty(), result.undo());
        assertArrayEquals(garbage, Files.readAllBytes(aside));
        assertTrue(aside.getFileName().toString().startsWith("restride.db.damaged-2026-11-25T09-00-00Z"), aside.toString());
        assertEquals("good", note());
    }

    private String note() {
        try (Database db = Database.openFolder(folder)) {
            return new SettingsRepository(db).get("note").orElse(null);
        }
    }

    /** A copy that fails midway (as VACUUM INTO cut short) leaves neither the half-made copy nor its -journal. */
    @Test
    void aCopyThatFailsMidwayLeavesNoHalfMadeFileNorItsJournal() throws Exception {
        Path target = folder.resolve("copy.db");
        Path temp = folder.resolve(".copy.db.tmp");
        assertThrows(RuntimeException.class, () -> Snapshot.write(target, empty -> {
            try {
                Files.writeString(empty, "half a database");
                Files.writeString(SetAside.sibling(empty, "-journal"), "its journal");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new SQLException("killed midway", "", 10 | 3 << 8);
        }));
        assertTrue(Files.notExists(target) && Files.notExists(temp), "no half-made copy");
        assertTrue(Files.notExists(SetAside.sibling(temp, "-journal")), "no journal beside it");
    }
}
