package org.restride.handout;

/** A handout could not be made; the message says why in one plain sentence. */
public final class HandoutException extends RuntimeException {
    public HandoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
