package org.restride.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.restride.io.OutputRefusedException.Reason;

/**
 * The one check every write to a path the user gave goes through, before anything is written. It refuses the
 * data folder and everything in it (after following symbolic links and "..", by real path), the files of any
 * other Restride data folder, a folder, a device or pipe, and an existing file of another kind than the one
 * being written (known by its first bytes). A refusal is an {@link OutputRefusedException} with a one-line message.
 */
public final class OutputGuard {
    /** The names that are a data folder's own, wherever they are. */
    private static final String DATABASE = "restride.db";
    private static final List<String> RESTRIDE_NAMES = List.of(DATABASE, "restride.db-wal", "restride.db-shm",
            "restride.db-journal", "restride.lock");

    /** What common file systems allow: 255 bytes a name, 4096 a path (Linux); longer fails when written. */
    static final int MAX_NAME_BYTES = 255;
    static final int MAX_PATH_BYTES = 4000;

    private final Path dataFolder;

    /** A guard for commands working on {@code dataFolder} (which need not exist yet). */
    public OutputGuard(Path dataFolder) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
    }

    /** Checks that {@code given} may receive a file of {@code kind}; returns it as an absolute path to write. */
    public Path check(Path given, OutputKind kind) {
        if (given == null || given.toString().isBlank()) {
            throw new OutputRefusedException(Reason.NO_PATH, "", kind);
        }
        Path target = given.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new OutputRefusedException(Reason.FOLDER, given, kind);
        }
        if (target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES
                || target.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw new OutputRefusedException(Reason.NAME_TOO_LONG, given, kind);
        }
        if (inDataFolder(target)) {
            throw new OutputRefusedException(Reason.DATA_FOLDER, given, kind); // said first, even where no folder is yet
        }
        Path realParent = realParent(parent, given, kind);
        Path real = realTarget(realParent.resolve(target.getFileName()), given, kind);
        if (inDataFolder(target) || inDataFolder(real) || isDataFolderItem(real)) {
            throw new OutputRefusedException(Reason.DATA_FOLDER, given, kind);
        }
        if (RESTRIDE_NAMES.contains(real.getFileName().toString().toLowerCase(Locale.ROOT))) {
            throw new OutputRefusedException(Reason.RESTRIDE_FILE, given, kind);
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            checkExisting(real, given, kind);
        }
        if (ReadOnly.is(realParent)) {
            throw new OutputRefusedException(Reason.PARENT_READ_ONLY, parent, kind);
        }
        return target;
    }

    private static Path realParent(Path parent, Path given, OutputKind kind) {
        if (!Files.exists(parent)) {
            throw new OutputRefusedException(Reason.NO_PARENT, parent, kind);
        }
        if (!Files.isDirectory(parent)) {
            throw new OutputRefusedException(Reason.PARENT_NOT_FOLDER, parent, kind);
        }
        try {
            return parent.toRealPath();
        } catch (IOException e) {
            throw new OutputRefusedException(Reason.UNREADABLE, given, kind);
        }
    }

    /** The file a write would reach: the target itself, or where its symbolic links lead. */
    private static Path realTarget(Path target, Path given, OutputKind kind) {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        try {
            return target.toRealPath();
        } catch (IOException e) {
            // a link to nowhere: whoever made it meant it for something; leave it as it is
            throw new OutputRefusedException(Reason.UNREADABLE, given, kind);
        }
    }

    private boolean inDataFolder(Path path) {
        if (path.startsWith(dataFolder) || isLiveFileElsewhere(path)) {
            return true;
        }
        try {
            return Files.exists(dataFolder) && path.startsWith(dataFolder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True if {@code real} is where one of the data folder's own files really is, when that file is a symbolic link
     * to somewhere else: the database, its journal and lock, and the -wal/-shm/-journal SQLite keeps beside the
     * real database.
     */
    private boolean isLiveFileElsewhere(Path real) {
        for (String name : RESTRIDE_NAMES) {
            Path own = dataFolder.resolve(name);
            if (!Files.isSymbolicLink(own)) {
                continue;
            }
            try {
                Path target = own.toRealPath();
                if (real.equals(target) || (name.equals(DATABASE) && isBeside(real, target))) {
                    return true;
                }
            } catch (IOException e) {
                // a link to nowhere is no live file
            }
        }
        return false;
    }

    private static boolean isBeside(Path real, Path database) {
        String name = database.getFileName().toString();
        return real.getParent() != null && real.getParent().equals(database.getParent())
                && List.of(name + "-wal", name + "-shm", name + "-journal").contains(real.getFileName().toString());
    }

    /** True for a file beside another data folder's database or lock, or in its backups or logs folder. */
    private static boolean isDataFolderItem(Path real) {
        Path folder = real.getParent();
        if (isDataFolder(folder)) {
            return true;
        }
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        return (name.equals("backups") || name.equals("logs")) && isDataFolder(folder.getParent());
    }

    /**
     * True when {@code folder} is, or is inside, the backups or logs folder of a Restride data folder: another
     * data folder's records, never a place for a database of its own.
     */
    public static boolean isInsideDataFolderPart(Path folder) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null && p.getParent() != null; p = p.getParent()) {
            String name = p.getFileName().toString();
            if ((name.equals("backups") || name.equals("logs")) && isDataFolder(p.getParent())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDataFolder(Path folder) {
        return folder != null && (Files.exists(folder.resolve("restride.lock")) || Files.exists(folder.resolve("restride.db")));
    }

    private static void checkExisting(Path real, Path given, OutputKind kind) {
        if (Files.isDirectory(real)) {
            throw new OutputRefusedException(Reason.FOLDER, given, kind);
        }
        if (!Files.isRegularFile(real)) {
            throw new OutputRefusedException(Reason.DEVICE, given, kind);
        }
        if (ReadOnly.is(real)) {
            throw new OutputRefusedException(Reason.FILE_READ_ONLY, given, kind);
        }
        boolean ofKind;
        try {
            ofKind = ExistingFile.isOfKind(real, kind);
        } catch (IOException | InvalidPathException e) {
            throw new OutputRefusedException(Reason.UNREADABLE, given, kind);
        }
        if (!ofKind) {
            throw new OutputRefusedException(Reason.OTHER_KIND, given, kind);
        }
    }
}
