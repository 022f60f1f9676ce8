package org.restride.figure;

/** A figure description that cannot be read; the message names the field and what is allowed. */
public final class FigureException extends RuntimeException {
    public FigureException(String message) {
        super(message);
    }

    public FigureException(String message, Throwable cause) {
        super(message, cause);
    }
}
