package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aNewFolderGetsTheLatestSchemaInWalModeWithForeignKeys() {
        try (Database db = Database.openFolder(folder.resolve("new"))) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals(Integer.toString(Database.APPLICATION_ID), pragma(db, "application_id"));
        }
        assertTrue(Files.exists(folder.resolve("new").resolve(Database.FILE_NAME)));
    }

    @Test
    void everyEarlierVersionMigratesToTheLatest() {
        for (int start = 0; start < Migrations.latestVersion(); start++) {
            Path file = folder.resolve("v" + start + ".db");
            Database.open(file, start).close();
            try (Database db = Database.open(file, Migrations.latestVersion())) {
                assertEquals(Migrations.latestVersion(), db.schemaVersion(), "from version " + start);
                assertEquals("ok", pragma(db, "integrity_check"));
                new SettingsRepository(db).put("k", "v");
            }
        }
    }

    @Test
    void aFailedMigrationLeavesTheEarlierVersion() throws Exception {
        Path file = folder.resolve("partial.db");
        Database.open(file, 1).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE settings (clash INTEGER)");
        }
        assertThrows(StoreException.class, () -> Database.open(file, 2));
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             var rs = st.executeQuery("PRAGMA user_version")) {
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void aTextFileNamedLikeTheDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve(Database.FILE_NAME);
        byte[] text = "these are my notes, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, text);
        NotRestrideDatabaseException e = assertThrows(NotRestrideDatabaseException.class, () -> Database.openFolder(folder));
        assertTrue(e.getMessage().contains("is not a Restride database"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        NotRestrideDatabaseException e = assertThrows(NotRestrideDatabaseException.class, () -> Database.openFolder(folder));
        assertTrue(e.getMessage().contains("not a Restride one"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Path file = folder.resolve(Database.FILE_NAME);
        Database.open(file, Migrations.latestVersion()).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        NotRestrideDatabaseException e = assertThrows(NotRestrideDatabaseException.class, () -> Database.openFolder(folder));
        assertTrue(e.getMessage().contains("newer version of Restride"), e.getMessage());
    }

    @Test
    void aFolderThatCannotBeCreatedGetsAPlainMessage() throws Exception {
        Path blocker = folder.resolve("file");
        Files.writeString(blocker, "x");
        StoreException e = assertThrows(StoreException.class, () -> Database.openFolder(blocker.resolve("sub")));
        assertTrue(e.getMessage().startsWith("The data folder"), e.getMessage());
    }

    @Test
    void aFailedWriteSavesNothing() {
        try (Database db = Database.openFolder(folder)) {
            SettingsRepository settings = new SettingsRepository(db);
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                settings.put("half", "written");
                throw new IllegalStateException("boom");
            }));
            assertTrue(settings.get("half").isEmpty());
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (\n    y\n);"),
                Migrations.statements("-- comment\nCREATE TABLE a (x);\n\nCREATE TABLE b (\n    y\n);\n"));
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
                return rs.getString(1);
            }
        });
    }
}
