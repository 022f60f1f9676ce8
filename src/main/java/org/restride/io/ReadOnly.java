package org.restride.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Whether a file or folder is read-only: the system will not let Restride write to it, or its owner took its write
 * permission away ({@code chmod a-w}). The second matters for an administrator, whom the system lets write
 * anywhere: a file someone made read-only is treated as read-only, never written and never made writable again.
 */
public final class ReadOnly {
    private ReadOnly() {
    }

    /** True for an existing file or folder that must not be written; false for one that is missing. */
    public static boolean is(Path path) {
        if (!Files.exists(path)) {
            return false;
        }
        if (!Files.isWritable(path)) {
            return true;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            Set<PosixFilePermission> permissions = attributes.permissions();
            if (attributes.owner().getName().equals(System.getProperty("user.name"))) {
                return !permissions.contains(PosixFilePermission.OWNER_WRITE);
            }
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // no POSIX permissions here (Windows, FAT): the system's answer above is the whole answer
        }
    }
}
