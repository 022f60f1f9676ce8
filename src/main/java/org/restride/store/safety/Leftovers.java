package org.restride.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Hidden, half-made copies that a backup or restore killed midway leaves behind ({@code .restride-restore.tmp},
 * {@code .restride-….db.tmp}): full copies of the database that nothing would ever use or remove, and SQLite's
 * {@code -journal}, {@code -wal} and {@code -shm} files beside them (with or without the copy). Only ones older
 * than an hour are removed, so a copy still being made by this process is never touched; only names Restride
 * makes are.
 */
final class Leftovers {
    static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(Leftovers.class.getName());

    private Leftovers() {
    }

    static void delete(List<Path> folders, Instant now) {
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(Leftovers::isLeftover).filter(f -> olderThan(f, now.minus(STALE_AFTER))).forEach(Leftovers::remove);
            } catch (IOException e) {
                LOG.warning(() -> "Leftover copies could not be listed: " + e.getClass().getSimpleName());
            }
        }
    }

    static boolean isLeftover(Path file) {
        String name = file.getFileName().toString();
        for (String sidecar : SetAside.SIDECARS) {
            if (name.endsWith(".tmp" + sidecar)) {
                name = name.substring(0, name.length() - sidecar.length());
                break;
            }
        }
        return name.startsWith(".") && name.contains("restride") && name.endsWith(".tmp") && Files.isRegularFile(file);
    }

    private static boolean olderThan(Path file, Instant limit) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
            LOG.info(() -> "Removed a half-made copy left by an interrupted backup or restore: " + file.getFileName());
        } catch (IOException e) {
            LOG.warning(() -> "A half-made copy could not be removed: " + file.getFileName());
        }
    }
}
