package org.restride.figure;

import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** A figure description that cannot be read; the problem names the field and what is allowed, by key. */
public final class FigureException extends KeyedException {
    public FigureException(KeyedProblem problem) {
        super(problem, null);
    }

    public FigureException(KeyedProblem problem, Throwable cause) {
        super(problem, cause);
    }
}
