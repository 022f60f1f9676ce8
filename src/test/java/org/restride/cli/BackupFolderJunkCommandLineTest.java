package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only ordinary files that read as a Restride backup are backups: a pipe, a link to a device, a folder, random
 * bytes, and a link (soft or hard) to the live database, each named as a backup and newer than the real one, are
 * neither listed nor restored from, and are left where they are.
 */
class BackupFolderJunkCommandLineTest {
    @TempDir
    Path folder;

    private static String name(int second) {
        return "restride-2099-01-01T00-00-" + String.format("%02d", second) + ".000Z-manual.db";
    }

    @Test
    void junkNamedAsABackupIsNeverOne() throws Exception {
        BackedUpClinic clinic = BackedUpClinic.in(folder);
        Path pipe = clinic.backups().resolve(name(1));
        boolean piped = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        Files.createSymbolicLink(clinic.backups().resolve(name(2)), Path.of("/dev/zero"));
        Files.createDirectory(clinic.backups().resolve(name(3)));
        byte[] noise = new byte[8192];
        new Random(5).nextBytes(noise);
        Files.write(clinic.backups().resolve(name(4)), noise);
        Files.createSymbolicLink(clinic.backups().resolve(name(5)), clinic.live());
        Files.createLink(clinic.backups().resolve(name(6)), clinic.live());
        List<String> junk = List.of(name(2), name(3), name(4), name(5), name(6));

        CliRun list = CliRun.inData(clinic.data(), "backup", "--list");
        assertEquals(0, list.code(), list.err());
        assertEquals(1, list.out().lines().count(), list.out());
        assertTrue(list.out().contains(clinic.backup().getFileName().toString()), list.out());

        CliRun check = CliRun.inData(clinic.data(), "recover");
        assertTrue(check.out().contains(clinic.backup().getFileName().toString()), check.out());
        junk.forEach(j -> assertFalse(check.out().contains(j), check.out()));
        assertFalse(check.out().contains(name(1)), check.out());

        CliRun restore = CliRun.inData(clinic.data(), "recover", "--restore-newest", "--force");
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().startsWith("Restored the database from " + clinic.backup()), restore.out());
        for (String j : junk) {
            assertTrue(Files.exists(clinic.backups().resolve(j), LinkOption.NOFOLLOW_LINKS), j + " left alone");
        }
        assertTrue(!piped || Files.exists(pipe), "the pipe is left alone");
    }
}
