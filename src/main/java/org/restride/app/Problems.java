package org.restride.app;

import org.restride.domain.ValidationException;
import org.restride.text.Sentence;
import org.restride.text.Words;

/** What went wrong, as one sentence for a message line or the note beside a field. */
public final class Problems {
    private Problems() {
    }

    /**
     * A refused value in words ({@link Words#refusal}), any other failure by its own message, with a capital
     * first letter and a full stop.
     */
    public static String sentence(Words words, Throwable failure) {
        return Sentence.of(failure instanceof ValidationException refused ? refused.explain(words::refusal)
                : failure.getMessage());
    }
}
