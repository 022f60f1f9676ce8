package org.restride.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** What opening a database checks, and the full check a backup runs: each refusal a one-line reason. */
final class DatabaseChecks {
    private DatabaseChecks() {
    }

    /**
     * Refuses, before anything is written, a file that is not SQLite, is not Restride's, is from a newer version,
     * or is plainly damaged. Opening stays O(1) in the data size: the header is checked (SQLite's magic, a page size
     * SQLite can have, page count x page size within the file), then application_id, user_version and
     * sqlite_master. The full integrity check runs on every backup's copy (a damaged source fails there, see
     * {@link #suspectDamage}), when {@code full}, and on the next open after a backup found damage.
     */
    static void checkIsOurs(Path file, Connection connection, boolean full) {
        checkHeader(file);
        int applicationId;
        int version;
        int tables;
        try (Statement st = connection.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA application_id")) {
                applicationId = rs.next() ? rs.getInt(1) : 0;
            }
            version = Migrations.userVersion(connection);
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw damagedOrExplained(file, "problems.store.reason.notOursOrDamaged", e);
        }
        boolean empty = applicationId == 0 && version == 0 && tables == 0;
        if ((full || !empty) && applicationId != Database.APPLICATION_ID) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.NOT_RESTRIDE,
                    KeyedProblem.of(empty ? "problems.store.reason.empty" : "problems.store.reason.otherSqlite"));
        }
        if (version > Migrations.latestVersion()) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.NEWER_VERSION,
                    KeyedProblem.of("problems.store.reason.newer", version, Migrations.latestVersion()));
        }
        Path suspect = suspectMarker(file);
        if (!empty && (full || Files.exists(suspect))) {
            checkIntegrity(file, connection, "integrity_check(1)");
            if (!full) {
                deleteQuietly(suspect);
            }
        }
    }

    /** The file that says a backup found this database damaged, so its next open checks it whole. */
    static Path suspectMarker(Path file) {
        return file.resolveSibling(file.getFileName() + "-check");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // checked whole once more next time: slower, never wrong
        }
    }

    /** A write-ahead log beside the file: after a crash mid-checkpoint the header may run ahead of the file. */
    static boolean hasLog(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** The SQLite header, read directly: 100 bytes, whatever the database's size. */
    static void checkHeader(Path file) {
        byte[] header;
        long size;
        try (var in = Files.newInputStream(file)) {
            header = in.readNBytes(100);
            size = Files.size(file);
        } catch (IOException e) {
            throw Database.explained(file, e, KeyedProblem.of("problems.store.database", Excerpt.path(file),
                    KeyedProblem.of("problems.store.reason.cannotRead")));
        }
        if (size == 0) {
            return; // a new database SQLite has not written yet
        }
        var bytes = ByteBuffer.wrap(header);
        if (header.length < 100 || !new String(header, 0, 16, StandardCharsets.ISO_8859_1)
                .equals("SQLite format 3\u0000")) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.DAMAGED,
                    KeyedProblem.of("problems.store.reason.notSqlite"));
        }
        int pageSize = Short.toUnsignedInt(bytes.getShort(16));
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        long pages = Integer.toUnsignedLong(bytes.getInt(28));
        boolean pagesValid = pages > 0 && bytes.getInt(24) == bytes.getInt(92);
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.DAMAGED,
                    KeyedProblem.of("problems.store.reason.pageSize"));
        }
        if (pagesValid && pages * pageSize > size && !hasLog(file)) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.DAMAGED,
                    KeyedProblem.of("problems.store.reason.cutOff"));
        }
    }

    static void checkIntegrity(Path file, Connection connection, String pragma) {
        String verdict;
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA " + pragma)) {
            verdict = rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            throw damagedOrExplained(file, "problems.store.reason.damaged", e);
        }
        if (!"ok".equals(verdict)) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.DAMAGED,
                    KeyedProblem.of("problems.store.reason.with", KeyedProblem.of("problems.store.reason.damaged"),
                            Excerpt.line(verdict.lines().findFirst().orElse(""), 160)));
        }
    }

    /** Damage only when SQLite says so (or cannot say more); a full disk or a read-only file is told as such. */
    static StoreException damagedOrExplained(Path file, String reasonKey, SQLException e) {
        WriteFailure kind = WriteFailure.of(e);
        if (kind == WriteFailure.DAMAGED || kind == WriteFailure.OTHER) {
            return damaged(file, reasonKey, e);
        }
        return Database.explained(file, e, KeyedProblem.of("problems.store.database", Excerpt.path(file),
                KeyedProblem.of(reasonKey)));
    }

    static NotRestrideDatabaseException damaged(Path file, String reasonKey, SQLException e) {
        return new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.DAMAGED,
                KeyedProblem.of("problems.store.reason.with", KeyedProblem.of(reasonKey), e));
    }
}
