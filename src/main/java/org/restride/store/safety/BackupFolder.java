package org.restride.store.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.restride.io.PrivateFiles;
import org.restride.store.Database;
import org.restride.store.StoreException;
import org.restride.store.WriteFailure;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** The {@code backups/} folder of a data folder: its backups, new names in it, and rotation. Other files are left alone. */
public final class BackupFolder {
    public static final String NAME = "backups";
    private static final Logger LOG = Logger.getLogger(BackupFolder.class.getName());

    private static final byte[] MAGIC = "SQLite format 3\u0000".getBytes(StandardCharsets.ISO_8859_1);
    private static final int HEADER = 100;
    private static final int APPLICATION_ID_AT = 68;

    private final Path folder;
    private final ZoneId zone;

    public BackupFolder(Path dataFolder, ZoneId zone) {
        this.folder = dataFolder.resolve(NAME);
        this.zone = zone;
    }

    public Path path() {
        return folder;
    }

    /**
     * The backups, newest first: ordinary files (not links, pipes or folders) named as Restride names backups, that
     * begin as a Restride database does, and are not the live database under another name.
     */
    public List<BackupFile> list() {
        refuseNonFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupFile::parse).flatMap(Optional::stream).filter(this::readsAsBackup)
                    .sorted(Comparator.comparing(BackupFile::made).reversed()).toList();
        } catch (IOException e) {
            throw failure("safety.backups.unreadable", e);
        }
    }

    private boolean readsAsBackup(BackupFile backup) {
        Path file = backup.file();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || neverABackup(file).isPresent()) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] header = in.readNBytes(HEADER);
            return header.length == HEADER && Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    && ByteBuffer.wrap(header).getInt(APPLICATION_ID_AT) == Database.APPLICATION_ID;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why {@code file} is never a backup, whatever its name and bytes: it is the live database itself (through
     * any link, hard or symbolic, or {@code ..}), or a symbolic link inside this folder. The one check both the
     * listing and a restore use.
     */
    Optional<BadBackupException.Problem> neverABackup(Path file) {
        Path live = folder.getParent().resolve(Database.FILE_NAME);
        try {
            if (Files.exists(live) && Files.exists(file) && Files.isSameFile(live, file)) {
                return Optional.of(BadBackupException.Problem.LIVE_DATABASE);
            }
        } catch (IOException e) {
            return Optional.of(BadBackupException.Problem.DAMAGED);
        }
        if (Files.isSymbolicLink(file) && inThisFolder(file)) {
            return Optional.of(BadBackupException.Problem.LINK_IN_BACKUPS);
        }
        return Optional.empty();
    }

    private boolean inThisFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        try {
            return parent != null && Files.isDirectory(folder) && Files.isSameFile(parent, folder);
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes a new backup of the database through {@code copier}, then rotates; returns the new backup. */
    BackupFile add(Instant now, BackupFile.Reason reason, Snapshot.Copier copier) {
        Path target = freeName(now, reason);
        Snapshot.write(target, copier);
        rotate(now);
        LOG.info(() -> "Backup made: " + target.getFileName());
        return BackupFile.parse(target).orElseThrow();
    }

    /** Deletes the backups that rotation no longer keeps, and copies left half-made by an interrupted backup or restore. */
    public void rotate(Instant now) {
        Leftovers.delete(List.of(folder, folder.getParent()), now);
        for (BackupFile old : BackupRotation.toDelete(list(), now, zone)) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warning(() -> "An old backup could not be removed: " + old.file().getFileName() + " (" + e.getMessage() + ")");
            }
        }
    }

    /** A file (or anything but a folder) where the backups folder should be is told as what it is. */
    private void refuseNonFolder() {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(KeyedProblem.of("safety.backups.notFolder", Excerpt.path(folder)));
        }
    }

    private StoreException failure(String key, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        return new StoreException(KeyedProblem.of(key, Excerpt.path(folder), reason), e);
    }

    private Path freeName(Instant now, BackupFile.Reason reason) {
        refuseNonFolder();
        try {
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            WriteFailure kind = WriteFailure.of(e);
            StoreException told = kind.explain(kind.place(folder), e);
            throw told != null ? told : failure("safety.backups.cannotCreate", e);
        }
        Instant made = now;
        while (Files.exists(folder.resolve(BackupFile.fileName(made, reason)))) {
            made = made.plusMillis(1);
        }
        return folder.resolve(BackupFile.fileName(made, reason));
    }
}
