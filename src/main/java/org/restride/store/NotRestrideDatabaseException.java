package org.restride.store;

import java.nio.file.Path;

/** The database file exists but is damaged, belongs to something else, or is from a newer Restride. It is left untouched. */
public final class NotRestrideDatabaseException extends StoreException {
    private final Path file;

    public NotRestrideDatabaseException(Path file, String reason) {
        super(file + " " + reason + ". Restride has left it untouched.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
