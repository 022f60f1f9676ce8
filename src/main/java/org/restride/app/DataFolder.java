package org.restride.app;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import org.restride.store.StoreException;
import org.restride.text.KeyedProblem;

/** Where Restride keeps its data: the folder given, or the operating system's usual place for application data. */
public final class DataFolder {
    private DataFolder() {
    }

    /** The folder to use; an empty or blank {@code --data-dir} is refused rather than taken as the current folder. */
    public static Path resolve(Path given) {
        if (given != null && given.toString().isBlank()) {
            throw new StoreException(KeyedProblem.of("safety.folder.empty"));
        }
        if (given != null) {
            return given.toAbsolutePath().normalize();
        }
        return Path.of(ProjectDirectories.from("org", "Restride", "Restride").dataDir);
    }
}
