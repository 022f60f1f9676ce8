package org.restride.library;

import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** A library file could not be read or applied. The problem names the row and the field, by key. */
public final class LibraryException extends KeyedException {
    public LibraryException(KeyedProblem problem) {
        super(problem, null);
    }

    public LibraryException(KeyedProblem problem, Throwable cause) {
        super(problem, cause);
    }
}
