package org.restride.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Why reading or writing failed, told apart so that a failed write is never mistaken for damage: only SQLite's
 * "not a database" and "corrupt" mean a damaged file. A full disk (or a file-size limit) gets its own message
 * everywhere; so do a read-only file or folder, and a file that cannot be opened.
 */
public enum WriteFailure {
    NO_SPACE,
    /** SQLite could not write, sync or grow a file: most often a full disk or a file-size limit. */
    WRITE_FAILED,
    READ_ONLY,
    CANNOT_OPEN,
    DAMAGED,
    OTHER;

    /** The kind of an exception from SQLite or the file system (looking through its causes). */
    public static WriteFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            WriteFailure kind = kindOf(t);
            if (kind != OTHER) {
                return kind;
            }
        }
        return OTHER;
    }

    private static WriteFailure kindOf(Throwable t) {
        if (t instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            int primary = code == null ? sqlite.getErrorCode() & 0xff : code.code & 0xff;
            return switch (primary) {
                case 13 -> NO_SPACE;           // SQLITE_FULL
                case 10 -> ioError(code == null ? sqlite.getErrorCode() : code.code, t.getMessage());
                case 8, 3 -> READ_ONLY;        // SQLITE_READONLY, SQLITE_PERM
                case 14 -> CANNOT_OPEN;        // SQLITE_CANTOPEN
                case 11, 26 -> DAMAGED;        // SQLITE_CORRUPT, SQLITE_NOTADB
                default -> fromMessage(t.getMessage());
            };
        }
        if (t instanceof IOException || t instanceof SQLException) {
            return fromMessage(t.getMessage());
        }
        return OTHER;
    }

    /**
     * SQLITE_IOERR: its write, fsync, truncate and shared-memory kinds (open, size, map: the {@code -shm} file that
     * even reading a database needs cannot be made or grown on a full disk) are failed writes.
     */
    private static WriteFailure ioError(int extended, String message) {
        int kind = extended >> 8;
        boolean write = kind == 3 || kind == 4 || kind == 6 || kind == 18 || kind == 19 || kind == 21 || kind == 24;
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return write || m.contains("ioerr_write") || m.contains("ioerr_fsync") ? WRITE_FAILED : fromMessage(message);
    }

    private static WriteFailure fromMessage(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("no space left") || m.contains("disk is full") || m.contains("file too large")
                || m.contains("quota exceeded") || m.contains("sqlite_full")) {
            return NO_SPACE;
        }
        if (m.contains("read-only file system") || m.contains("readonly") || m.contains("read-only")) {
            return READ_ONLY;
        }
        return OTHER;
    }

    /** A full disk, or a write that failed as on one: reading may still work, without writing anything. */
    public boolean isFullDisk() {
        return this == NO_SPACE || this == WRITE_FAILED;
    }

    /** The one message for a full disk, naming where the space is missing. */
    public static StoreException noSpace(Path where, Throwable cause) {
        return new StoreException(KeyedProblem.of("safety.disk.full", Excerpt.path(where)), cause);
    }

    /** Where the failure is best told: the folder, for a disk that is full. */
    public Path place(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return (this == NO_SPACE || this == WRITE_FAILED) && folder != null ? folder : file;
    }

    /** The message for a failure of this kind at {@code where}, or null for {@link #OTHER} and {@link #DAMAGED}. */
    public StoreException explain(Path where, Throwable cause) {
        return switch (this) {
            case NO_SPACE -> noSpace(where, cause);
            case WRITE_FAILED -> new StoreException(KeyedProblem.of("safety.disk.writeFailed", Excerpt.path(where)), cause);
            case READ_ONLY -> new StoreException(KeyedProblem.of("safety.disk.readOnly", Excerpt.path(where)), cause);
            case CANNOT_OPEN -> new StoreException(KeyedProblem.of("safety.disk.cannotOpen", Excerpt.path(where)), cause);
            default -> null;
        };
    }
}
