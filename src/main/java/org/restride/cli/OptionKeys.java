package org.restride.cli;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;
import org.restride.text.Words;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The one place an option's typed key ({@code --paper a5}, {@code --region hips}) becomes its value: a key that
 * is not one of the option's is a usage error (exit 2, like an unknown {@code --language}), never a failure.
 */
final class OptionKeys {
    private OptionKeys() {
    }

    /** The value for {@code typed} (null stays null), or a usage error naming the option. */
    static <E> E one(CommandLine cli, String option, String typed, Function<String, E> parse) {
        if (typed == null) {
            return null;
        }
        try {
            return parse.apply(typed.strip().toLowerCase(Locale.ROOT));
        } catch (ValidationException e) {
            Words words = Words.of(Locale.getDefault());
            throw new ParameterException(cli, option + ": " + Excerpt.line(e.explain(words::refusal), 160));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, Words.of(Locale.getDefault()).get("problems.cli.notAValue", option, Excerpt.quoted(typed)));
        }
    }

    /** Each typed key's value (none given: empty). */
    static <E> Set<E> all(CommandLine cli, String option, Set<String> typed, Function<String, E> parse) {
        return typed == null ? Set.of() : typed.stream().map(t -> one(cli, option, t, parse)).collect(Collectors.toSet());
    }
}
