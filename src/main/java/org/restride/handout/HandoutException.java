package org.restride.handout;

import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** A handout could not be made; the problem says why, by key. */
public final class HandoutException extends KeyedException {
    public HandoutException(KeyedProblem problem) {
        super(problem, null);
    }

    public HandoutException(KeyedProblem problem, Throwable cause) {
        super(problem, cause);
    }
}
