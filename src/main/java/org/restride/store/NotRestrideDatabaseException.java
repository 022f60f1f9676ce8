package org.restride.store;

import java.nio.file.Path;

/** The database file exists but is damaged, belongs to something else, or is from a newer Restride. It is left untouched. */
public final class NotRestrideDatabaseException extends StoreException {
    /** What is wrong with the file, so the app can say what to do about it. */
    public enum Problem {
        /** Not readable as SQLite, truncated, or failing SQLite's integrity check. */
        DAMAGED,
        /** A sound SQLite database, but another program's (or an empty one where a backup was expected). */
        NOT_RESTRIDE,
        /** Written by a newer Restride: updating Restride is the first thing to try. */
        NEWER_VERSION
    }

    private final Path file;
    private final Problem problem;

    public NotRestrideDatabaseException(Path file, Problem problem, String reason) {
        super(file + " " + reason + ". Restride has left it untouched.");
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
