package org.restride.app;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/** Where Restride keeps its data: the folder given, or the operating system's usual place for application data. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path resolve(Path given) {
        if (given != null) {
            return given.toAbsolutePath().normalize();
        }
        return Path.of(ProjectDirectories.from("org", "Restride", "Restride").dataDir);
    }
}
