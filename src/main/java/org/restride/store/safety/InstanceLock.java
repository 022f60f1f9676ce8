package org.restride.store.safety;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.restride.io.PrivateFiles;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * One writer per data folder: a lock on {@code restride.lock} in the folder, held as long as this copy of Restride
 * uses it. The system releases it when the process ends, even after a crash, so a stale lock never blocks a start.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "restride.lock";
    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    /**
     * The folders this process holds. File locks belong to the whole process, and closing any channel to the
     * lock file would drop them, so a second try from the same process must be answered without opening the file.
     */
    private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The answer to {@link #acquire}. */
    public sealed interface Acquisition permits Acquired, HeldByAnother {
    }

    /** This copy of Restride is the folder's writer until it closes the lock (or ends). */
    public record Acquired(InstanceLock lock) implements Acquisition {
    }

    /** Another copy of Restride is using the folder: open it read-only, or ask that copy to come forward. */
    public record HeldByAnother(Path folder) implements Acquisition {
        public KeyedProblem problem() {
            return KeyedProblem.of("problems.store.folderInUse", Excerpt.whole(folder));
        }
    }

    /** Tries to become the folder's one writer; creates the folder if it is missing. Never waits. */
    public static Acquisition acquire(Path dataFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (!HELD_BY_THIS_PROCESS.add(folder)) {
            return new HeldByAnother(folder);
        }
        try {
            DataFolderCheck.usable(folder);
            PrivateFiles.folder(folder);
            PrivateFiles.fileIfMissing(folder.resolve(FILE_NAME));
            FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                HELD_BY_THIS_PROCESS.remove(folder);
                LOG.info("The data folder is in use by another copy of Restride.");
                return new HeldByAnother(folder);
            }
            return new Acquired(new InstanceLock(folder, channel, lock));
        } catch (IOException | RuntimeException e) {
            HELD_BY_THIS_PROCESS.remove(folder);
            throw DataFolderCheck.explain(folder, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    public Path folder() {
        return folder;
    }

    public boolean isHeld() {
        return lock.isValid();
    }

    /**
     * Removes the half-made copies that a backup or restore killed midway left in the data folder and its backups
     * folder, whatever their age: while this lock is held no other copy of Restride can be making one. Only files
     * Restride names ({@code .restride…tmp}) are touched.
     */
    public void removeLeftovers(Instant now) {
        Leftovers.delete(List.of(folder, folder.resolve(BackupFolder.NAME)), now.plus(Leftovers.STALE_AFTER));
    }

    /** Lets another copy of Restride take the folder. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warning(() -> "The data folder lock could not be released cleanly (" + e.getMessage() + ").");
        } finally {
            HELD_BY_THIS_PROCESS.remove(folder);
        }
    }
}
