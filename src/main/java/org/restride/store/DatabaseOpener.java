package org.restride.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.restride.io.PrivateFiles;
import org.restride.io.ReadOnly;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.sqlite.SQLiteConfig;

/**
 * How a data folder's database file is opened: made private, refused plainly when the folder or file is read-only
 * or a folder, connected with the settings that keep every acknowledged save on disk, migrated, or opened to read
 * only; and how a file is checked before it is trusted. What it opens is a {@link Database}.
 */
final class DatabaseOpener {
    private DatabaseOpener() {
    }

    /** Opens (or creates) the database in the data folder and brings its schema up to date. */
    static Database folder(Path dataFolder) {
        try {
            PrivateFiles.folder(dataFolder);
        } catch (Exception e) {
            throw new StoreException(KeyedProblem.of("problems.store.folderNotMade", Excerpt.path(dataFolder), e), e);
        }
        if (ReadOnly.is(dataFolder)) {
            throw new StoreException(KeyedProblem.of("safety.folder.readOnly", Excerpt.path(dataFolder)));
        }
        Path file = dataFolder.resolve(Database.FILE_NAME);
        refuseFolder(file);
        if (ReadOnly.is(file)) {
            throw new StoreException(KeyedProblem.of("safety.db.readOnly", Excerpt.path(file)));
        }
        try {
            // SQLite gives the -wal and -shm files the database file's permissions, so they are private too.
            PrivateFiles.fileIfMissing(file);
        } catch (Exception e) {
            throw new StoreException(KeyedProblem.of("problems.store.databaseNotMade", Excerpt.path(file), e), e);
        }
        return migrated(file, Migrations.latestVersion());
    }

    /**
     * Opens the folder's database to read it only; {@code untouched}: touching no file (no {@code -wal} or
     * {@code -shm} beside it). Writes are refused with {@code whyReadOnly}.
     */
    static Database reading(Path dataFolder, boolean untouched, KeyedProblem whyReadOnly) {
        Path file = dataFolder.resolve(Database.FILE_NAME);
        refuseFolder(file);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(KeyedProblem.of(untouched ? "safety.readOnly.noDatabase" : "problems.store.noDatabaseYet",
                    Excerpt.path(dataFolder)));
        }
        // "immutable" reads the file alone; a write-ahead log left by a crash is still read, the usual way
        Connection connection = connect(file, true, untouched && !hasUnfinishedLog(file));
        try {
            DatabaseChecks.checkIsOurs(file, connection, false);
            if (Migrations.userVersion(connection) != Migrations.latestVersion()) {
                throw new StoreException(KeyedProblem.of(untouched ? "safety.readOnly.older" : "problems.store.needsUpdating",
                        Excerpt.path(file)));
            }
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
            }
            return new Database(file, connection, whyReadOnly);
        } catch (SQLException | RuntimeException e) {
            throw failedOpen(file, connection, e);
        }
    }

    private static boolean hasUnfinishedLog(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** A folder where the database should be is not a damaged database: it is told as what it is. */
    private static void refuseFolder(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(KeyedProblem.of("safety.db.isFolder", Excerpt.path(file)));
        }
    }

    /** Opens the file and migrates it to {@code targetVersion} (tests use older targets). */
    static Database migrated(Path file, int targetVersion) {
        Connection connection = connect(file, false, false);
        try {
            DatabaseChecks.checkIsOurs(file, connection, false);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                // FULL: a commit reaches the disk before the edit counts as saved, so a power cut loses nothing acknowledged.
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA busy_timeout = 5000");
            }
            Migrations.migrate(connection, targetVersion);
            return new Database(file, connection, null);
        } catch (SQLException | RuntimeException e) {
            throw failedOpen(file, connection, e);
        }
    }

    /** See {@link Database#verify(Path, boolean)}. */
    static void verify(Path file, boolean untouched) {
        if (!Files.isRegularFile(file)) {
            throw new NotRestrideDatabaseException(file, NotRestrideDatabaseException.Problem.DAMAGED,
                    KeyedProblem.of("problems.store.reason.missing"));
        }
        Connection connection = connect(file, true, untouched && !hasUnfinishedLog(file));
        try {
            DatabaseChecks.checkIsOurs(file, connection, true);
        } finally {
            closeQuietly(connection);
        }
    }

    private static Connection connect(Path file, boolean readOnly, boolean immutable) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(readOnly);
            if (immutable) {
                return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
            }
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw Database.explained(file, e, KeyedProblem.of("problems.store.database", Excerpt.path(file),
                    KeyedProblem.of("problems.store.reason.cannotOpen")));
        }
    }

    private static StoreException failedOpen(Path file, Connection connection, Exception e) {
        closeQuietly(connection);
        if (e instanceof StoreException store) {
            return store;
        }
        return Database.explained(file, e, KeyedProblem.of("problems.store.database", Excerpt.path(file),
                KeyedProblem.of("problems.store.reason.cannotOpen")));
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more can be done with a connection that will not close
        }
    }
}
