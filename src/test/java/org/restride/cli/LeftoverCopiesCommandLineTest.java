package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore or backup killed midway leaves a hidden full copy of the database behind; the next command that takes
 * the data folder removes it, however new it is, and touches no other file, hidden or not.
 */
class LeftoverCopiesCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void hiddenHalfMadeCopiesAreRemovedAtTheNextStartAndNothingElse() throws Exception {
        Path data = folder.resolve("data");
        assertEquals(0, CliRun.inData(data, "backup").code());
        byte[] db = Files.readAllBytes(data.resolve("restride.db"));
        Path restoreCopy = Files.write(data.resolve(".restride-restore.tmp"), db);
        Path backupCopy = Files.write(data.resolve("backups").resolve(".restride-2026-11-29T10-00-00Z-manual.db.tmp"), db);
        Path mine = Files.writeString(data.resolve(".my-notes.tmp"), "not Restride's");
        Path theirs = Files.writeString(data.resolve("restride-notes.txt"), "not hidden, not a copy");

        CliRun run = CliRun.inData(data, "library", "search", "bridge");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Glute bridge"), run.out());
        assertEquals("", run.err());

        assertFalse(Files.exists(restoreCopy), "the restore's half-made copy is gone");
        assertFalse(Files.exists(backupCopy), "the backup's half-made copy is gone");
        assertTrue(Files.exists(mine) && Files.exists(theirs), "files Restride does not name are left alone");
        assertTrue(Files.size(data.resolve("restride.db")) > 0);
    }
}
