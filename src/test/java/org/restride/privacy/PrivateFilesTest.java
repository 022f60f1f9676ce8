package org.restride.privacy;

import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Logs;
import org.restride.app.Workspace;
import org.restride.store.Database;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.BackupService;
import org.restride.store.safety.InstanceLock;
import org.restride.store.safety.Restorer;

/** The data folder, the database, its log files and the backups are readable by the user only. */
class PrivateFilesTest {
    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "POSIX permissions only");
    }

    @Test
    void everythingRestrideWritesIsTheUsersAlone() throws Exception {
        Path data = folder.resolve("data");
        Path chosen = folder.resolve("usb-copy.db");
        BackupFile backup;
        try (InstanceLock lock = ((InstanceLock.Acquired) InstanceLock.acquire(data)).lock();
             Logs logs = Logs.start(data);
             Workspace workspace = Workspace.open(data)) {
            new DemoClinic(workspace).fill();
            BackupService backups = new BackupService(WorkspaceDatabase.of(workspace), ZoneOffset.UTC);
            backup = backups.backupNow(Instant.now());
            backups.backupTo(chosen);
            assertEquals("rw-------", permissions(data.resolve(Database.FILE_NAME + "-wal")));
            assertEquals("rw-------", permissions(data.resolve(Database.FILE_NAME + "-shm")));
            assertEquals("rw-------", permissions(logs.currentFile()));
        }
        assertEquals("rwx------", permissions(data));
        assertEquals("rw-------", permissions(data.resolve(Database.FILE_NAME)));
        assertEquals("rw-------", permissions(data.resolve(InstanceLock.FILE_NAME)));
        assertEquals("rwx------", permissions(data.resolve(Logs.FOLDER)));
        assertEquals("rwx------", permissions(data.resolve(BackupFolder.NAME)));
        assertEquals("rw-------", permissions(backup.file()));
        assertEquals("rw-------", permissions(chosen));

        Restorer.Result restored = new Restorer(data, new BackupFolder(data, ZoneOffset.UTC)).restore(backup.file(), Instant.now());
        assertEquals("rw-------", permissions(data.resolve(Database.FILE_NAME)), "a restored database too");
        assertEquals("rw-------", permissions(restored.undo().orElseThrow().file()));
    }

    @Test
    void anExistingFolderOrFileKeepsItsPermissions() throws Exception {
        Path shared = Files.createDirectories(folder.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Database.openFolder(shared).close();
        assertEquals("rwxrwxrwx", permissions(shared), "a shared folder stays shared");
        assertEquals("rw-------", permissions(shared.resolve(Database.FILE_NAME)), "what Restride made is private");

        Path other = Files.createDirectories(folder.resolve("other"));
        Path theirs = Files.writeString(other.resolve(Database.FILE_NAME), "another program's file ".repeat(100));
        Files.setPosixFilePermissions(theirs, PosixFilePermissions.fromString("rw-r--r--"));
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> Database.openFolder(other));
        assertEquals("rw-r--r--", permissions(theirs), "left untouched, permissions too");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
