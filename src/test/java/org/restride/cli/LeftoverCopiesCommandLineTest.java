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
    void hiddenHalfMadeCopiesAndTheirJournalsAreRemovedAtTheNextStartAndNothingElse() throws Exception {
        Path data = folder.resolve("data");
        assertEquals(0, CliRun.inData(data, "backup").code());
        byte[] db = Files.readAllBytes(data.resolve("restride.db"));
        Path restoreCopy = Files.write(data.resolve(".restride-restore.tmp"), db);
        Path backupCopy = Files.write(data.resolve("backups").resolve(".restride-2026-11-29T10-00-00Z-manual.db.tmp"), db);
        // SQLite's files beside them: VACUUM INTO killed midway leaves a -journal, a check of the copy a -wal or -shm
        Path restoreJournal = Files.writeString(data.resolve(".restride-restore.tmp-journal"), "journal");
        Path backupJournal = Files.writeString(data.resolve("backups")
                .resolve(".restride-2026-11-29T10-00-00Z-manual.db.tmp-journal"), "journal");
        Path orphanWal = Files.writeString(data.resolve(".restride-2026-11-29T11-00-00Z-before-restore.db.tmp-wal"), "wal");
        Path orphanShm = Files.writeString(data.resolve(".restride-restore.tmp-shm"), "shm");
        Path mine = Files.writeString(data.resolve(".my-notes.tmp"), "not Restride's");
        Path mineJournal = Files.writeString(data.resolve(".my-notes.tmp-journal"), "not Restride's");
        Path notACopy = Files.writeString(data.resolve(".restride-notes-journal"), "not a copy's");
        Path theirs = Files.writeString(data.resolve("restride-notes.txt"), "not hidden, not a copy");

        CliRun run = CliRun.inData(data, "library", "search", "bridge");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Glute bridge"), run.out());
        assertEquals("", run.err());

        assertFalse(Files.exists(restoreCopy), "the restore's half-made copy is gone");
        assertFalse(Files.exists(backupCopy), "the backup's half-made copy is gone");
        for (Path sidecar : new Path[] {restoreJournal, backupJournal, orphanWal, orphanShm}) {
            assertFalse(Files.exists(sidecar), sidecar + " is gone with its copy");
        }
        assertTrue(Files.exists(mine) && Files.exists(theirs) && Files.exists(mineJournal) && Files.exists(notACopy),
                "files Restride does not name are left alone");
        assertTrue(Files.size(data.resolve("restride.db")) > 0);
    }
}
