package org.restride.store;

import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** The data folder or database could not be used. The problem is told by key, in words where a person reads it. */
public class StoreException extends KeyedException {
    public StoreException(KeyedProblem problem) {
        super(problem, null);
    }

    public StoreException(KeyedProblem problem, Throwable cause) {
        super(problem, cause);
    }
}
