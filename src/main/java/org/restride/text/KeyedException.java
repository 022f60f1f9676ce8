package org.restride.text;

/**
 * A failure told by a {@link KeyedProblem}: the store's, an exchange file's, a library file's, a figure's or a
 * handout's. Its words are made where a person reads them ({@code keyed().in(words)}); {@link #getMessage} gives
 * them in English, for logs and for developers.
 */
public abstract class KeyedException extends RuntimeException {
    private final KeyedProblem keyed;

    protected KeyedException(KeyedProblem keyed, Throwable cause) {
        super(keyed.key(), cause);
        this.keyed = keyed;
    }

    public final KeyedProblem keyed() {
        return keyed;
    }

    @Override
    public String getMessage() {
        return keyed.in(Words.english());
    }
}
