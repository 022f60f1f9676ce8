package org.restride.store.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which backups to keep: the newest 10, and the newest of each of the last 30 days (counting today). */
final class BackupRotation {
    static final int KEEP_LATEST = 10;
    static final int KEEP_DAYS = 30;

    private BackupRotation() {
    }

    /** The backups that rotation removes, given all of them, the time now and the user's time zone. */
    static List<BackupFile> toDelete(List<BackupFile> backups, Instant now, ZoneId zone) {
        List<BackupFile> newestFirst = backups.stream().sorted(Comparator.comparing(BackupFile::made).reversed()).toList();
        Set<BackupFile> keep = new HashSet<>(newestFirst.subList(0, Math.min(KEEP_LATEST, newestFirst.size())));
        LocalDate firstKeptDay = LocalDate.ofInstant(now, zone).minusDays(KEEP_DAYS - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        for (BackupFile backup : newestFirst) {
            LocalDate day = LocalDate.ofInstant(backup.made(), zone);
            if (!day.isBefore(firstKeptDay) && daysSeen.add(day)) {
                keep.add(backup);
            }
        }
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }
}
