package org.restride.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library unpacked once, as packaging would: otherwise sqlite-jdbc copies it out of its jar into
 * the temporary folder on every start. The launcher then points the driver at it.
 */
final class NativeSqlite {
    static final String NAME = System.mapLibraryName("sqlitejdbc");

    private NativeSqlite() {
    }

    /** Unpacks the library for this computer into the folder and returns the folder. */
    static Path unpack(Path folder) throws IOException {
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + NAME;
        Files.createDirectories(folder);
        try (InputStream in = NativeSqlite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("sqlite-jdbc has no " + resource);
            }
            Files.copy(in, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
        }
        return folder;
    }
}
