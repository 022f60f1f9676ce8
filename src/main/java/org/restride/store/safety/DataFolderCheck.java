package org.restride.store.safety;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.restride.io.OutputGuard;
import org.restride.io.ReadOnly;
import org.restride.store.Database;
import org.restride.store.StoreException;
import org.restride.store.WriteFailure;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * Whether a folder can be Restride's data folder, told in a sentence that says what is wrong and what to do,
 * never the bare path: a file or device where a folder should be, a read-only folder, one that cannot be created.
 */
public final class DataFolderCheck {
    private DataFolderCheck() {
    }

    /** Refuses, changing nothing, a folder that cannot be used. A missing folder is fine: it will be created. */
    static void usable(Path folder) {
        if (OutputGuard.isInsideDataFolderPart(folder)) {
            throw refusal("insideAnother", folder, null);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw refusal("notAFolder", folder, null);
        }
        if (Files.isDirectory(folder) && ReadOnly.is(folder)) {
            throw refusal("readOnly", folder, null);
        }
        Path db = folder.resolve(Database.FILE_NAME);
        if (Files.isDirectory(db)) {
            throw new StoreException(KeyedProblem.of("safety.db.isFolder", Excerpt.path(db)));
        }
        if (Files.isRegularFile(db) && ReadOnly.is(db)) {
            throw new StoreException(KeyedProblem.of("safety.db.readOnly", Excerpt.path(db)));
        }
        Path lock = folder.resolve(InstanceLock.FILE_NAME);
        if (Files.exists(lock) && (!Files.isRegularFile(lock) || ReadOnly.is(lock))) {
            throw refusal("lockReadOnly", lock, null);
        }
    }

    /**
     * True when the data folder, or its database, is read-only (someone made it so, or the disk is): Restride may
     * then read it, and must write nothing in it.
     */
    public static boolean readOnly(Path folder) {
        return Files.isDirectory(folder) && (ReadOnly.is(folder) || ReadOnly.is(folder.resolve(Database.FILE_NAME)));
    }

    /** A failure to create or lock the folder, as one clear sentence. */
    static StoreException explain(Path folder, Exception e) {
        if (e instanceof StoreException store) {
            return store;
        }
        WriteFailure kind = WriteFailure.of(e);
        StoreException told = kind.explain(kind.place(folder.resolve(InstanceLock.FILE_NAME)), e);
        if (told != null) {
            return told;
        }
        if (e instanceof AccessDeniedException) {
            return refusal("denied", folder, e);
        }
        String reason = e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return new StoreException(KeyedProblem.of("safety.folder.cannotUse", Excerpt.path(folder),
                Excerpt.of(reason)), e);
    }

    private static StoreException refusal(String key, Path path, Exception cause) {
        return new StoreException(KeyedProblem.of("safety.folder." + key, Excerpt.path(path)), cause);
    }
}
