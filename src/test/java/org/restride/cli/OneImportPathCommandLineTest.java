package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON library file goes through the same import as a .restride file: it asks, or does as --on-duplicate says. */
class OneImportPathCommandLineTest {
    @TempDir
    Path folder;

    CliRun inData(String... args) {
        return CliRun.inData(folder.resolve("data"), args);
    }

    Path json(String name, String exerciseName) throws Exception {
        return Files.writeString(folder.resolve(name), SafetyCommandLineTest.libraryJson("own-wall-sit", exerciseName));
    }

    @Test
    void aJsonFileThatWouldReplaceTheClinicsOwnExerciseAsksFirst() throws Exception {
        assertEquals(0, inData("library", "import", json("ours.json", "Our wall sit").toString()).code());
        Path theirs = json("theirs.json", "Their wall sit");

        CliRun asked = inData("library", "import", theirs.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, asked.code());
        assertTrue(asked.err().contains("Nothing was imported") && asked.err().contains("--on-duplicate"), asked.err());
        assertTrue(inData("library", "list").out().contains("Our wall sit"), "the clinic's own is kept");

        CliRun skipped = inData("library", "import", theirs.toString(), "--on-duplicate", "skip");
        assertEquals(0, skipped.code(), skipped.err());
        assertTrue(inData("library", "list").out().contains("Our wall sit"));
        assertTrue(inData("backup", "--list").out().lines().noneMatch(l -> l.contains("before import")), "nothing changed");

        CliRun both = inData("library", "import", theirs.toString(), "--on-duplicate", "keep-both");
        assertEquals(0, both.code(), both.err());
        String list = inData("library", "list").out();
        assertTrue(list.contains("Our wall sit") && list.contains("own-wall-sit-imported"), list);

        CliRun replaced = inData("library", "import", theirs.toString(), "--on-duplicate", "replace");
        assertEquals(0, replaced.code(), replaced.err());
        assertTrue(replaced.out().contains("restore that file to undo the import"), replaced.out());
        assertFalse(inData("library", "list").out().contains("Our wall sit"));
        String copy = inData("backup", "--list").out().lines().filter(l -> l.contains("before import"))
                .findFirst().orElseThrow().replaceAll(".*  ", "");
        assertEquals(0, inData("restore", copy).code());
        assertTrue(inData("library", "list").out().contains("Our wall sit"), "the replacing import was undone");
    }
}
