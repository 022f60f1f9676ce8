package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** recover leaves a whole database alone unless forced; restore of a wrong file says what is wrong with that file. */
class RecoverAndRestoreCommandLineTest {
    @TempDir
    Path folder;

    CliRun inData(String... args) {
        return CliRun.inData(data(), args);
    }

    Path data() {
        return folder.resolve("data");
    }

    Path db() {
        return data().resolve("restride.db");
    }

    @BeforeEach
    void clinicWithABackupAndLaterWork() throws Exception {
        assertEquals(0, inData("backup").code());
        Path json = folder.resolve("later.json");
        Files.writeString(json, SafetyCommandLineTest.libraryJson("own-later", "Later work"));
        assertEquals(0, inData("library", "import", json.toString()).code());
    }

    @Test
    void recoverOnAWholeDatabaseSaysSoAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(db());
        for (String action : new String[] {"--restore-newest", "--start-fresh"}) {
            CliRun run = inData("recover", action);
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), run.out());
            assertTrue(run.err().contains("is whole") && run.err().contains("--force"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertArrayEquals(before, Files.readAllBytes(db()), action);
        }
        assertTrue(inData("recover").out().contains("nothing to recover"));
        assertTrue(inData("library", "list").out().contains("own-later"));
    }

    @Test
    void forcingKeepsACopyOfTheWholeDatabaseFirst() {
        CliRun run = inData("recover", "--start-fresh", "--force");
        assertEquals(0, run.code(), run.err());
        assertFalse(inData("library", "list").out().contains("own-later"), "started fresh");
        CliRun list = inData("backup", "--list");
        String copy = list.out().lines().filter(l -> l.contains("before recovery")).findFirst().orElseThrow().replaceAll(".*  ", "");
        assertEquals(0, inData("restore", copy).code());
        assertTrue(inData("library", "list").out().contains("own-later"), "the forced recovery was undone");

        CliRun rolledBack = inData("recover", "--restore-newest", "--force");
        assertEquals(0, rolledBack.code(), rolledBack.err());
        assertTrue(rolledBack.out().contains("restore that file to undo"), rolledBack.out());
    }

    @Test
    void restoringAWrongFileSaysWhatIsWrongWithThatFile() throws Exception {
        byte[] before = Files.readAllBytes(db());
        Path garbage = Files.writeString(folder.resolve("garbage.db"), "not a database ".repeat(300));
        Path empty = Files.createFile(folder.resolve("empty.db"));
        Path aFolder = Files.createDirectories(folder.resolve("a-folder"));
        Path truncated = folder.resolve("truncated.db");
        byte[] whole = Files.readAllBytes(db());
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        Path foreign = folder.resolve("foreign.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var st = c.createStatement()) {
            st.execute("CREATE TABLE songs(title TEXT)");
            st.execute("INSERT INTO songs VALUES ('a')");
        }
        Path newer = folder.resolve("newer.db");
        Files.copy(db(), newer);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        check(garbage, "damaged, cut short, or not a database");
        check(empty, "is empty");
        check(aFolder, "is a folder");
        check(truncated, "damaged, cut short");
        check(foreign, "another program's database");
        check(newer, "update Restride");
        check(folder.resolve("missing.db"), "There is no file");
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        check(Path.of("/dev/zero"), "not an ordinary file");
        assertArrayEquals(before, Files.readAllBytes(db()));
        assertTrue(inData("backup", "--list").out().lines().noneMatch(l -> l.contains("before restore")));
    }

    private void check(Path file, String expected) {
        CliRun run = inData("restore", file.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), file + ": " + run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), file + ": " + run.err());
        assertTrue(run.err().contains("current data is untouched"), run.err());
        assertFalse(run.err().contains("recover"), "no recovery advice for a file that is not the database: " + run.err());
    }
}
