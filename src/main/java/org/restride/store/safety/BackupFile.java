package org.restride.store.safety;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in the data folder's {@code backups/} folder. Its name says when it was made and why, for example
 * {@code restride-2026-11-25T10-30-00.123Z-auto.db}: readable in a file browser, sortable, and valid on every system.
 */
public record BackupFile(Path file, Instant made, Reason reason) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("restride-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}Z)-([a-z-]+)\\.db");

    /** Why a backup was made. */
    public enum Reason {
        /** At start or on the hourly timer. */
        AUTOMATIC("auto"),
        /** Asked for ("Back up now"). */
        MANUAL("manual"),
        /** The database as it was just before a restore: restoring it undoes the restore. */
        BEFORE_RESTORE("before-restore", true),
        /** The database as it was just before an import that changed existing rows. */
        BEFORE_IMPORT("before-import", true),
        /** The database as it was just before a forced recovery. */
        BEFORE_RECOVERY("before-recovery", true);

        private final String key;
        private final boolean safetyCopy;

        Reason(String key) {
            this(key, false);
        }

        Reason(String key, boolean safetyCopy) {
            this.key = key;
            this.safetyCopy = safetyCopy;
        }

        /**
         * True for a copy made to undo something (a restore, an import, a recovery): kept apart from rotation, so
         * that many ordinary backups made afterwards never push it out.
         */
        public boolean safetyCopy() {
            return safetyCopy;
        }

        static Optional<Reason> fromKey(String key) {
            for (Reason reason : values()) {
                if (reason.key.equals(key)) {
                    return Optional.of(reason);
                }
            }
            return Optional.empty();
        }
    }

    static String fileName(Instant made, Reason reason) {
        return "restride-" + STAMP.format(made) + "-" + reason.key + ".db";
    }

    /** The backup a file in the backups folder is, or empty for any other file. */
    static Optional<BackupFile> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant made = Instant.from(STAMP.parse(m.group(1)));
            return Reason.fromKey(m.group(2)).map(reason -> new BackupFile(file, made, reason));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
