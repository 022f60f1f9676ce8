package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the command line writes is named with the ending of what is written (a PDF .pdf, a backup .db or .bak):
 * any other ending is a usage error (exit 2), one line naming the endings, and nothing is written. An empty
 * name for any file option is a usage error too, asking to name the file.
 */
class FileNameCommandLineTest {
    @TempDir
    static Path folder;

    static Path data() {
        return folder.resolve("data");
    }

    @BeforeAll
    static void clinic() {
        assertEquals(0, CliRun.inData(data(), "demo").code());
        assertEquals(0, CliRun.inData(data(), "export", "--roadmap", "1", "--out", folder.resolve("kept.pdf").toString()).code());
    }

    private static void refusedEnding(String ending, String... command) {
        CliRun run = CliRun.inData(data(), command);
        String what = String.join(" ", command);
        assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), what + ": " + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("ending in " + ending), run.err());
        assertFalse(Files.exists(Path.of(command[command.length - 1])), what + " wrote nothing");
    }

    @Test
    void aWrongEndingIsAUsageErrorAndNothingIsWritten() {
        for (String name : new String[] {"x.pdf", "x.json", "noext", "x.db.txt"}) {
            refusedEnding(".db or .bak", "backup", "--out", folder.resolve(name).toString());
        }
        for (String name : new String[] {"x.txt", "x.db", "pdf"}) {
            refusedEnding(".pdf", "export", "--roadmap", "1", "--out", folder.resolve(name).toString());
            refusedEnding(".pdf", "handouts", "--write", "1", "--out", folder.resolve(name).toString());
        }
        CliRun upper = CliRun.inData(data(), "backup", "--out", folder.resolve("COPY.DB").toString());
        assertEquals(0, upper.code(), upper.err());
    }

    @Test
    void anEmptyFileNameIsAUsageErrorForEveryFileOption() {
        String[][] commands = {
            {"verdict", "--roadmap", "1", "--visit", ""},
            {"export", "--roadmap", "1", "--out", ""},
            {"handouts", "--write", "1", "--out", ""},
            {"backup", "--out", ""},
            {"roadmap", "export", "--roadmap", "1", "--out", ""},
            {"library", "export", ""},
            {"library", "import", ""},
            {"roadmap", "import", ""},
            {"restore", ""},
        };
        for (String[] command : commands) {
            CliRun run = CliRun.inData(data(), command);
            String what = String.join(" ", command);
            assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), what + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("restride: name the "), what + ": " + run.err());
            assertFalse(run.err().contains("folder"), what + ": " + run.err());
        }
    }
}
