package org.restride.store;

import java.nio.file.Path;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

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

    /** {@code reason} says what is wrong with the file ("is damaged"), after its name. */
    public NotRestrideDatabaseException(Path file, Problem problem, KeyedProblem reason) {
        super(KeyedProblem.of("problems.store.notOurs", Excerpt.path(file), reason));
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
