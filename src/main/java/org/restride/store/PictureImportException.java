package org.restride.store;

import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** A picture file that cannot be imported; the problem names the file and what is wrong, by key. */
public final class PictureImportException extends KeyedException {
    public PictureImportException(KeyedProblem problem) {
        super(problem, null);
    }

    public PictureImportException(KeyedProblem problem, Throwable cause) {
        super(problem, cause);
    }
}
