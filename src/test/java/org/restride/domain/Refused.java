package org.restride.domain;

import org.restride.text.Words;

/** A refusal as a person reads it in English, for tests that assert its words. */
public final class Refused {
    private Refused() {
    }

    public static String said(ValidationException e) {
        return e.explain(Words.english()::refusal);
    }
}
