package org.restride.store;

/** A picture file that cannot be imported; the message is one plain line naming the file and the problem. */
public final class PictureImportException extends RuntimeException {
    public PictureImportException(String message) {
        super(message);
    }

    public PictureImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
