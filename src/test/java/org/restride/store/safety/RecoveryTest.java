package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restride.library.BuiltInLibrary;
import org.restride.library.LibrarySeeder;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.NotRestrideDatabaseException.Problem;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.SettingsRepository;
import org.restride.store.StoreException;

class RecoveryTest {
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;

    /**
     * The ways a database file goes bad, each leaving the file to be found in the data folder. Opening checks only
     * what is O(1) (the header, sqlite_master): scrambled pages further in are found by the full check that runs
     * with every backup, which notes them so the next open refuses the file.
     */
    enum Damage {
        TRUNCATED(Problem.DAMAGED), TEXT_FILE(Problem.DAMAGED), SCRAMBLED_PAGES(Problem.DAMAGED),
        OTHER_PROGRAMS_DATABASE(Problem.NOT_RESTRIDE), FUTURE_VERSION(Problem.NEWER_VERSION);

        final Problem problem;

        Damage(Problem problem) {
            this.problem = problem;
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void anUnusableDatabaseIsRefusedUntouchedAndTheNewestGoodBackupBringsTheDataBack(Damage damage) throws Exception {
        makeLibraryWithBackup();
        Path dbFile = folder.resolve(Database.FILE_NAME);
        damage(dbFile, damage);
        if (damage == Damage.SCRAMBLED_PAGES) {
            try (Database db = Database.openFolder(folder)) {
                NotRestrideDatabaseException atBackup = assertThrows(NotRestrideDatabaseException.class,
                        () -> new BackupService(db, backups()).backupNow(NOW.plusSeconds(1)));
                assertEquals(Problem.DAMAGED, atBackup.problem(), atBackup.getMessage());
                assertEquals(1, atBackup.getMessage().lines().count(), atBackup.getMessage());
            }
            assertEquals(1, backups().list().size(), "no damaged copy kept as a backup");
        }
        byte[] damaged = Files.readAllBytes(dbFile);

        NotRestrideDatabaseException e = assertThrows(NotRestrideDatabaseException.class, () -> Database.openFolder(folder));
        assertEquals(damage.problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().endsWith("Restride has left it untouched."), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(dbFile), "nothing overwritten");

        Recovery recovery = new Recovery(folder, backups());
        boolean newer = damage == Damage.FUTURE_VERSION;
        if (newer) {
            StoreException refused = assertThrows(StoreException.class, () -> recovery.restoreNewestGoodBackup(NOW, false));
            assertTrue(refused.getMessage().contains("update Restride"), refused.getMessage());
            assertArrayEquals(damaged, Files.readAllBytes(dbFile), "not rolled back without --force");
        }
        Restorer.Result result = recovery.restoreNewestGoodBackup(NOW.plusSeconds(5), newer);
        assertArrayEquals(damaged, Files.readAllBytes(result.setAside().orElseThrow()), "kept aside, byte for byte");
        try (Database db = Database.openFolder(folder)) {
            assertEquals("before the damage", new SettingsRepository(db).get("note").orElseThrow());
            assertTrue(new ExerciseRepository(db).count() > 100);
        }
        assertFalse(Files.exists(folder.resolve(Database.FILE_NAME + "-check")), "the restored file was checked whole");
    }

    @Test
    void goodBackupsSkipDamagedOnesAndListNewestFirst() throws Exception {
        makeLibraryWithBackup();
        Path fake = backups().path().resolve(BackupFile.fileName(NOW.plus(Duration.ofHours(2)), BackupFile.Reason.AUTOMATIC));
        Files.writeString(fake, "not a database".repeat(100));
        try (Database db = Database.openFolder(folder)) {
            new BackupService(db, backups()).backupNow(NOW.plus(Duration.ofHours(1)));
        }
        List<BackupFile> good = new Recovery(folder, backups()).goodBackups();
        assertEquals(2, good.size());
        assertEquals(List.of(NOW.plus(Duration.ofHours(1)), NOW), good.stream().map(BackupFile::made).toList());
        assertEquals(2, backups().list().size(), "a file that does not begin as a database is not listed as a backup");
        assertTrue(Files.exists(fake), "and it is left where it is");
    }

    @Test
    void startingFreshKeepsTheDamagedFileAsideAndOpensAnEmptyDatabase() throws Exception {
        Path dbFile = folder.resolve(Database.FILE_NAME);
        byte[] text = "these are my notes\n".repeat(300).getBytes(StandardCharsets.UTF_8);
        Files.write(dbFile, text);
        Files.writeString(folder.resolve(Database.FILE_NAME + "-wal"), "stray log");

        Path aside = new Recovery(folder, backups()).startFresh(NOW, false);
        assertArrayEquals(text, Files.readAllBytes(aside));
        assertEquals("stray log", Files.readString(folder.resolve(aside.getFileName() + "-wal")), "its companions go with it");
        assertFalse(Files.exists(folder.resolve(Database.FILE_NAME + "-wal")));
        try (Database db = Database.openFolder(folder)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
        }
    }

    @Test
    void withNoGoodBackupRestoringSaysSoAndChangesNothing() throws Exception {
        Path dbFile = folder.resolve(Database.FILE_NAME);
        Files.writeString(dbFile, "junk".repeat(500));
        StoreException e = assertThrows(StoreException.class, () -> new Recovery(folder, backups()).restoreNewestGoodBackup(NOW, false));
        assertTrue(e.getMessage().startsWith("There is no good backup"), e.getMessage());
        assertEquals("junk".repeat(500), Files.readString(dbFile));
    }

    private BackupFolder backups() {
        return new BackupFolder(folder, ZoneOffset.UTC);
    }

    private void makeLibraryWithBackup() {
        try (Database db = Database.openFolder(folder)) {
            new LibrarySeeder(db, BuiltInLibrary.load()).seedIfChanged();
            new SettingsRepository(db).put("note", "before the damage");
            new BackupService(db, backups()).backupNow(NOW);
        }
    }

    static void damage(Path dbFile, Damage damage) throws Exception {
        switch (damage) {
            case TRUNCATED -> {
                try (RandomAccessFile file = new RandomAccessFile(dbFile.toFile(), "rw")) {
                    file.setLength(file.length() * 6 / 10);
                }
            }
            case TEXT_FILE -> Files.writeString(dbFile, "Dear diary,\n".repeat(400));
            case SCRAMBLED_PAGES -> {
                try (RandomAccessFile file = new RandomAccessFile(dbFile.toFile(), "rw")) {
                    byte[] noise = new byte[8192];
                    new Random(7).nextBytes(noise);
                    file.seek(8192);
                    file.write(noise);
                }
            }
            case OTHER_PROGRAMS_DATABASE -> {
                Files.delete(dbFile);
                try (var c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE invoices (id INTEGER)");
                }
            }
            case FUTURE_VERSION -> {
                try (var c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); Statement st = c.createStatement()) {
                    st.execute("PRAGMA user_version = 99");
                }
            }
        }
    }
}
