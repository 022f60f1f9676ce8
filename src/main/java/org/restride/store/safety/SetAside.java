package org.restride.store.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** Moves a database that cannot be used out of the way, with its -wal and -shm files, without changing a byte. */
final class SetAside {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);
    static final List<String> SIDECARS = List.of("-wal", "-shm", "-journal");

    private SetAside() {
    }

    /** Renames {@code restride.db} to {@code restride.db.damaged-<time>} (its companions alike); returns the new path. */
    static Path damaged(Path db, Instant now) {
        return aside(db, now, "damaged");
    }

    /** Renames {@code restride.db} to {@code restride.db.<label>-<time>} (its companions alike); returns the new path. */
    static Path aside(Path db, Instant now, String label) {
        Path aside = freeName(db, now, label);
        try {
            for (String sidecar : SIDECARS) {
                Path companion = sibling(db, sidecar);
                if (Files.exists(companion)) {
                    Files.move(companion, sibling(aside, sidecar));
                }
            }
            Files.move(db, aside);
            return aside;
        } catch (IOException e) {
            throw new StoreException(KeyedProblem.of("problems.store.notSetAside", Excerpt.path(db), e), e);
        }
    }

    /** Deletes the -wal, -shm and -journal files of a closed database whose content is safe elsewhere. */
    static void deleteSidecars(Path db) throws IOException {
        for (String sidecar : SIDECARS) {
            Files.deleteIfExists(sibling(db, sidecar));
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static Path freeName(Path db, Instant now, String label) {
        Path aside = sibling(db, "." + label + "-" + STAMP.format(now));
        for (int n = 2; Files.exists(aside); n++) {
            aside = sibling(db, "." + label + "-" + STAMP.format(now) + "-" + n);
        }
        return aside;
    }
}
