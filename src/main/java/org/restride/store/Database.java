package org.restride.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one SQLite database of a data folder. All work goes through {@link #read} and {@link #write}, which
 * share one connection under a lock; a write is one transaction, and writes nested inside it join it.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "restride.db";
    /** "RSTD" in ASCII: marks the file as Restride's. */
    static final int APPLICATION_ID = 0x52535444;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int writeDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates) the database in the data folder and brings its schema up to date. */
    public static Database openFolder(Path dataFolder) {
        try {
            Files.createDirectories(dataFolder);
        } catch (Exception e) {
            throw new StoreException("The data folder " + dataFolder + " cannot be created (" + e.getMessage() + ").", e);
        }
        if (!Files.isWritable(dataFolder)) {
            throw new StoreException("The data folder " + dataFolder + " cannot be written to.");
        }
        return open(dataFolder.resolve(FILE_NAME), Migrations.latestVersion());
    }

    /** Opens the file and migrates it to {@code targetVersion} (tests use older targets). */
    static Database open(Path file, int targetVersion) {
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new StoreException("The database " + file + " cannot be opened (" + e.getMessage() + ").", e);
        }
        try {
            checkIsOurs(file, connection);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                // FULL: a commit reaches the disk before the edit counts as saved, so a power cut loses nothing acknowledged.
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA busy_timeout = 5000");
            }
            Migrations.migrate(connection, targetVersion);
            return new Database(file, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("The database " + file + " cannot be opened (" + e.getMessage() + ").", e);
        }
    }

    /** Refuses, before anything is written, a file that is not SQLite, not Restride's, or from a newer version. */
    private static void checkIsOurs(Path file, Connection connection) {
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
            throw new NotRestrideDatabaseException(file, "is not a Restride database, or it is damaged (" + e.getMessage() + ")");
        }
        boolean empty = applicationId == 0 && version == 0 && tables == 0;
        if (!empty && applicationId != APPLICATION_ID) {
            throw new NotRestrideDatabaseException(file, "is an SQLite database, but not a Restride one");
        }
        if (version > Migrations.latestVersion()) {
            throw new NotRestrideDatabaseException(file, "was made by a newer version of Restride (data version " + version
                    + "; this version reads up to " + Migrations.latestVersion() + "). Please update Restride");
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Migrations::userVersion);
    }

    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work in one transaction: all of it is saved, or none of it. */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            if (writeDepth > 0) {
                return runNested(work);
            }
            connection.setAutoCommit(false);
            writeDepth = 1;
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                writeDepth = 0;
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Saving to the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T runNested(SqlWork<T> work) throws SQLException {
        writeDepth++;
        try {
            return work.run(connection);
        } finally {
            writeDepth--;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more can be done with a connection that will not close
        }
    }
}
