package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.codec.ExerciseJson;
import org.restride.domain.TestExercises;
import org.restride.store.safety.HoldLock;
import org.restride.testing.ChildJvm;

/** The command line of backup, restore, recover, the data-folder lock, and roadmap and library files. */
class SafetyCommandLineTest {
    @TempDir
    Path folder;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(args, path -> { }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Run inData(String... args) {
        return run(Stream.concat(Stream.of("--data-dir", data().toString()), Stream.of(args)).toArray(String[]::new));
    }

    static String libraryJson(String id, String name) {
        return "{\"format\": \"restride-library\", \"version\": 1, \"exercises\": ["
                + ExerciseJson.write(TestExercises.exercise(id, name)) + "]}";
    }

    Path data() {
        return folder.resolve("data");
    }

    @Test
    void backupListAndRestoreWithUndo() throws Exception {
        assertEquals(0, inData("demo").code());
        Run backup = inData("backup");
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().startsWith("Backed up the database to " + data().resolve("backups")), backup.out());
        Path chosen = folder.resolve("usb.db");
        assertEquals(0, inData("backup", "--out", chosen.toString()).code());
        assertTrue(Files.size(chosen) > 0);

        Path extra = folder.resolve("extra.json");
        Files.writeString(extra, libraryJson("own-after-backup", "After the backup"));
        assertEquals(0, inData("library", "import", extra.toString()).code());
        assertTrue(inData("library", "list").out().contains("own-after-backup"));

        Run restore = inData("restore", chosen.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("restore that file to undo"), restore.out());
        assertFalse(inData("library", "list").out().contains("own-after-backup"), "back as it was at the backup");

        Run list = inData("backup", "--list");
        assertEquals(2, list.out().lines().count(), list.out());
        assertTrue(list.out().lines().findFirst().orElseThrow().contains("before restore"), list.out());
        String undo = list.out().lines().findFirst().orElseThrow().replaceAll(".*  ", "");
        assertEquals(0, inData("restore", undo).code());
        assertTrue(inData("library", "list").out().contains("own-after-backup"), "the restore was undone");
    }

    @Test
    void aDamagedDatabaseNamesTheWaysOnAndRecoverTakesThem() throws Exception {
        assertEquals(0, inData("backup").code());
        Path db = data().resolve("restride.db");
        byte[] garbage = "not a database any more ".repeat(400).getBytes();
        Files.write(db, garbage);

        Run refused = inData("library", "search", "bridge");
        assertEquals(CommandLineRunner.EXIT_FAILED, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("restride recover --restore-newest") && refused.err().contains("--start-fresh"),
                refused.err());
        assertArrayEquals(garbage, Files.readAllBytes(db));

        Run described = inData("recover");
        assertTrue(described.out().contains("Good backups, newest first:"), described.out());
        Run recovered = inData("recover", "--restore-newest");
        assertEquals(0, recovered.code(), recovered.err());
        assertTrue(recovered.out().contains("kept aside as"), recovered.out());
        assertTrue(inData("library", "search", "bridge").out().contains("Glute bridge"));
    }

    @Test
    void aSecondCopyOnTheSameFolderIsToldInOneLine() throws Exception {
        try (ChildJvm first = ChildJvm.start(HoldLock.class, data().toString())) {
            assertEquals("locked", first.nextLine(30));
            Run second = inData("library", "list");
            assertEquals(CommandLineRunner.EXIT_FAILED, second.code());
            assertEquals("restride: Another copy of Restride is already using the data folder " + data()
                    + ". Close it first, or use a different data folder.", second.err().strip());
        }
    }

    @Test
    void roadmapAndLibraryFilesTravelBetweenDataFolders() throws Exception {
        assertEquals(0, inData("demo").code());
        Path roadmap = folder.resolve("maya.restride");
        Run exported = inData("roadmap", "export", "--roadmap", "1", "--out", roadmap.toString());
        assertEquals(0, exported.code(), exported.err());

        Path other = folder.resolve("other");
        Run imported = run("--data-dir", other.toString(), "roadmap", "import", roadmap.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("Imported the roadmap as the template \"your-roadmap-back-to-running\""), imported.out());

        Path ownRow = folder.resolve("own.json");
        Files.writeString(ownRow, libraryJson("own-wall-sit", "Wall sit"));
        assertEquals(0, inData("library", "import", ownRow.toString()).code());
        Path library = folder.resolve("ours.restride");
        assertEquals(0, inData("library", "export", library.toString()).code());
        Files.writeString(ownRow, libraryJson("own-wall-sit", "Wall sit, theirs"));
        assertEquals(0, run("--data-dir", other.toString(), "library", "import", ownRow.toString()).code());

        Run clash = run("--data-dir", other.toString(), "library", "import", library.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, clash.code());
        assertEquals(1, clash.err().strip().lines().count(), clash.err());
        assertTrue(clash.err().contains("exercise \"own-wall-sit\"") && clash.err().contains("--on-duplicate replace, keep-both or skip"),
                clash.err());
        Run kept = run("--data-dir", other.toString(), "library", "import", library.toString(), "--on-duplicate", "keep-both");
        assertEquals(0, kept.code(), kept.err());
        String listed = run("--data-dir", other.toString(), "library", "list").out();
        assertTrue(listed.contains("own-wall-sit ") && listed.contains("own-wall-sit-imported"), listed);

        Run badChoice = run("--data-dir", other.toString(), "library", "import", library.toString(), "--on-duplicate", "merge");
        assertEquals(CommandLineRunner.EXIT_USAGE, badChoice.code());
        assertTrue(List.of(badChoice.err().split("\n")).get(0).contains("must be replace, keep-both or skip"), badChoice.err());
    }
}
