package org.restride.exchange;

/** An exchange file could not be read, or written. The message is one line naming the file and the problem. */
public final class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
