package org.restride.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Bad input, named by the field it belongs to, with a problem a person can act on. It holds no words: the field
 * is a key ({@code daysPerWeek}) or a file's own path ({@code phases[2].items[1].sets}), the problem is a key of
 * {@code text/<language>/validation.properties} ({@code range}) and its arguments are the values the sentence
 * quotes. {@link #explain} has the words made above the domain; {@link #getMessage} is for developers and logs
 * and quotes no value (a value may be a patient's).
 */
public final class ValidationException extends IllegalArgumentException {
    private final String field;
    private final String problem;
    private final List<Object> args;

    /** A problem key and the values its sentence quotes (text or numbers, never null). */
    public ValidationException(String field, String problem, Object... args) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
        this.args = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)));
    }

    /** Puts a field, a problem key and its arguments into words, such as {@code Words::refusal}. */
    @FunctionalInterface
    public interface Explainer {
        String refusal(String field, String problem, List<Object> args);
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    public List<Object> args() {
        return args;
    }

    /** The refusal in words, as {@code explainer} makes them. */
    public String explain(Explainer explainer) {
        return explainer.refusal(field, problem, args);
    }

    /** The same problem, reported one level further out (for example "dosage.sets" inside "exercise 12"). */
    public ValidationException within(String outer) {
        return named(outer + "." + field);
    }

    /** The same problem, for a field named otherwise (as a file spells it). */
    public ValidationException named(String newField) {
        return new ValidationException(newField, problem, args.toArray());
    }
}
