package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.store.NotRestrideDatabaseException.Problem;

/** Opening reads the header, not every page; what it cannot see, the full check with a backup finds and notes. */
class OpenCheckTest {
    @TempDir
    Path folder;

    private Path closedDatabase() {
        try (Database db = Database.openFolder(folder)) {
            new SettingsRepository(db).put("note", "kept");
        }
        return folder.resolve(Database.FILE_NAME);
    }

    @Test
    void anImpossiblePageSizeInTheHeaderIsDamage() throws Exception {
        Path file = closedDatabase();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(16);
            raf.writeShort(3000);
        }
        byte[] before = Files.readAllBytes(file);
        NotRestrideDatabaseException e = assertThrows(NotRestrideDatabaseException.class, () -> Database.openFolder(folder));
        assertEquals(Problem.DAMAGED, e.problem());
        assertTrue(e.getMessage().contains("page size"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileShorterThanItsHeaderSaysIsDamage() throws Exception {
        Path file = closedDatabase();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 1);
        }
        NotRestrideDatabaseException e = assertThrows(NotRestrideDatabaseException.class, () -> Database.openFolder(folder));
        assertEquals(Problem.DAMAGED, e.problem());
        assertTrue(e.getMessage().contains("shorter than its header says"), e.getMessage());
    }

    @Test
    void damageNotedByABackupIsCheckedWholeOnTheNextOpenAndForgottenWhenTheFileIsSound() {
        closedDatabase();
        try (Database db = Database.openFolder(folder)) {
            db.suspectDamage();
        }
        Path marker = folder.resolve(Database.FILE_NAME + "-check");
        assertTrue(Files.exists(marker));
        try (Database db = Database.openFolder(folder)) {
            assertEquals("kept", new SettingsRepository(db).get("note").orElseThrow());
        }
        assertFalse(Files.exists(marker), "a sound file, checked whole, needs no second check");
    }

    @Test
    void aFolderNamedLikeTheDatabaseIsToldAsAFolder() throws Exception {
        Files.createDirectories(folder.resolve(Database.FILE_NAME).resolve("inside"));
        StoreException e = assertThrows(StoreException.class, () -> Database.openFolder(folder));
        assertFalse(e instanceof NotRestrideDatabaseException, e.getMessage());
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        StoreException readOnly = assertThrows(StoreException.class, () -> Database.openFolderReadOnly(folder));
        assertTrue(readOnly.getMessage().contains("is a folder"), readOnly.getMessage());
        assertTrue(Files.isDirectory(folder.resolve(Database.FILE_NAME).resolve("inside")));
    }
}
