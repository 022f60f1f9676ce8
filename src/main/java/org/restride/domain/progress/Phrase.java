package org.restride.domain.progress;

import org.restride.domain.Numbers;
import java.util.Arrays;
import java.util.List;
import org.restride.domain.Check;

/**
 * Words the domain wants said, without saying them: a text key ({@code verdict.reason.testPain}) and its arguments,
 * resolved by the layer that knows the language. An argument is a value already formatted (a number, a name the
 * clinic typed), another phrase, or a list of phrases to be joined ("leaking and heaviness"). A phrase read back
 * from an older record, stored as plain words, is a literal: no key, only its text.
 */
public record Phrase(String key, List<Object> args, String literal) {
    public Phrase {
        if ((key == null) == (literal == null)) {
            throw new IllegalArgumentException("a phrase has a key or a literal text, not both");
        }
        args = args == null ? List.of() : List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Phrase || arg instanceof List<?>)) {
                throw new IllegalArgumentException("a phrase argument must be text, a phrase or a list of phrases");
            }
        }
        if (literal != null) {
            literal = Check.text("text", literal, 4000);
        }
    }

    /** The words for {@code key}; each argument is text, a phrase, or a list of phrases. Numbers become text. */
    public static Phrase of(String key, Object... args) {
        return new Phrase(Check.text("textKey", key, 120), Arrays.stream(args)
                .map(a -> a instanceof Number ? Numbers.format(((Number) a).doubleValue()) : a)
                .toList(), null);
    }

    /** Words stored as they were shown, such as a reason saved before reasons had keys. */
    public static Phrase literal(String text) {
        return new Phrase(null, List.of(), text);
    }

    public boolean isLiteral() {
        return literal != null;
    }
}
