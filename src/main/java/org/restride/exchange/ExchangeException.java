package org.restride.exchange;

import org.restride.codec.Refusals;
import org.restride.domain.ValidationException;
import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** An exchange file could not be read, or written. The problem names the file and what is wrong, by key. */
public final class ExchangeException extends KeyedException {
    public ExchangeException(KeyedProblem problem) {
        super(problem, null);
    }

    public ExchangeException(KeyedProblem problem, Throwable cause) {
        super(problem, cause);
    }

    /** A value of the file refused, told after where it is: "roadmap.json: roadmap.phases is missing." */
    static ExchangeException refused(String at, ValidationException e) {
        return new ExchangeException(KeyedProblem.of("problems.exchange.refused", at,
                Refusals.of(e)), e);
    }
}
