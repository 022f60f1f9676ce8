package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @Test
    void hourlyBackupsOverFortyDaysKeepTheLastTenAndOneADayForThirtyDays() {
        List<BackupFile> backups = new ArrayList<>();
        for (Instant t = NOW.minus(Duration.ofDays(40)); !t.isAfter(NOW); t = t.plus(Duration.ofHours(1))) {
            backups.add(backup(t));
        }
        Set<BackupFile> kept = new HashSet<>(backups);
        BackupRotation.toDelete(backups, NOW, ZONE).forEach(kept::remove);

        List<BackupFile> newestTen = backups.subList(backups.size() - 10, backups.size());
        assertTrue(kept.containsAll(newestTen), "the last 10 are kept");
        Set<LocalDate> days = new HashSet<>();
        kept.forEach(b -> days.add(LocalDate.ofInstant(b.made(), ZONE)));
        LocalDate today = LocalDate.ofInstant(NOW, ZONE);
        for (int back = 0; back < 30; back++) {
            assertTrue(days.contains(today.minusDays(back)), "a backup from " + back + " days ago is kept");
        }
        assertTrue(kept.stream().noneMatch(b -> LocalDate.ofInstant(b.made(), ZONE).isBefore(today.minusDays(29))),
                "nothing older than 30 days");
        // 10 from today (which also covers today's daily one) + one for each of the 29 days before
        assertEquals(10 + 29, kept.size());
    }

    @Test
    void theDailyOneIsTheNewestOfThatDay() {
        Instant yesterdayMorning = Instant.parse("2026-11-24T08:00:00Z");
        Instant yesterdayEvening = Instant.parse("2026-11-24T20:00:00Z");
        List<BackupFile> backups = new ArrayList<>(List.of(backup(yesterdayMorning), backup(yesterdayEvening)));
        for (int i = 0; i < 10; i++) {
            backups.add(backup(NOW.minus(Duration.ofMinutes(10L * i))));
        }
        List<BackupFile> deleted = BackupRotation.toDelete(backups, NOW, ZONE);
        assertEquals(List.of(backup(yesterdayMorning)), deleted);
    }

    @Test
    void fewBackupsAreAllKeptHoweverOld() {
        List<BackupFile> backups = List.of(backup(NOW.minus(Duration.ofDays(400))), backup(NOW.minus(Duration.ofDays(90))));
        assertEquals(List.of(), BackupRotation.toDelete(backups, NOW, ZONE));
    }

    @Test
    void namesRoundTripAndOtherFilesAreNotBackups() {
        BackupFile b = new BackupFile(Path.of("backups", BackupFile.fileName(NOW, BackupFile.Reason.BEFORE_RESTORE)),
                NOW, BackupFile.Reason.BEFORE_RESTORE);
        assertEquals("restride-2026-11-25T15-00-00.000Z-before-restore.db", b.file().getFileName().toString());
        assertEquals(b, BackupFile.parse(b.file()).orElseThrow());
        for (String other : List.of("notes.txt", "restride.db", "restride-2026-11-25T15-00-00.000Z-weekly.db",
                ".restride-2026-11-25T15-00-00.000Z-auto.db.tmp")) {
            assertTrue(BackupFile.parse(Path.of(other)).isEmpty(), other);
        }
    }

    private static BackupFile backup(Instant made) {
        return new BackupFile(Path.of(BackupFile.fileName(made, BackupFile.Reason.AUTOMATIC)), made, BackupFile.Reason.AUTOMATIC);
    }
}
