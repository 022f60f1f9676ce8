package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live database is never restored from, however it is reached: a symbolic link to it in backups/, a hard link
 * to it under a backup's name, the database itself, or {@code restride.db} through a link to the data folder. A
 * link in backups/ to a real backup is refused too, as the listing skips it. One line, exit 1, nothing changed.
 */
class RestoreThroughLinkCommandLineTest {
    private static final String NAME = "restride-2099-01-01T00-00-00.000Z-manual.db";

    @TempDir
    Path folder;

    @Test
    void theLiveDatabaseAndLinksInBackupsAreNeverRestoredFrom() throws Exception {
        BackedUpClinic clinic = BackedUpClinic.in(folder);
        Path soft = Files.createSymbolicLink(clinic.backups().resolve("link.db"), clinic.live());
        Path hard = Files.createLink(clinic.backups().resolve(NAME), clinic.live());
        Path up = Files.createSymbolicLink(clinic.backups().resolve("up"), clinic.data());
        Path toReal = Files.createSymbolicLink(clinic.backups().resolve("restride-2099-01-02T00-00-00.000Z-manual.db"),
                clinic.backup());
        byte[] before = Files.readAllBytes(clinic.live());
        List<String> listed;
        try (Stream<Path> files = Files.list(clinic.backups())) {
            listed = files.map(p -> p.getFileName().toString()).sorted().toList();
        }

        refused(clinic.data(), soft, "the database in use");
        refused(clinic.data(), hard, "the database in use");
        refused(clinic.data(), clinic.live(), "the database in use");
        refused(clinic.data(), up.resolve("restride.db"), "the database in use");
        refused(clinic.data(), clinic.backups().resolve("..").resolve("restride.db"), "the database in use");
        refused(clinic.data(), toReal, "a link inside the backups folder");

        assertArrayEquals(before, Files.readAllBytes(clinic.live()));
        try (Stream<Path> files = Files.list(clinic.backups())) {
            assertEquals(listed, files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no -shm, -wal or undo copy left in backups/");
        }
        assertFalse(Files.exists(clinic.backups().resolve(NAME + "-shm")));
        assertFalse(Files.exists(clinic.backups().resolve(NAME + "-wal")));
        CliRun good = CliRun.inData(clinic.data(), "restore", clinic.backup().toString());
        assertEquals(0, good.code(), good.err());
        assertTrue(good.out().startsWith("Restored"), good.out());
    }

    private static void refused(Path data, Path file, String expected) {
        CliRun run = CliRun.inData(data, "restore", file.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), file + ": " + run.out());
        assertFalse(run.out().contains("Restored"), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), file + ": " + run.err());
        assertTrue(run.err().contains("current data is untouched"), run.err());
    }
}
