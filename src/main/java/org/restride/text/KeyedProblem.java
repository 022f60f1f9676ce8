package org.restride.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A problem a person reads, held without its words: a key of {@code text/<language>/problems.properties} (or of
 * another area's file) and the values its sentence quotes, each already a short, escaped excerpt where it comes from
 * the user. An argument may be a failure (the cause a sentence names), a problem or refusal, or a list of them,
 * each put into words in turn. The words are made where a person reads them: the window's message line
 * ({@code app.Problems}) or the command line.
 */
public record KeyedProblem(String key, List<Object> args) {
    /** How long a cause's own message may be when a sentence quotes it. */
    static final int MAX_CAUSE = 160;

    public KeyedProblem {
        if (key == null || key.indexOf('.') <= 0 || key.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("a problem is named by a text key such as problems.store.gone");
        }
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static KeyedProblem of(String key, Object... args) {
        return new KeyedProblem(key, Arrays.asList(args));
    }

    /** A refused value as an argument: a field and a problem key with its values, told by {@link Words#refusal}. */
    public record Refusal(String field, String problem, List<Object> args) {
    }

    /** The problem in {@code words}; a failure among the arguments is told by {@link #cause}. */
    public String in(Words words) {
        return in(words, failure -> cause(words, failure));
    }

    /** The problem in {@code words}, each failure among the arguments told as {@code causes} says. */
    public String in(Words words, Function<Throwable, String> causes) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = arg instanceof Throwable failure ? causes.apply(failure)
                    : arg instanceof KeyedProblem inner ? inner.in(words, causes)
                    : arg instanceof Refusal refused ? words.refusal(refused.field(), refused.problem(), refused.args())
                    : arg instanceof List<?> list ? list(words, causes, list)
                    : arg;
        }
        return words.get(key, values);
    }

    /** A list among the arguments: each item in words, listed as {@link Words#list} lists them. */
    private static String list(Words words, Function<Throwable, String> causes, List<?> items) {
        return words.list(items.stream().map(item -> item instanceof KeyedProblem problem ? problem.in(words, causes)
                : String.valueOf(item)).toList());
    }

    /**
     * A cause as a sentence quotes it: its own problem in words when it carries one, else its message (the
     * system's words for a file that cannot be read, say), short and escaped, or its type when it has none.
     */
    public static String cause(Words words, Throwable failure) {
        if (failure instanceof KeyedException keyed) {
            return keyed.keyed().in(words);
        }
        String message = failure.getMessage();
        return Excerpt.line(message == null || message.isBlank() ? failure.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message), MAX_CAUSE);
    }
}
