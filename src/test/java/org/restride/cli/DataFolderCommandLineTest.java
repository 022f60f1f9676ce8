package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions are changed only on what Restride made; a data folder it cannot use is told in a clear line. */
class DataFolderCommandLineTest {
    @TempDir
    Path folder;

    static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    static void refusedInOneLine(CliRun run, String expected) {
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void anEmptyDataDirIsRefusedAndTheCurrentFolderIsLeftAlone() throws Exception {
        Path here = Path.of("").toAbsolutePath();
        String before = permissions(here);
        refusedInOneLine(CliRun.inData(Path.of(""), "library", "list"), "--data-dir is empty");
        refusedInOneLine(CliRun.inData(Path.of("  "), "backup"), "--data-dir is empty");
        assertEquals(before, permissions(here));
        assertFalse(Files.exists(here.resolve("restride.db")));
    }

    @Test
    void aFileOrDeviceGivenAsTheDataFolderIsToldAsSuch() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");
        refusedInOneLine(CliRun.inData(file, "library", "list"), "is not a folder");
        assertEquals("mine", Files.readString(file));
        assumeTrue(Files.exists(Path.of("/dev/null")));
        refusedInOneLine(CliRun.inData(Path.of("/dev/null"), "library", "list"), "is not a folder");
    }

    @Test
    void aSharedFolderAndAnotherProgramsDatabaseKeepTheirPermissions() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(0, CliRun.inData(shared, "library", "list").code());
        assertEquals("rwxrwxrwx", permissions(shared), "colleagues are not locked out");

        Path other = Files.createDirectories(folder.resolve("other"));
        Path theirs = Files.writeString(other.resolve("restride.db"), "another program's data ".repeat(200));
        Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rw-rw-r--"));
        CliRun run = CliRun.inData(other, "library", "list");
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code());
        assertTrue(run.err().contains("left it untouched"), run.err());
        assertEquals("rw-rw-r--", permissions(theirs), "untouched means untouched");
    }

    @Test
    void anUnwritableLogFolderNeverStopsTheWork() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("logs"), "a file where the log folder should be");
        CliRun run = CliRun.inData(data, "library", "search", "bridge");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Glute bridge"), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("keeps no log"), run.err());
    }

    @Test
    void aLogFolderMadeReadOnlyIsNotWrittenAndTheWorkGoesOn() throws Exception {
        Path data = folder.resolve("data");
        assertEquals(0, CliRun.inData(data, "library", "list").code());
        Path logs = data.resolve("logs");
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("r-x------"));
        try {
            long before = Files.size(logs.resolve("restride-0.log"));
            CliRun run = CliRun.inData(data, "backup");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("Backed up"), run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("keeps no log"), run.err());
            assertEquals(before, Files.size(logs.resolve("restride-0.log")), "nothing logged into a read-only folder");
            assertEquals("r-x------", permissions(logs));
        } finally {
            Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anotherDataFoldersBackupsOrLogsIsNeverADataFolder() throws Exception {
        Path data = folder.resolve("clinic");
        assertEquals(0, CliRun.inData(data, "backup").code());
        for (Path inside : List.of(data.resolve("backups"), data.resolve("logs"), data.resolve("backups/deeper"),
                data.resolve("logs/../backups"))) {
            refusedInOneLine(CliRun.inData(inside, "backup"), "is the backups or logs folder of another Restride data folder");
            refusedInOneLine(CliRun.inData(inside, "library", "list"), "is the backups or logs folder");
            assertFalse(Files.exists(inside.resolve("restride.db")), inside + ": no database made there");
        }
        assertFalse(Files.exists(data.resolve("backups/deeper")));
    }
}
