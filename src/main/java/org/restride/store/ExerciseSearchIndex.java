package org.restride.store;

import java.util.List;

/**
 * The library kept in memory for searching as the PT types: the same matches in the same order as
 * {@link ExerciseRepository#search}, as list lines. At 10,000 exercises a one- or two-letter prefix matches most
 * of the library, and SQLite needs tens of milliseconds to rank them all; in memory a keystroke takes a few.
 * The snapshot is read on first use and again whenever the library has changed since ({@link Database#libraryChanges}).
 * Safe to use from several threads.
 */
public final class ExerciseSearchIndex {
    private final Database db;
    private IndexedLibrary snapshot;

    public ExerciseSearchIndex(Database db) {
        this.db = db;
    }

    /** Exercises matching the query, best text matches first (by name when no text is typed), at most {@code limit}. */
    public List<ExerciseListing> search(ExerciseQuery query, int limit) {
        return current().search(query, limit);
    }

    private synchronized IndexedLibrary current() {
        long version = db.libraryChanges();
        if (snapshot == null || snapshot.version != version) {
            snapshot = IndexedLibraryReader.read(db, version);
        }
        return snapshot;
    }
}
