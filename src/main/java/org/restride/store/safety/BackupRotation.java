package org.restride.store.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep. Ordinary backups (automatic and manual): the newest 10, and the newest of each of the
 * last 30 days (counting today). Safety copies (made to undo a restore, an import or a recovery) are kept apart:
 * every one younger than 30 days, and never fewer than the newest 5, however many ordinary backups come after.
 */
final class BackupRotation {
    static final int KEEP_LATEST = 10;
    static final int KEEP_DAYS = 30;
    static final int KEEP_SAFETY_COPIES = 5;
    static final Duration KEEP_SAFETY_FOR = Duration.ofDays(30);

    private BackupRotation() {
    }

    /** The backups that rotation removes, given all of them, the time now and the user's time zone. */
    static List<BackupFile> toDelete(List<BackupFile> backups, Instant now, ZoneId zone) {
        List<BackupFile> newestFirst = backups.stream().sorted(Comparator.comparing(BackupFile::made).reversed()).toList();
        List<BackupFile> ordinary = newestFirst.stream().filter(b -> !b.reason().safetyCopy()).toList();
        List<BackupFile> safety = newestFirst.stream().filter(b -> b.reason().safetyCopy()).toList();
        Set<BackupFile> keep = new HashSet<>(ordinary.subList(0, Math.min(KEEP_LATEST, ordinary.size())));
        LocalDate firstKeptDay = LocalDate.ofInstant(now, zone).minusDays(KEEP_DAYS - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        for (BackupFile backup : ordinary) {
            LocalDate day = LocalDate.ofInstant(backup.made(), zone);
            if (!day.isBefore(firstKeptDay) && daysSeen.add(day)) {
                keep.add(backup);
            }
        }
        keep.addAll(safety.subList(0, Math.min(KEEP_SAFETY_COPIES, safety.size())));
        Instant oldestKept = now.minus(KEEP_SAFETY_FOR);
        safety.stream().filter(b -> b.made().isAfter(oldestKept)).forEach(keep::add);
        return newestFirst.stream().filter(b -> !keep.contains(b)).toList();
    }
}
