package org.restride.app;

import java.io.UncheckedIOException;
import org.restride.domain.ValidationException;
import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;
import org.restride.text.Sentence;
import org.restride.text.Words;

/**
 * What went wrong, as one sentence for a message line, the note beside a field or the command line. A refused
 * value is told by {@link Words#refusal}, a keyed problem ({@link KeyedException}) by its key, the system's failure
 * (a file or printer that cannot be used) by its own short first line; any other failure is a programming error,
 * told in plain words that quote nothing of it (its type and frames go to the log).
 */
public final class Problems {
    private Problems() {
    }

    /** The failure in words, with a capital first letter and a full stop. */
    public static String sentence(Words words, Throwable failure) {
        return Sentence.of(words(words, failure));
    }

    /** The failure in words, as {@link #sentence} tells it, without changing its first letter or ending. */
    public static String words(Words words, Throwable failure) {
        if (failure instanceof ValidationException refused) {
            return refused.explain(words::refusal);
        }
        if (failure instanceof KeyedException keyed) {
            return keyed.keyed().in(words, cause -> cause(words, cause));
        }
        if (!(failure instanceof RuntimeException) || failure instanceof UncheckedIOException) {
            return KeyedProblem.cause(words, failure); // the system's reason: a file, a printer, the disk
        }
        return words.get("problems.unexpected");
    }

    /** A cause a sentence quotes: a refusal or a keyed problem in words, any other by its own short message. */
    private static String cause(Words words, Throwable cause) {
        return cause instanceof ValidationException || cause instanceof KeyedException ? words(words, cause)
                : KeyedProblem.cause(words, cause);
    }
}
