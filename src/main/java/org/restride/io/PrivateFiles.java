package org.restride.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files that only their owner can read: patient data is health data. Where the file system has no
 * POSIX permissions (Windows, FAT drives) the methods create the item and leave permissions to the system.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Creates the folder (and its parents) if missing, and makes the folder it created the owner's alone. An
     * existing folder keeps its permissions, whoever made it: a shared folder stays shared, a read-only one read-only.
     */
    public static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            restrict(folder, FOLDER);
        }
        return folder;
    }

    /** Creates an empty file readable by the owner only; fails if it exists. */
    public static Path newFile(Path file) throws IOException {
        if (hasPosix(file.toAbsolutePath().getParent())) {
            return Files.createFile(file, attribute(FILE));
        }
        return Files.createFile(file);
    }

    /** Creates an empty private file if there is none; an existing file is left exactly as it is, permissions too. */
    public static void fileIfMissing(Path file) throws IOException {
        try {
            newFile(file);
        } catch (FileAlreadyExistsException e) {
            // someone's file, Restride's or not: its permissions are theirs to choose
        }
    }

    /** Makes an existing file the owner's alone. */
    public static void restrictFile(Path file) throws IOException {
        restrict(file, FILE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (hasPosix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean hasPosix(Path path) {
        return path != null && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
