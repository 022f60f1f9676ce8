package org.restride.store.safety;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.restride.io.PrivateFiles;
import org.restride.store.Database;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;
import org.restride.store.WriteFailure;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.sqlite.SQLiteConfig;

/**
 * Consistent copies of a database made by SQLite itself ({@code VACUUM INTO}), never by copying the file: a live
 * database's file alone can miss edits still in its write-ahead log. A copy is one self-contained file, private
 * to the user, checked whole before it takes its name, so a half-made copy never looks like a backup.
 */
final class Snapshot {
    /** Copies a database into the given (new, empty) file. */
    @FunctionalInterface
    interface Copier {
        void copyInto(Path emptyFile) throws SQLException;
    }

    private Snapshot() {
    }

    /** A copier for the open database. */
    static Copier of(Database db) {
        return target -> db.read(c -> {
            vacuumInto(c, target);
            return null;
        });
    }

    /** A copier for a database file no one has open; it is only read. */
    static Copier ofFile(Path source) {
        return target -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + source.toAbsolutePath())) {
                vacuumInto(c, target);
            }
        };
    }

    private static void vacuumInto(Connection c, Path target) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toAbsolutePath().toString());
            st.execute();
        }
    }

    /** Writes a checked copy to {@code target}, whole or not at all. */
    static void write(Path target, Copier copier) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            PrivateFiles.newFile(temp);
            copier.copyInto(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Database.verify(temp);
            moveIntoPlace(temp, target);
        } catch (SQLException | IOException | StoreException e) {
            if (e instanceof NotRestrideDatabaseException) {
                throw new StoreException(KeyedProblem.of("problems.store.copyDamaged", Excerpt.path(target), e), e);
            }
            WriteFailure kind = WriteFailure.of(e);
            StoreException told = kind.explain(kind.place(target), e);
            if (told != null) {
                throw told;
            }
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException(KeyedProblem.of("problems.store.copyNotMade", Excerpt.path(target), e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a half-made copy and SQLite's files beside it (a -journal is left by VACUUM INTO cut short). */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            SetAside.deleteSidecars(file);
        } catch (IOException ignored) {
            // a stray temporary file is harmless: the next attempt replaces it, the next lock's cleanup removes it
        }
    }
}
