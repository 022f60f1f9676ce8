package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file to write whose name has the wrong ending is a usage error (exit 2) naming the ending, whether or not a
 * file of that name is already there, and the file that is there is left as it was.
 */
class WrongEndingCommandLineTest {
    @TempDir
    static Path folder;

    record Run(int code, String err) {
    }

    private static Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(all, f -> { }, new PrintWriter(new StringWriter()), new PrintWriter(err));
        return new Run(code, err.toString());
    }

    @BeforeAll
    static void fillTheDemoClinic() {
        assertEquals(0, run("demo").code());
    }

    private static void refusedAsUsage(String name, String ending, String... args) throws Exception {
        Path existing = folder.resolve(name);
        Files.writeString(existing, "her notes");
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = existing.toString();
        Run run = run(all);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("ending in " + ending) && run.err().contains(name), run.err());
        assertEquals("her notes", Files.readString(existing));
    }

    @Test
    void aBackupToAnExistingPdfIsAUsageError() throws Exception {
        refusedAsUsage("x.pdf", ".db or .bak", "backup", "--out");
    }

    @Test
    void aLibraryExportToAnExistingDatabaseNameIsAUsageError() throws Exception {
        refusedAsUsage("notes.db", ".json or .restride or .zip", "library", "export");
    }

    @Test
    void aHandoutToAnExistingTextFileIsAUsageError() throws Exception {
        refusedAsUsage("notes.txt", ".pdf", "export", "--roadmap", "1", "--out");
    }

    /** With a right ending, what is already there is told, as the kind that name is for. */
    @Test
    void aLibraryExportOverAnotherZipNamesTheKindItsNameIsFor() throws Exception {
        Path existing = folder.resolve("notes.zip");
        Files.writeString(existing, "her notes");
        Run run = run("library", "export", existing.toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("is not a Restride library file (.restride or .zip)"), run.err());
        assertEquals("her notes", Files.readString(existing));
    }
}
