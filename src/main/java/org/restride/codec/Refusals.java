package org.restride.codec;

import org.restride.domain.ValidationException;
import org.restride.text.KeyedProblem;

/** A refused value as a keyed problem's argument, so the sentence that quotes it is made in the reader's words. */
public final class Refusals {
    private Refusals() {
    }

    public static KeyedProblem.Refusal of(ValidationException e) {
        return new KeyedProblem.Refusal(e.field(), e.problem(), e.args());
    }
}
