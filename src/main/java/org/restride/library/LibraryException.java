package org.restride.library;

/** A library file could not be read or applied. The message names the row and the field. */
public final class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
